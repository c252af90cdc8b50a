package io.ledgerbridge.qbo;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.ConnectorFactory;
import io.ledgerbridge.api.HostEnvironment;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import java.time.Clock;

/**
 * Starts the QuickBooks Online connector in a host without OSGi; listed in
 * {@code META-INF/services/io.ledgerbridge.api.ConnectorFactory}. Builds the same {@link ConnectorRuntime} as the
 * OSGi component, so both kinds of host get the same behaviour.
 */
public final class QboConnectorFactory implements ConnectorFactory {

    @Override
    public String connectorId() {
        return QboConnector.ID;
    }

    @Override
    public RunningConnector start(HostEnvironment environment) {
        ConnectorRuntime runtime = new ConnectorRuntime(ConnectorConfig.fromMap(environment.configuration()),
                environment.records(), environment.ledger(), environment.notifier(), environment.dataSource(),
                Clock.systemUTC());
        return new RunningConnector() {
            @Override
            public AccountingConnector connector() {
                return runtime.connector();
            }

            @Override
            public void close() {
                runtime.close();
            }
        };
    }
}
