package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.sync.WorkerThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the inbound side: every poll it starts the change-data-capture catch-ups that are due and works each
 * company with due inbox changes, on its own threads (one per company at a time on this node; the company lease keeps
 * other nodes out). Due work is found through indexes on due time (the inbox's due changes, the catch-ups'
 * {@code next_due_at}), so a poll costs the same few statements with ten thousand idle companies as with ten. Done
 * changes are forgotten once they are older than any retry Intuit still makes. A poll that fails, even with an
 * {@link Error}, is logged and the next one runs.
 */
public final class InboundEngine implements io.ledgerbridge.qbo.Stoppable {
    /** Longer than Intuit retries a webhook and than the CDC lookback, so a late repeat is still recognised. */
    static final Duration KEEP_DONE = Duration.ofDays(35);
    /** How long a stop waits for a running poll or pass (longer than one QuickBooks call may take). */
    private static final Logger LOG = LoggerFactory.getLogger(InboundEngine.class);

    private final Inbox inbox;
    private final InboxWorker worker;
    private final CdcCatchUp cdc;
    private final Clock clock;
    private final Duration poll;
    /** Set when the connector stops: companies queued for a thread and not started are left alone. */
    private volatile boolean stopping;
    private final ExecutorService threads;
    private final ScheduledExecutorService timer;
    private final Set<TenantId> busy = ConcurrentHashMap.newKeySet();
    private volatile Instant lastPrune = Instant.EPOCH;
    private final Runnable pollDone;

    /**
     * @param inbox the inbox
     * @param worker works a company's inbox
     * @param cdc catches a company up, and knows which are due
     * @param clock the clock
     * @param threads threads shared by all companies
     * @param poll how often to look for work
     */
    public InboundEngine(Inbox inbox, InboxWorker worker, CdcCatchUp cdc, Clock clock, int threads, Duration poll) {
        this(inbox, worker, cdc, clock, threads, poll, () -> { });
    }

    /**
     * @param inbox the inbox
     * @param worker works a company's inbox
     * @param cdc catches a company up, and knows which are due
     * @param clock the clock
     * @param threads threads shared by all companies
     * @param poll how often to look for work
     * @param pollDone runs after each completed poll (health's heartbeat)
     */
    public InboundEngine(Inbox inbox, InboxWorker worker, CdcCatchUp cdc, Clock clock, int threads, Duration poll,
            Runnable pollDone) {
        this.pollDone = pollDone;
        this.inbox = inbox;
        this.worker = worker;
        this.cdc = cdc;
        this.clock = clock;
        this.poll = poll;
        this.threads = Executors.newFixedThreadPool(threads, WorkerThreads.daemons("ledgerbridge-qbo-inbound"));
        this.timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemons("ledgerbridge-qbo-inbound-poll"));
    }

    /** Starts polling. */
    public void start() {
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One poll: hands each company with a due catch-up or due inbox changes to a thread. */
    public void poll() {
        Instant now = clock.instant();
        Set<TenantId> catchUps = cdc.dueTenants(now);
        Set<TenantId> tenants = new LinkedHashSet<>(catchUps);
        tenants.addAll(inbox.tenantsWithDueWork(now));
        for (TenantId tenant : tenants) {
            if (busy.add(tenant)) {
                threads.execute(() -> {
                    try {
                        if (stopping) {
                            return; // queued before the stop: left for the next start (or another node)
                        }
                        pass(tenant, catchUps.contains(tenant));
                    } catch (RuntimeException e) {
                        // QuickBooks or the database failed mid-pass: the changes stay in the inbox, the watermark
                        // where it was; the next poll goes on.
                        LOG.warn("QuickBooks inbound pass of {} stopped, retried at the next poll: {}", tenant,
                                e.toString());
                    } catch (Error e) {
                        LOG.error("QuickBooks inbound pass of {} failed, retried at the next poll", tenant, e);
                    } finally {
                        busy.remove(tenant);
                    }
                });
            }
        }
        pruneDaily(now);
    }

    /**
     * Catches up and works every company with due work on the calling thread until nothing is due (for tests).
     *
     * @return changes ended
     */
    public int drain() {
        int total = 0;
        for (int round = 0; round < 100; round++) {
            Instant now = clock.instant();
            int done = 0;
            for (TenantId t : cdc.allDueTenants(now)) {
                cdc.catchUp(t);
            }
            for (TenantId t : inbox.tenantsWithDueWork(now)) {
                done += worker.work(t);
            }
            total += done;
            if (done == 0) {
                break;
            }
        }
        return total;
    }

    private void pass(TenantId tenant, boolean catchUp) {
        if (catchUp) {
            cdc.catchUp(tenant);
        }
        worker.work(tenant);
    }

    private void pruneDaily(Instant now) {
        if (lastPrune.plus(Duration.ofDays(1)).isBefore(now)) {
            lastPrune = now;
            int gone = inbox.forgetDoneBefore(now.minus(KEEP_DONE));
            if (gone > 0) {
                LOG.info("Forgot {} QuickBooks changes applied more than {} days ago", gone, KEEP_DONE.toDays());
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
            pollDone.run();
        } catch (RuntimeException e) {
            LOG.warn("QuickBooks inbound poll failed, retrying at the next poll: {}", e.toString());
        } catch (Error e) {
            // a scheduled task that throws is never run again: the poll must outlive anything it meets
            LOG.error("QuickBooks inbound poll failed, retrying at the next poll", e);
        }
    }

    /** No new poll; returns at once. */
    @Override
    public void stopTaking() {
        stopping = true;
        timer.shutdown();
    }

    /** Stops polling and lets running passes finish until {@code deadline}, never interrupting them. */
    @Override
    public void stop(java.time.Instant deadline) {
        stopTaking();
        WorkerThreads.stop(timer, "inbound poll", deadline);
        WorkerThreads.stop(threads, "inbound worker", deadline);
    }
}
