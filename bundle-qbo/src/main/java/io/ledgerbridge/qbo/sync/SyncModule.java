package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sync engine's parts, built together for the composition root: the settings and sync operation groups and the
 * engine that pushes. {@link #start()} begins polling; {@link #close()} stops the workers (the outbox keeps
 * whatever was not pushed).
 */
public final class SyncModule implements AutoCloseable {
    private final SettingsService settings;
    private final SyncService sync;
    private final SyncEngine engine;
    private final RecordStatusReader statuses;
    private final QboGateway qbo;
    private final CompanyAccess access;

    /**
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel (failure digests)
     * @param qbo QuickBooks ({@link ClientGateway} in production)
     * @param access the connection gate ({@link TenantClients#access})
     * @param clock the clock
     * @param nodeId this node's name in a cluster
     * @param workerThreads threads pushing, shared by all companies
     * @param poll how often the engine looks for work
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway qbo,
            CompanyAccess access, Clock clock, String nodeId, int workerThreads, Duration poll) {
        this(database, outbox, records, notifier, qbo, access, clock, nodeId, workerThreads,
                CompanyWorker.DEFAULT_BATCH_IN_FLIGHT, poll);
    }

    /**
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel (failure digests)
     * @param qbo QuickBooks ({@link ClientGateway} in production)
     * @param access the connection gate ({@link TenantClients#access})
     * @param clock the clock
     * @param nodeId this node's name in a cluster
     * @param workerThreads threads pushing, shared by all companies
     * @param batchInFlight batch calls one company's pass keeps in flight
     * @param poll how often the engine looks for work
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway qbo,
            CompanyAccess access, Clock clock, String nodeId, int workerThreads, int batchInFlight, Duration poll) {
        this(database, outbox, records, notifier, qbo, access, clock, nodeId, workerThreads, batchInFlight, poll,
                () -> { });
    }

    /**
     * As above, with the heartbeat of the engine's poll.
     *
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel (failure digests)
     * @param qbo QuickBooks ({@link ClientGateway} in production)
     * @param access the connection gate ({@link TenantClients#access})
     * @param clock the clock
     * @param nodeId this node's name in a cluster
     * @param workerThreads threads pushing, shared by all companies
     * @param batchInFlight batch calls one company's pass keeps in flight
     * @param poll how often the engine looks for work
     * @param pollDone runs after each completed poll (health's heartbeat)
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway qbo,
            CompanyAccess access, Clock clock, String nodeId, int workerThreads, int batchInFlight, Duration poll,
            Runnable pollDone) {
        this.qbo = qbo;
        this.access = access;
        SettingsStore settingsStore = new SettingsStore(database, clock);
        OutboxQueue queue = new OutboxQueue(database.dataSource(), outbox, clock);
        LinkStore links = new LinkStore(database);
        SyncRuns runs = new SyncRuns(database.dataSource());
        SyncLog log = new SyncLog(database.dataSource());
        CompanyLease lease = new CompanyLease(database.dataSource());
        this.statuses = new RecordStatusReader(database, outbox);
        this.settings = new SettingsService(settingsStore, qbo, records);
        this.sync = new SyncService(records, queue, runs, statuses, settingsStore, log, clock);
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30),
                () -> ThreadLocalRandom.current().nextLong(5_000));
        CompanyWorker worker = new CompanyWorker(records, qbo, access, settingsStore, outbox, queue, links, runs, log,
                lease, new ConflictStore(database.dataSource()), backoff, new RunFinisher(runs, queue, notifier, clock),
                clock, nodeId, batchInFlight);
        this.engine = new SyncEngine(worker, queue, settingsStore, sync, runs, lease, access, clock, nodeId,
                workerThreads, poll, pollDone);
    }

    /**
     * The production wiring: QuickBooks through the QBO client (one client per connected company, using the
     * company's one throttle that the OAuth side's company reads share), tokens from the OAuth side, gated by the
     * connection service's {@code canSync}.
     *
     * @param config the connector's configuration (API base URL, worker threads, node id)
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel
     * @param connections the OAuth side ({@code ConnectionLifecycle.create})
     * @param clients the QuickBooks client factory (shared with the OAuth side)
     * @param throttles the throttle of a company by realm id (shared with the OAuth side)
     * @param clock the clock
     */
    public SyncModule(io.ledgerbridge.qbo.config.ConnectorConfig config, Database database, Outbox outbox,
            HostRecords records, HostNotifier notifier, io.ledgerbridge.qbo.auth.ConnectionLifecycle connections,
            io.ledgerbridge.qbo.client.QboClientFactory clients,
            java.util.function.Function<String, io.ledgerbridge.qbo.client.limit.CompanyThrottle> throttles,
            Clock clock) {
        this(config, database, outbox, records, notifier, connections, clients, throttles, clock, () -> { });
    }

    /**
     * The production wiring, with the heartbeat of the engine's poll.
     *
     * @param config the connector's configuration (API base URL, worker threads, node id)
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel
     * @param connections the OAuth side ({@code ConnectionLifecycle.create})
     * @param clients the QuickBooks client factory (shared with the OAuth side)
     * @param throttles the throttle of a company by realm id (shared with the OAuth side)
     * @param clock the clock
     * @param pollDone runs after each completed poll (health's heartbeat)
     */
    public SyncModule(io.ledgerbridge.qbo.config.ConnectorConfig config, Database database, Outbox outbox,
            HostRecords records, HostNotifier notifier, io.ledgerbridge.qbo.auth.ConnectionLifecycle connections,
            io.ledgerbridge.qbo.client.QboClientFactory clients,
            java.util.function.Function<String, io.ledgerbridge.qbo.client.limit.CompanyThrottle> throttles,
            Clock clock, Runnable pollDone) {
        this(database, outbox, records, notifier, new ClientGateway(new TenantClients(clients, connections.tokens(),
                connections.connections(), config.apiBaseUrl(), throttles),
                io.ledgerbridge.qbo.client.http.QboJson.newObjectMapper()),
                TenantClients.access(connections.connections()), clock, config.nodeId(), config.workerThreads(),
                config.batchInFlight(), Duration.ofSeconds(1), pollDone);
    }

    /** @return the settings operations */
    public SettingsService settings() {
        return settings;
    }

    /** @return the sync operations */
    public SyncService sync() {
        return sync;
    }

    /** @return the engine (for {@link SyncEngine#drain()} in tests and benchmarks) */
    public SyncEngine engine() {
        return engine;
    }

    /** @return per-record status */
    public RecordStatusReader statuses() {
        return statuses;
    }

    /** @return QuickBooks as the engine calls it (the company's client and throttle), shared by import and inbound */
    public QboGateway gateway() {
        return qbo;
    }

    /** @return the connection gate */
    public CompanyAccess access() {
        return access;
    }

    /** Starts pushing. */
    public void start() {
        engine.start();
    }

    @Override
    public void close() {
        engine.close();
    }
}
