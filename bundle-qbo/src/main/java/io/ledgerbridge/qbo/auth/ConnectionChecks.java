package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks each connected company once after the connector starts, so the Connection page says what QuickBooks says
 * now (a grant revoked or expired while the connector was down) instead of what was stored before. One check at a
 * time, {@code spacing} apart, least recently checked first: 10,000 companies at the default 100 ms take about 17
 * minutes and never more than one call pair at once, so neither QuickBooks nor Intuit's token endpoint sees a burst.
 * A company checked recently (by another node, or before a quick restart) is left out.
 */
public final class ConnectionChecks implements io.ledgerbridge.qbo.Stoppable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionChecks.class);

    private final ConnectionService connections;
    private final Duration spacing;
    private final Duration recent;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Deque<TenantId> due = new ArrayDeque<>();
    private ScheduledFuture<?> task;

    /**
     * @param connections the connection service (its Test connection is the check)
     * @param spacing the time between two checks
     * @param recent a company checked this recently is not checked again
     * @param clock the clock
     */
    public ConnectionChecks(ConnectionService connections, Duration spacing, Duration recent, Clock clock) {
        this.connections = connections;
        this.spacing = spacing;
        this.recent = recent;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ledgerbridge-connection-checks");
            t.setDaemon(true);
            return t;
        });
    }

    /** Lists the companies to check and starts checking them, one per {@code spacing}; returns at once. */
    public synchronized void start() {
        due.addAll(connections.toCheck(clock.instant().minus(recent)));
        if (due.isEmpty()) {
            return;
        }
        LOG.info("Checking the QuickBooks connection of {} companies, one every {} ms", due.size(),
                spacing.toMillis());
        // A fixed delay, not a rate: a slow check pushes the next one back instead of piling them up.
        task = timer.scheduleWithFixedDelay(this::checkNext, 0, Math.max(1, spacing.toMillis()),
                TimeUnit.MILLISECONDS);
    }

    /** @return how many companies are still to be checked */
    public synchronized int remaining() {
        return due.size();
    }

    private void checkNext() {
        TenantId tenant;
        synchronized (this) {
            tenant = due.poll();
            if (tenant == null) {
                task.cancel(false);
                return;
            }
        }
        try {
            ConnectionTest result = connections.test(tenant);
            if (!result.success()) {
                LOG.warn("QuickBooks connection of tenant {} failed its check on start: {}", tenant,
                        result.message());
            }
        } catch (RuntimeException e) {
            // One company's failure (a database hiccup) must not stop the others' checks.
            LOG.warn("Could not check the QuickBooks connection of tenant {}: {}", tenant, e.toString());
        }
    }

    /** No further check (the companies left are checked after the next start); returns at once. */
    @Override
    public void stopTaking() {
        timer.shutdown(); // cancels the periodic checks; the one running, if any, finishes (never interrupted)
    }

    @Override
    public void stop(java.time.Instant deadline) {
        stopTaking();
        io.ledgerbridge.qbo.sync.WorkerThreads.stop(timer, "connection check", deadline);
    }
}
