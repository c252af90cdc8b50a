package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.mapping.MappingTables;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

/**
 * One company's turn: a bounded slice of its due rows (about one flight of batch calls), then it yields so every
 * company with due work is served fairly. The turn takes the company's lease (so this node's limiter is the company's
 * only one), claims due rows in dependency order, pushes each, and ends each row one of three ways: completed (the
 * link is stored first, and the row leaves only if no change arrived meanwhile), retried later with back-off, or
 * stopped with a plain message and remedy. It never waits for the company's throttle, a {@code Retry-After} or a
 * back-off: it says when the company may go on ({@link CompanyScheduler.Next}) and lets its thread serve another.
 * Rows it claimed and did not end are let go when it ends. Runs are counted and, once all their rows are done,
 * finished with one failure digest.
 *
 * <p>This class decides whether the company may go now and holds what every turn shares; the turn itself is a
 * {@link Turn}, and each row is planned by the {@link RowPlanner}.
 */
public final class CompanyWorker {
    /**
     * Longer than QuickBooks' longest throttle window (one minute): a node takes a company over only after the
     * previous holder's requests have left every window, so the two nodes' limiters never overlap.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** QuickBooks' longest throttle window: how long a company given up stays with no node. */
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(1);
    /** How soon a company that cannot sync (switched off, not connected) or is another node's is looked at again. */
    static final Duration RECHECK = Duration.ofMinutes(1);
    /** Threads giving companies their turns unless configured ({@code worker.threads}); turns mostly wait on calls. */
    public static final int DEFAULT_WORKER_THREADS = 24;
    /** Batch calls one company's turn keeps in flight unless configured ({@code batch.in.flight}). */
    public static final int DEFAULT_BATCH_IN_FLIGHT = 4;

    private final QboGateway qbo;
    private final CompanyAccess access;
    private final SettingsStore settings;
    private final CompanyCache.Kept caches = new CompanyCache.Kept();
    // What a Turn works with:
    final OutboxQueue queue;
    final SyncRuns runs;
    final NodeLeases leases;
    final RunFinisher finisher;
    final Clock clock;
    final String nodeId;
    final RowPlanner planner;
    final ExecutorService calls;
    final int batchInFlight;
    private volatile boolean stopping;

    /**
     * @param host the host's records
     * @param qbo QuickBooks (for the push path: its calls never wait, see {@link CompanyMustWait})
     * @param access whether a company may be worked (connection, canSync)
     * @param settings tenants' settings and mappings
     * @param outbox the intake
     * @param queue the outbox, workers' side
     * @param links the link store
     * @param runs the sync history
     * @param log the sync log
     * @param leases this node's company leases
     * @param conflicts open conflicts (a record with one is not pushed)
     * @param backoff retry waits
     * @param finisher ends runs and sends digests
     * @param clock the clock
     * @param nodeId this node's name
     * @param batchInFlight batch calls one company's turn keeps in flight (the company's throttle bounds them too)
     * @param callThreads threads making batch calls for all companies (calls in flight, not companies)
     */
    CompanyWorker(HostRecords host, QboGateway qbo, CompanyAccess access, SettingsStore settings,
            Outbox outbox, OutboxQueue queue, LinkStore links, SyncRuns runs, SyncLog log, NodeLeases leases,
            ConflictStore conflicts, Backoff backoff, RunFinisher finisher, Clock clock, String nodeId,
            int batchInFlight, int callThreads) {
        if (batchInFlight < 1) {
            throw new IllegalArgumentException("batchInFlight must be at least 1");
        }
        this.batchInFlight = batchInFlight;
        // No queue: when every call thread is busy, the turn makes its call itself (it would only wait for it), so the
        // pool bounds threads, not calls in flight. Idle call threads end after a minute.
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(callThreads,
                callThreads, 1, java.util.concurrent.TimeUnit.MINUTES, new java.util.concurrent.SynchronousQueue<>(),
                WorkerThreads.daemons("ledgerbridge-qbo-call"));
        pool.allowCoreThreadTimeOut(true);
        this.calls = pool;
        this.qbo = qbo;
        this.access = access;
        this.settings = settings;
        this.queue = queue;
        this.runs = runs;
        this.leases = leases;
        this.finisher = finisher;
        this.clock = clock;
        this.nodeId = nodeId;
        this.planner = new RowPlanner(host, qbo, outbox, queue, links, runs, log, conflicts, backoff, clock);
    }

    /** @return how many rows one turn claims: one flight of full batches */
    int sliceRows() {
        return batchInFlight * BatchSender.MAX_ITEMS;
    }

    /**
     * Gives the company one turn, if it may go now.
     *
     * @param tenant the tenant
     * @return when the company's next turn is due, and how many rows this one ended
     */
    CompanyScheduler.Next turn(TenantId tenant) {
        Instant now = clock.instant();
        ConnectorSettings s = settings.find(tenant).orElseGet(ConnectorSettings::defaults);
        CompanyAccess.Access a = access.check(tenant);
        if (!s.enabled() || !a.canSync()) {
            // The enable switch, or a lost connection: changes wait in the outbox (the OAuth side tells the admins),
            // out of the polls' way; switching sync on or reconnecting makes them due at once.
            Instant later = now.plus(RECHECK);
            queue.postpone(tenant, now, later);
            return CompanyScheduler.Next.due(later, 0);
        }
        Instant ready = qbo.readyAt(tenant, sliceRows(), batchInFlight);
        if (ready.isAfter(clock.instant())) {
            return CompanyScheduler.Next.throttledUntil(ready, 0); // its window is full: come back when it is not
        }
        if (!leases.take(tenant)) {
            return CompanyScheduler.Next.due(now.plus(RECHECK), 0); // another node works it (its poll skips it too)
        }
        try {
            Pass pass = new Pass(tenant, s, new MappingTables(settings.allMappings(tenant)), caches.take(tenant.value(),
                    a.realmId(), clock.instant(), () -> qbo.company(tenant)));
            return new Turn(this, tenant, s, pass).run();
        } finally {
            // Whatever was claimed and not ended (a wait, a lost lease, a failure) is free for the next turn at once.
            queue.releaseClaims(tenant, nodeId);
            leases.afterTurn(tenant, THROTTLE_WINDOW);
        }
    }

    /** Ends every turn at its next step (the connector is stopping); what was sent is answered and ended first. */
    void stop() {
        stopping = true;
    }

    /** Lets the batch calls still running finish (turns are over by now); never interrupts them. */
    void close(Duration wait) {
        WorkerThreads.stop(calls, "batch call", wait);
    }

    /** @return whether the connector is stopping (every turn ends at its next step) */
    boolean stopping() {
        return stopping;
    }
}
