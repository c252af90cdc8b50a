package io.ledgerbridge.qbo.housekeeping;

import io.ledgerbridge.qbo.store.HousekeepingLease;
import io.ledgerbridge.qbo.store.NodeRegistry;
import io.ledgerbridge.qbo.store.RetentionStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector's housekeeping timer: one daemon thread that wakes every few hours (doing nothing in between),
 * refreshes this node's row in the node registry and runs the retention when it is due cluster-wide. Stopping never
 * interrupts it (an interrupt closes H2 for every thread): it finishes its batch and ends.
 */
public final class HousekeepingModule implements io.ledgerbridge.qbo.Stoppable {
    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingModule.class);
    /** Rows per delete statement. */
    public static final int BATCH = 1_000;
    private static final Duration TICK = Duration.ofHours(4);
    private static final Duration DAY = Duration.ofDays(1);

    private final NodeRegistry nodes;
    private final RetentionJob retention;
    private final String node;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ledgerbridge-qbo-housekeeping");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param dataSource the connector's database
     * @param retentionPeriod how long history is kept ({@link Duration#ZERO}: for ever)
     * @param node this node
     */
    public HousekeepingModule(DataSource dataSource, Duration retentionPeriod, String node) {
        this.nodes = new NodeRegistry(dataSource);
        this.node = node;
        this.retention = new RetentionJob(new HousekeepingLease(dataSource), new RetentionStore(dataSource, BATCH),
                retentionPeriod, DAY, node, stopping::get);
    }

    /** Starts the timer: the first tick a few minutes after start (not in the way of starting), then every 4 hours. */
    public void start() {
        long firstSeconds = Duration.ofMinutes(5).toSeconds() + ThreadLocalRandom.current().nextLong(600);
        timer.scheduleWithFixedDelay(this::tick, firstSeconds, TICK.toSeconds(), TimeUnit.SECONDS);
    }

    /** One wake-up: this node's sign of life, then retention when due; a failure is logged and the timer goes on. */
    void tick() {
        try {
            nodes.touch(node);
            retention.runIfDue().ifPresent(HousekeepingModule::report);
        } catch (RuntimeException | Error e) {
            // A failed tick must not end the timer (a scheduled task that throws is never run again): log, go on.
            LOG.warn("Housekeeping (retention) failed, retried at the next tick in {} hours: {}", TICK.toHours(),
                    e.toString());
        }
    }

    private static void report(Map<String, Integer> deleted) {
        int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
        LOG.info("Retention deleted {} rows of history older than retention.days: {}", total, deleted);
    }

    /** No new run, and a run in progress ends after its current batch; returns at once. */
    @Override
    public void stopTaking() {
        stopping.set(true);
        timer.shutdown();
    }

    @Override
    public void stop(java.time.Instant deadline) {
        stopTaking();
        io.ledgerbridge.qbo.sync.WorkerThreads.stop(timer, "housekeeping", deadline);
    }
}
