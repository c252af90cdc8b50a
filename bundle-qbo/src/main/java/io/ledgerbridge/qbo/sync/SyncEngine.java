package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsRow;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the workers: every poll it starts the auto-sync runs that are due and hands each company with due rows to
 * a worker thread (one thread per company at a time on this node; the company lease keeps other nodes out).
 */
public final class SyncEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** Longer than a QuickBooks call's read timeout, so a pass in the middle of a call can finish it. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(140);

    private final CompanyWorker worker;
    private final OutboxQueue queue;
    private final SettingsStore settings;
    private final SyncService sync;
    private final SyncRuns runs;
    private final CompanyLease lease;
    private final CompanyAccess access;
    private final Clock clock;
    private final String nodeId;
    private final Duration poll;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Set<TenantId> busy = ConcurrentHashMap.newKeySet();
    private final Runnable pollDone;

    /**
     * @param worker the per-company worker
     * @param queue the outbox, workers' side
     * @param settings tenants' settings (enable switch, auto-sync interval)
     * @param sync Sync now (the schedule uses the same sweep)
     * @param runs the sync history (the last sync)
     * @param lease the per-company lease (one node starts a scheduled run)
     * @param access the connection gate (no scheduled run while a company cannot sync)
     * @param clock the clock
     * @param nodeId this node's name
     * @param threads worker threads shared by all companies
     * @param poll how often to look for work
     */
    public SyncEngine(CompanyWorker worker, OutboxQueue queue, SettingsStore settings, SyncService sync,
            SyncRuns runs, CompanyLease lease, CompanyAccess access, Clock clock, String nodeId, int threads,
            Duration poll) {
        this(worker, queue, settings, sync, runs, lease, access, clock, nodeId, threads, poll, () -> { });
    }

    /** As above; {@code pollDone} runs after each poll that completed (the health check's heartbeat). */
    public SyncEngine(CompanyWorker worker, OutboxQueue queue, SettingsStore settings, SyncService sync,
            SyncRuns runs, CompanyLease lease, CompanyAccess access, Clock clock, String nodeId, int threads,
            Duration poll, Runnable pollDone) {
        this.pollDone = pollDone;
        this.access = access;
        this.worker = worker;
        this.queue = queue;
        this.settings = settings;
        this.sync = sync;
        this.runs = runs;
        this.lease = lease;
        this.clock = clock;
        this.nodeId = nodeId;
        this.poll = poll;
        this.workers = Executors.newFixedThreadPool(threads, WorkerThreads.daemons("ledgerbridge-qbo-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemons("ledgerbridge-qbo-poll"));
    }

    /** Starts polling. */
    public void start() {
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One poll: starts due scheduled runs and hands due companies to worker threads.
     */
    public void poll() {
        startDueSchedules();
        for (TenantId tenant : queue.tenantsWithDueWork(clock.instant())) {
            if (busy.add(tenant)) {
                workers.execute(() -> {
                    try {
                        worker.work(tenant);
                    } catch (RuntimeException e) {
                        // The database or the host failed mid-pass: the rows stay in the outbox for the next poll.
                        LOG.warn("QuickBooks sync pass of {} stopped, retried at the next poll: {}", tenant,
                                e.toString());
                    } finally {
                        busy.remove(tenant);
                    }
                });
            }
        }
    }

    /**
     * Works every due company on the calling thread until nothing is due (for tests and benchmarks).
     *
     * @return rows ended
     */
    public int drain() {
        int total = 0;
        startDueSchedules();
        for (int round = 0; round < 1000; round++) {
            int done = 0;
            for (TenantId tenant : queue.tenantsWithDueWork(clock.instant())) {
                done += worker.work(tenant);
            }
            total += done;
            if (done == 0) {
                break;
            }
        }
        return total;
    }

    private void startDueSchedules() {
        Instant now = clock.instant();
        for (SettingsRow row : settings.enabledTenants()) {
            if (row.autoSyncMinutes() == null) {
                continue; // manual only
            }
            TenantId tenant = TenantId.of(row.tenantId());
            Instant last = runs.lastSyncStart(tenant).orElse(null);
            if (last != null && last.plus(Duration.ofMinutes(row.autoSyncMinutes())).isAfter(now)) {
                continue;
            }
            // Only the node holding the company's lease starts the run, so two nodes do not both sweep; and none
            // while the company cannot sync (its changes wait in the outbox anyway).
            if (access.check(tenant).canSync() && lease.tryAcquire(tenant, nodeId, now, CompanyWorker.LEASE)) {
                sync.sweep(tenant, SyncTrigger.SCHEDULE);
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
            pollDone.run();
        } catch (RuntimeException e) {
            // The next poll retries; records are durable in the outbox, so nothing is lost meanwhile.
            LOG.warn("QuickBooks sync poll failed, retrying at the next poll: {}", e.toString());
        }
    }

    /**
     * Stops in order: no new poll, the running poll and the workers' passes finish (a pass stops at its next batch
     * boundary), and only then may the caller close the database. Nothing is interrupted: an interrupted H2 file
     * operation closes the database under every other thread.
     */
    @Override
    public void close() {
        worker.stop();
        WorkerThreads.stop(timer, "sync poll", STOP_WAIT);
        WorkerThreads.stop(workers, "sync worker", STOP_WAIT);
        worker.close(STOP_WAIT);
    }
}
