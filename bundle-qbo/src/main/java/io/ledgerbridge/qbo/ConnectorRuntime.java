package io.ledgerbridge.qbo;

import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part of the connector from its configuration and the host's ports, in one
 * place, for both kinds of host (the OSGi component and the ServiceLoader factory call it). Closing it stops the
 * workers and closes the database, in reverse order of start.
 */
public final class ConnectorRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRuntime.class);

    private final Database database;
    private final QboConnector connector;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /**
     * @param config the connector's configuration
     * @param records the host's records
     * @param ledger the host's ledger port: required of every host, written to by import and conflict review (the
     *        push only reads the host)
     * @param notifier the host's notifier
     * @param hostDataSource the host's database for the connector's state, or empty
     * @param clock the clock
     */
    public ConnectorRuntime(ConnectorConfig config, HostRecords records, HostLedger ledger, HostNotifier notifier,
            Optional<DataSource> hostDataSource, Clock clock) {
        this.database = openDatabase(config, hostDataSource);
        closeables.add(database);
        Outbox outbox = new Outbox(database.dataSource(), clock);
        this.connector = Wiring.connector(config, records, ledger, notifier, database, outbox, clock, closeables);
        LOG.info("LedgerBridge QuickBooks Online connector started (environment {}, node {})", config.environment(),
                config.nodeId());
    }

    private static Database openDatabase(ConnectorConfig config, Optional<DataSource> hostDataSource) {
        if (config.jdbcUrl() != null) {
            DataSource ds = JdbcUrlDataSource.of(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
            return new Database(ds, (AutoCloseable) ds);
        }
        if (hostDataSource.isPresent()) {
            return new Database(hostDataSource.get(), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.open(config.dataDirectory());
        return new Database(embedded.dataSource(), embedded);
    }

    /** @return the connector */
    public QboConnector connector() {
        return connector;
    }

    /** @return the connector's database */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                // Keep closing the rest: a failing worker pool must not leave the database open.
                LOG.warn("Stopping {} failed: {}", closeables.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        LOG.info("LedgerBridge QuickBooks Online connector stopped");
    }
}
