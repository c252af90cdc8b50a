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
public final class SyncModule implements io.ledgerbridge.qbo.Stoppable {
    private final SettingsService settings;
    private final SyncService sync;
    private final SyncEngine engine;
    private final RecordStatusReader statuses;
    private final QboGateway qbo;
    private final CompanyAccess access;
    private final RunFinisher finisher;
    private final SettingsStore settingsStore;
    private final java.util.concurrent.ScheduledExecutorService windows = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(WorkerThreads.daemons("ledgerbridge-qbo-run-windows"));

    /**
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel (failure digests)
     * @param qbo QuickBooks ({@link ClientGateway} in production)
     * @param access the connection gate ({@link TenantClients#access})
     * @param clock the clock
     * @param nodeId this node's name in a cluster
     * @param workerThreads threads giving companies their turns, shared by all companies
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
                SyncRuns.DEFAULT_EVENT_WINDOW);
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
     * @param workerThreads threads giving companies their turns, shared by all companies
     * @param batchInFlight batch calls one company's turn keeps in flight
     * @param poll how often the engine looks for work
     * @param eventRunWindow how long a company's event-driven pushes share one run and one failure digest
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway qbo,
            CompanyAccess access, Clock clock, String nodeId, int workerThreads, int batchInFlight, Duration poll,
            Duration eventRunWindow) {
        this(database, outbox, records, notifier, qbo, qbo, access, clock, nodeId, workerThreads, batchInFlight, poll,
                eventRunWindow);
    }

    /**
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel (failure digests)
     * @param push QuickBooks for the push path, whose calls never wait ({@link ClientGateway} over
     *        {@link TenantClients} built not to wait, in production)
     * @param qbo QuickBooks for administrators' pages (settings look-ups, repair), whose calls may wait
     * @param access the connection gate ({@link TenantClients#access})
     * @param clock the clock
     * @param nodeId this node's name in a cluster
     * @param workerThreads threads giving companies their turns, shared by all companies
     * @param batchInFlight batch calls one company's turn keeps in flight
     * @param poll how often the engine looks for work
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway push,
            QboGateway qbo, CompanyAccess access, Clock clock, String nodeId, int workerThreads, int batchInFlight,
            Duration poll) {
        this(database, outbox, records, notifier, push, qbo, access, clock, nodeId, workerThreads, batchInFlight, poll,
                SyncRuns.DEFAULT_EVENT_WINDOW);
    }

    /**
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel (failure digests)
     * @param push QuickBooks for the push path, whose calls never wait
     * @param qbo QuickBooks for administrators' pages (settings look-ups, repair), whose calls may wait
     * @param access the connection gate ({@link TenantClients#access})
     * @param clock the clock
     * @param nodeId this node's name in a cluster
     * @param workerThreads threads giving companies their turns, shared by all companies
     * @param batchInFlight batch calls one company's turn keeps in flight
     * @param poll how often the engine looks for work
     * @param eventRunWindow how long a company's event-driven pushes share one run and one failure digest
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway push,
            QboGateway qbo, CompanyAccess access, Clock clock, String nodeId, int workerThreads, int batchInFlight,
            Duration poll, Duration eventRunWindow) {
        this(database, outbox, records, notifier, push, qbo, access, clock, nodeId, workerThreads, batchInFlight, poll,
                eventRunWindow, CompanyWorker.LEASE);
    }

    /**
     * As the constructor before, with the company lease's length: longer than QuickBooks' longest throttle window
     * ({@link CompanyWorker#LEASE}; a time-scaled sandbox's window is shorter).
     *
     * @param lease a company lease's length
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway push,
            QboGateway qbo, CompanyAccess access, Clock clock, String nodeId, int workerThreads, int batchInFlight,
            Duration poll, Duration eventRunWindow, Duration lease) {
        this(database, outbox, records, notifier, push, qbo, access, clock, nodeId, workerThreads, batchInFlight, poll,
                eventRunWindow, lease, () -> { });
    }

    /**
     * As above, with the heartbeat of the engine's poll.
     *
     * @param lease a company lease's length
     * @param pollDone runs after each completed poll (health's heartbeat)
     */
    public SyncModule(Database database, Outbox outbox, HostRecords records, HostNotifier notifier, QboGateway push,
            QboGateway qbo, CompanyAccess access, Clock clock, String nodeId, int workerThreads, int batchInFlight,
            Duration poll, Duration eventRunWindow, Duration lease, Runnable pollDone) {
        this.qbo = qbo;
        this.access = access;
        this.settingsStore = new SettingsStore(database, clock);
        OutboxQueue queue = new OutboxQueue(database.dataSource(), outbox, clock);
        LinkStore links = new LinkStore(database);
        SyncRuns runs = new SyncRuns(database.dataSource(), eventRunWindow);
        SyncLog log = new SyncLog(database.dataSource());
        NodeLeases leases = new NodeLeases(new CompanyLease(database.dataSource()), nodeId, lease);
        this.statuses = new RecordStatusReader(database, outbox);
        this.settings = new SettingsService(settingsStore, queue, qbo, records);
        // Each auto-sync window that ends asks for the company's books-match report (its module runs the reports).
        io.ledgerbridge.qbo.store.BooksMatchStore booksMatch =
                new io.ledgerbridge.qbo.store.BooksMatchStore(database.dataSource());
        this.finisher = new RunFinisher(runs, queue, new RecordNames(records), notifier,
                t -> booksMatch.request(t, io.ledgerbridge.api.sync.SyncTrigger.SCHEDULE, null, clock.instant()),
                clock);
        this.sync = new SyncService(records, queue, runs, statuses, settingsStore, log, access,
                new io.ledgerbridge.qbo.store.IgnoredRecords(database.dataSource()), finisher, clock);
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30),
                () -> ThreadLocalRandom.current().nextLong(5_000));
        // Calls in flight, not companies, size the call threads: a quarter as many as turn threads (a turn keeps at most
        // batchInFlight batches out; when all call threads are busy, the turn makes the call itself).
        CompanyWorker worker = new CompanyWorker(records, push, access, settingsStore, outbox, queue, links, runs, log,
                leases, new ConflictStore(database.dataSource()), backoff, finisher, clock, nodeId, batchInFlight,
                callThreads(workerThreads));
        this.engine = new SyncEngine(worker, queue, settingsStore, sync, runs, leases, access, clock, workerThreads,
                poll, pollDone);
    }

    /**
     * The production wiring: QuickBooks through each connected company's client (with the company's one throttle,
     * which the OAuth side's company reads share), gated by the connection service's {@code canSync}. The push uses
     * the clients that never wait; administrators' pages use those that may.
     *
     * @param config the connector's configuration (worker threads, batches in flight, node id, event-run window)
     * @param database the connector's database
     * @param outbox the intake
     * @param records the host's records
     * @param notifier the host's mail channel
     * @param connections the OAuth side ({@code ConnectionLifecycle.create})
     * @param noWait the companies' clients that never wait (shared with the other unattended work)
     * @param waiting the companies' clients that may wait (shared with the other pages)
     * @param clock the clock
     * @param pollDone runs after each completed poll (health's heartbeat)
     */
    public SyncModule(io.ledgerbridge.qbo.config.ConnectorConfig config, Database database, Outbox outbox,
            HostRecords records, HostNotifier notifier, io.ledgerbridge.qbo.auth.ConnectionLifecycle connections,
            TenantClients noWait, TenantClients waiting, Clock clock, Runnable pollDone) {
        this(database, outbox, records, notifier,
                new ClientGateway(noWait, io.ledgerbridge.qbo.client.http.QboJson.newObjectMapper()),
                new ClientGateway(waiting, io.ledgerbridge.qbo.client.http.QboJson.newObjectMapper()),
                TenantClients.access(connections.connections()), clock, config.nodeId(), config.workerThreads(),
                config.batchInFlight(), Duration.ofSeconds(1), config.eventRunWindow(), CompanyWorker.LEASE,
                pollDone);
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

    /** @return QuickBooks for administrators' pages (the company's throttle, a client that may wait) */
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
        // Event runs whose window passed with no push since are ended (and their digest sent) within a minute.
        windows.scheduleWithFixedDelay(this::finishPassedWindows, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Ends the event runs whose window has passed and whose records are done, sending their digests. */
    public void finishPassedWindows() {
        try {
            finisher.finishPassedWindows(t -> settingsStore.find(t)
                    .orElseGet(io.ledgerbridge.api.settings.ConnectorSettings::defaults));
        } catch (RuntimeException e) {
            // The next minute retries; the runs stay RUNNING meanwhile, nothing is lost.
            org.slf4j.LoggerFactory.getLogger(SyncModule.class).warn("Ending passed event runs failed: {}",
                    e.toString());
        }
    }

    @Override
    public void stopTaking() {
        windows.shutdown();
        engine.stopTaking();
    }

    @Override
    public void stop(java.time.Instant deadline) {
        stopTaking();
        engine.stop(deadline);
        WorkerThreads.stop(windows, "run-window", deadline);
    }

    /** @return the call threads of {@code workerThreads} turn threads: a quarter as many, at least one */
    static int callThreads(int workerThreads) {
        return Math.max(1, workerThreads / 4);
    }
}
