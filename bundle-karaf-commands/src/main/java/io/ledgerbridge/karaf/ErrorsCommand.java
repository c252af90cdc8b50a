package io.ledgerbridge.karaf;

import io.ledgerbridge.api.sync.RecordSyncStatus;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ledgerbridge:errors <tenant>}: the records whose push failed, each with why and the remedy. */
@Command(scope = "ledgerbridge", name = "errors", description = "Lists the records whose push failed")
@Service
public class ErrorsCommand extends TenantCommand {
    @Option(name = "--limit", description = "Most records listed, most recent first")
    int limit = 50;

    @Override
    void run() {
        List<RecordSyncStatus> failures = connector.sync().failures(tenantId(), limit);
        for (RecordSyncStatus f : failures) {
            out.println(RetryCommand.reference(f.record()) + "  " + f.message() + (f.remedy() == null ? ""
                    : "  Remedy: " + f.remedy()) + "  (" + f.attempts() + " attempts)");
        }
        out.println(failures.size() + " failed records" + (failures.isEmpty() ? ""
                : "; ledgerbridge:retry " + tenant + " <record> pushes one again"));
    }
}
