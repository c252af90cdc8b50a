package io.ledgerbridge.qbo;

import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part of the connector from its configuration and the host's ports, in one
 * place, for both kinds of host (the OSGi component and the ServiceLoader factory call it). Closing it stops the
 * workers within one bound ({@link Stoppable#BOUND} for the whole connector), then closes the database.
 */
public final class ConnectorRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRuntime.class);

    private final Database database;
    private final QboConnector connector;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

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
        try {
            Outbox outbox = new Outbox(database.dataSource(), clock);
            this.connector = Wiring.connector(config, records, ledger, notifier, database, outbox, clock,
                    closeables);
        } catch (RuntimeException e) {
            close(); // what did start (the database, perhaps the HTTP client) must not outlive the failed start
            throw e;
        }
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

    /**
     * Stops the connector within one bound, {@link Stoppable#BOUND} from now, whatever the number of parts: every part
     * first stops taking work (so they all wind down at once), then each is waited for with the time left; then the
     * HTTP client and the database are closed. Work still running at the deadline is never interrupted: it ends on
     * its daemon thread and what it left undone stays in the database. A second call does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopAll(closeables, Stoppable.BOUND);
        LOG.info("LedgerBridge QuickBooks Online connector stopped");
    }

    /**
     * @param closeables the parts in start order: the {@link Stoppable}s are told to stop taking work, then all are
     *        stopped or closed in reverse order, the {@link Stoppable}s by one deadline {@code bound} from now
     * @param bound how long stopping waits for work in flight, in all
     */
    static void stopAll(List<AutoCloseable> closeables, Duration bound) {
        Instant deadline = Instant.now().plus(bound);
        for (int i = closeables.size() - 1; i >= 0; i--) {
            if (closeables.get(i) instanceof Stoppable stoppable) {
                try {
                    stoppable.stopTaking();
                } catch (RuntimeException e) {
                    LOG.warn("Stopping {} failed: {}", stoppable.getClass().getSimpleName(), e.toString());
                }
            }
        }
        for (int i = closeables.size() - 1; i >= 0; i--) {
            AutoCloseable part = closeables.get(i);
            try {
                if (part instanceof Stoppable stoppable) {
                    stoppable.stop(deadline);
                } else {
                    part.close();
                }
            } catch (Exception e) {
                // Keep closing the rest: a failing worker pool must not leave the database open.
                LOG.warn("Stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
