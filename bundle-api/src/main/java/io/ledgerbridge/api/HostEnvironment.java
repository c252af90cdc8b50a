package io.ledgerbridge.api;

import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What a host without OSGi hands to {@link ConnectorFactory#start}: its ports, the connector's configuration and,
 * optionally, the database the connector should keep its state in. Created by the host.
 *
 * @param records reads host records
 * @param ledger writes into the host
 * @param notifier sends notifications
 * @param configuration the connector's configuration properties (the same keys as its OSGi configuration)
 * @param dataSource the database for the connector's state, or empty for an embedded one under the data directory
 */
public record HostEnvironment(HostRecords records, HostLedger ledger, HostNotifier notifier,
        Map<String, String> configuration, Optional<DataSource> dataSource) {
    public HostEnvironment {
        Checks.required(records, "records");
        Checks.required(ledger, "ledger");
        Checks.required(notifier, "notifier");
        configuration = Map.copyOf(Checks.required(configuration, "configuration"));
        dataSource = dataSource == null ? Optional.empty() : dataSource;
    }
}
