package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the push side. A poll finds what is due through indexes on due time (the outbox's due rows, the tenants'
 * next scheduled sweep), never by visiting every tenant, and offers those companies to the {@link CompanyScheduler},
 * whose fixed threads give each a bounded turn ({@link CompanyWorker#turn}). The poll also says this node is alive
 * and renews the leases of the companies in their turn, so no call in flight outlives its company's lease.
 */
public final class SyncEngine implements io.ledgerbridge.qbo.Stoppable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /** How long {@link #close()} waits for turns and calls in flight, altogether: longer than a call's read timeout. */
    /** How often a node says it is alive and reads the others' shares. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Sweeps started by one poll at the most (the rest are due at the next poll). */
    private static final int SWEEPS_PER_POLL = 100;

    private final CompanyWorker worker;
    private final OutboxQueue queue;
    private final SettingsStore settings;
    private final SyncService sync;
    private final SyncRuns runs;
    private final NodeLeases leases;
    private final CompanyAccess access;
    private final Clock clock;
    private final Duration poll;
    private final CompanyScheduler scheduler;
    private final ScheduledExecutorService timer;
    private final Runnable pollDone;
    /** Heartbeats and renewals follow real elapsed time (System.nanoTime), not the business clock a test may stop. */
    private long lastHeartbeat;
    private long lastRenew;
    private boolean beaten;

    /**
     * @param worker the per-company turn
     * @param queue the outbox, workers' side
     * @param settings tenants' settings (enable switch, auto-sync interval and its next due time)
     * @param sync Sync now (the schedule uses the same sweep)
     * @param runs the sync history (the last sync)
     * @param leases this node's company leases
     * @param access the connection gate (no scheduled run while a company cannot sync)
     * @param clock the clock
     * @param threads threads giving turns, shared by all companies
     * @param poll how often to look for work
     */
    SyncEngine(CompanyWorker worker, OutboxQueue queue, SettingsStore settings, SyncService sync, SyncRuns runs,
            NodeLeases leases, CompanyAccess access, Clock clock, int threads, Duration poll) {
        this(worker, queue, settings, sync, runs, leases, access, clock, threads, poll, () -> { });
    }

    /** As above; {@code pollDone} runs after each poll that completed (the health check's heartbeat). */
    SyncEngine(CompanyWorker worker, OutboxQueue queue, SettingsStore settings, SyncService sync, SyncRuns runs,
            NodeLeases leases, CompanyAccess access, Clock clock, int threads, Duration poll, Runnable pollDone) {
        this.pollDone = pollDone;
        this.worker = worker;
        this.queue = queue;
        this.settings = settings;
        this.sync = sync;
        this.runs = runs;
        this.leases = leases;
        this.access = access;
        this.clock = clock;
        this.poll = poll;
        this.scheduler = new CompanyScheduler(worker::turn, clock, threads, "ledgerbridge-qbo-worker");
        this.timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemons("ledgerbridge-qbo-poll"));
    }

    /** Starts the threads and the polls. */
    public void start() {
        scheduler.start();
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Asks for a turn of the company now (a host event was just recorded on this node): it need not wait for the
     * next poll.
     *
     * @param tenant the company's tenant
     */
    public void due(TenantId tenant) {
        scheduler.offer(tenant, clock.instant(), false);
    }

    /** One poll: heartbeat and lease renewal when due, scheduled sweeps, and companies with due rows offered. */
    public void poll() {
        long tick = System.nanoTime();
        if (!beaten || tick - lastHeartbeat >= HEARTBEAT.toNanos()) {
            leases.heartbeat();
            lastHeartbeat = tick;
            beaten = true;
        }
        if (tick - lastRenew >= leases.renewEvery().toNanos()) {
            leases.renew(scheduler.running());
            lastRenew = tick;
        }
        Instant now = clock.instant();
        startDueSweeps(now);
        OutboxQueue.DueCompanies due = queue.dueCompanies(now, leases.node());
        leases.demand(due.demand());
        // A company whose due rows fit in one turn goes before the backlogs.
        due.free().forEach((tenant, rows) -> scheduler.offer(tenant, now, rows > worker.sliceRows()));
    }

    /**
     * Gives every due company turns on the calling thread until nothing is due (for tests and benchmarks). Unlike the
     * scheduler's threads, the calling thread asked to wait: when only throttled companies are left, it waits for the
     * first of them.
     *
     * @return rows ended
     */
    public int drain() {
        leases.heartbeat();
        startDueSweeps(clock.instant());
        int total = 0;
        for (int round = 0; round < 100_000; round++) {
            int ended = 0;
            Instant throttledUntil = null;
            java.util.List<TenantId> due = queue.tenantsWithDueWork(clock.instant());
            leases.demand(due.size());
            for (TenantId tenant : due) {
                CompanyScheduler.Next next = worker.turn(tenant);
                ended += next.ended();
                if (next.throttled() && (throttledUntil == null || next.at().isBefore(throttledUntil))) {
                    throttledUntil = next.at();
                }
            }
            total += ended;
            if (ended == 0) {
                if (throttledUntil == null) {
                    break;
                }
                pauseUntil(throttledUntil);
            }
        }
        return total;
    }

    private static void pauseUntil(Instant until) {
        long millis = Duration.between(Instant.now(), until).toMillis();
        if (millis > 0) {
            try {
                new java.util.concurrent.CountDownLatch(1).await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void startDueSweeps(Instant now) {
        for (Map.Entry<TenantId, Integer> due : settings.dueSweeps(now, SWEEPS_PER_POLL)) {
            TenantId tenant = due.getKey();
            Duration interval = Duration.ofMinutes(due.getValue());
            Instant last = runs.lastSyncStart(tenant).orElse(null);
            if (last != null && last.plus(interval).isAfter(now)) {
                settings.nextSweep(tenant, last.plus(interval)); // a Sync now moved it
                continue;
            }
            if (!access.check(tenant).canSync()) {
                // Its changes wait in the outbox anyway; a reconnect saves nothing here, so look again in a while.
                settings.nextSweep(tenant, now.plus(interval));
                continue;
            }
            // Only the node holding the company's lease starts the run, so two nodes do not both sweep; another
            // node's company stays due for that node's poll.
            if (leases.take(tenant)) {
                settings.nextSweep(tenant, now.plus(interval));
                // A sweep that found nothing changed ended its run at once: the company has no turn to take.
                if (sync.sweep(tenant, SyncTrigger.SCHEDULE).state() == io.ledgerbridge.api.sync.SyncRunState.RUNNING) {
                    scheduler.offer(tenant, now);
                }
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
            pollDone.run();
        } catch (RuntimeException | Error e) {
            // The next poll retries; records are durable in the outbox, so nothing is lost meanwhile. An Error is
            // logged as loudly and the poll goes on: a scheduled task that throws is never run again.
            LOG.error("QuickBooks sync poll failed, retrying at the next poll: {}", e.toString(), e);
        }
    }

    /**
     * Stops within {@code deadline}, in order: no new poll, no new turn, the turns in progress end at their next step
     * after their calls in flight are answered, and only then may the caller close the database. Nothing is
     * interrupted: an interrupted H2 file operation closes the database under every other thread.
     *
     * @param deadline the instant by which stopping gives up waiting (the work left stays in the outbox)
     */
    @Override
    public void stop(Instant deadline) {
        stopTaking();
        if (!scheduler.stop(deadline)) {
            LOG.warn("A QuickBooks sync turn is still busy at the stop deadline (a slow QuickBooks call); its rows stay "
                    + "in the outbox and are pushed after the restart");
        }
        worker.close(remaining(deadline));
        WorkerThreads.stop(timer, "sync poll", remaining(deadline));
        leases.leave();
    }

    private static Duration remaining(Instant deadline) {
        return WorkerThreads.remaining(deadline);
    }

    /** No new poll, no new turn; returns at once. */
    @Override
    public void stopTaking() {
        worker.stop();
        timer.shutdown();
    }
}
