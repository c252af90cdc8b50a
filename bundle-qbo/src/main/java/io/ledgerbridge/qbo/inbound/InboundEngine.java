package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.CdcWatermarks;
import io.ledgerbridge.qbo.store.Inbox;
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
 * Drives the inbound side: every poll it starts the change-data-capture catch-ups that are due and works each
 * company with due inbox changes, on its own threads (one per company at a time on this node; the company lease keeps
 * other nodes out). Done changes are forgotten once they are older than any retry Intuit still makes.
 */
public final class InboundEngine implements AutoCloseable {
    /** Longer than Intuit retries a webhook and than the CDC lookback, so a late repeat is still recognised. */
    static final Duration KEEP_DONE = Duration.ofDays(35);
    private static final Logger LOG = LoggerFactory.getLogger(InboundEngine.class);

    private final Inbox inbox;
    private final InboxWorker worker;
    private final CdcCatchUp cdc;
    private final CdcWatermarks watermarks;
    private final Clock clock;
    private final Duration poll;
    private final ExecutorService threads;
    private final ScheduledExecutorService timer;
    private final Set<TenantId> busy = ConcurrentHashMap.newKeySet();
    private volatile Instant lastPrune = Instant.EPOCH;
    private final Runnable pollDone;

    /**
     * @param inbox the inbox
     * @param worker works a company's inbox
     * @param cdc catches a company up
     * @param watermarks the connected companies
     * @param clock the clock
     * @param threads threads shared by all companies
     * @param poll how often to look for work
     */
    public InboundEngine(Inbox inbox, InboxWorker worker, CdcCatchUp cdc, CdcWatermarks watermarks, Clock clock,
            int threads, Duration poll) {
        this(inbox, worker, cdc, watermarks, clock, threads, poll, () -> { });
    }

    /**
     * @param inbox the inbox
     * @param worker works a company's inbox
     * @param cdc catches a company up
     * @param watermarks the connected companies
     * @param clock the clock
     * @param threads threads shared by all companies
     * @param poll how often to look for work
     * @param pollDone runs after each completed poll (health's heartbeat)
     */
    public InboundEngine(Inbox inbox, InboxWorker worker, CdcCatchUp cdc, CdcWatermarks watermarks, Clock clock,
            int threads, Duration poll, Runnable pollDone) {
        this.pollDone = pollDone;
        this.inbox = inbox;
        this.worker = worker;
        this.cdc = cdc;
        this.watermarks = watermarks;
        this.clock = clock;
        this.poll = poll;
        this.threads = Executors.newFixedThreadPool(threads, r -> daemon(r, "ledgerbridge-qbo-inbound"));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ledgerbridge-qbo-inbound-poll"));
    }

    /** Starts polling. */
    public void start() {
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One poll: hands each company with due catch-up or inbox work to a thread. */
    public void poll() {
        Instant now = clock.instant();
        Set<TenantId> tenants = new java.util.LinkedHashSet<>(inbox.tenantsWithDueWork(now));
        for (TenantId t : watermarks.connectedTenants()) {
            if (cdc.due(t, now)) {
                tenants.add(t);
            }
        }
        for (TenantId tenant : tenants) {
            if (busy.add(tenant)) {
                threads.execute(() -> {
                    try {
                        pass(tenant);
                    } catch (RuntimeException e) {
                        // QuickBooks or the database failed mid-pass: the changes stay in the inbox, the watermark
                        // where it was; the next poll goes on.
                        LOG.warn("QuickBooks inbound pass of {} stopped, retried at the next poll: {}", tenant,
                                e.toString());
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
            for (TenantId t : watermarks.connectedTenants()) {
                if (cdc.due(t, now)) {
                    cdc.catchUp(t);
                }
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

    private void pass(TenantId tenant) {
        if (cdc.due(tenant, clock.instant())) {
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
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
