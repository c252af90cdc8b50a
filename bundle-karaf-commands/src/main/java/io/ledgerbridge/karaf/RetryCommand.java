package io.ledgerbridge.karaf;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import java.util.Arrays;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ledgerbridge:retry <tenant> <record>}: pushes one record again, as the Retry button does. */
@Command(scope = "ledgerbridge", name = "retry", description = "Queues one record to be pushed again")
@Service
public class RetryCommand extends TenantCommand {
    @Argument(index = 1, name = "record", required = true,
            description = "The record as type:host id, e.g. invoice:1001 (as ledgerbridge:errors lists them)")
    String record;

    @Override
    void run() {
        RecordSyncStatus status = connector.sync().resync(tenantId(), parse(record));
        out.println(reference(status.record()) + " of " + tenant + " is " + status.state()
                + "; it is pushed with the next pass");
    }

    /**
     * @param record a record as {@code type:host id}
     * @return the record
     * @throws InvalidInputException naming the field and the form
     */
    static RecordRef parse(String record) {
        int colon = record.indexOf(':');
        String remedy = "give the record as type:host id, type one of " + Arrays.toString(RecordType.values())
                .toLowerCase(Locale.ROOT) + ", e.g. invoice:1001";
        if (colon < 1 || colon == record.length() - 1) {
            throw new InvalidInputException("record", "'" + record + "' is not type:host id", remedy);
        }
        try {
            return RecordRef.of(RecordType.valueOf(record.substring(0, colon).toUpperCase(Locale.ROOT)),
                    record.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("record", "'" + record.substring(0, colon) + "' is not a record type",
                    remedy);
        }
    }

    static String reference(RecordRef record) {
        return record.type().name().toLowerCase(Locale.ROOT) + ":" + record.hostId();
    }
}
