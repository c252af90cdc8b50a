package io.ledgerbridge.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Starts a connector in a host without OSGi. Implemented by a connector and listed in its
 * {@code META-INF/services/io.ledgerbridge.api.ConnectorFactory}; a host finds it with
 * {@code ServiceLoader.load(ConnectorFactory.class)}. OSGi hosts use the {@link AccountingConnector} service instead.
 */
@ProviderType
public interface ConnectorFactory {

    /** @return the id of the connector it starts, as {@link AccountingConnector#connectorId()} */
    String connectorId();

    /**
     * Starts the connector: opens its database, starts its workers and schedules.
     *
     * @param environment the host's ports and configuration
     * @return the running connector; stop it with {@link RunningConnector#close()}
     */
    RunningConnector start(HostEnvironment environment);

    /** A connector started by a {@link ConnectorFactory}; closing it stops its workers and closes its database. */
    @ProviderType
    interface RunningConnector extends AutoCloseable {
        /** @return the connector */
        AccountingConnector connector();

        @Override
        void close();
    }
}
