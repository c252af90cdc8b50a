package io.ledgerbridge.qbo.housekeeping;

import io.ledgerbridge.qbo.store.HousekeepingLease;
import io.ledgerbridge.qbo.store.RetentionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Deletes history older than {@code retention.days}, about once a day across all nodes: whichever node's timer finds
 * the task due takes its lease (database time), deletes batch by batch, renews the lease between batches, and records
 * completion. A stop or a lost lease ends it between batches; the next run goes on from there.
 */
public final class RetentionJob {
    /** The task's name in the housekeeping table. */
    public static final String TASK = "retention";
    private static final Duration LEASE = Duration.ofMinutes(15);

    private final HousekeepingLease lease;
    private final RetentionStore store;
    private final Duration retention;
    private final Duration every;
    private final String node;
    private final BooleanSupplier stopping;

    /**
     * @param lease the housekeeping lease
     * @param store the deletions
     * @param retention how long history is kept ({@link Duration#ZERO}: for ever, nothing is deleted)
     * @param every how often the task runs, cluster-wide (a day in production)
     * @param node this node
     * @param stopping whether the connector is stopping (checked between batches)
     */
    public RetentionJob(HousekeepingLease lease, RetentionStore store, Duration retention, Duration every, String node,
            BooleanSupplier stopping) {
        this.lease = lease;
        this.store = store;
        this.retention = retention;
        this.every = every;
        this.node = node;
        this.stopping = stopping;
    }

    /**
     * Runs when due and no other node runs it.
     *
     * @return rows deleted per kind of history, when this node ran it; empty when not due, kept for ever, or another
     *         node holds the lease
     */
    public Optional<Map<String, Integer>> runIfDue() {
        if (retention.isZero()) {
            return Optional.empty();
        }
        Optional<Instant> taken = lease.tryTake(TASK, node, every, LEASE);
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        Instant cutoff = taken.get().minus(retention);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        boolean completed = false;
        try {
            completed = deleteAll(cutoff, deleted);
        } finally {
            lease.release(TASK, node, completed);
        }
        return Optional.of(deleted);
    }

    private boolean deleteAll(Instant cutoff, Map<String, Integer> deleted) {
        for (RetentionStore.Step step : store.steps()) {
            int batch;
            do {
                if (stopping.getAsBoolean() || !lease.renew(TASK, node, LEASE)) {
                    return false;
                }
                batch = step.deleteBatch(cutoff);
                deleted.merge(step.name(), batch, Integer::sum);
            } while (batch >= store.batchSize());
        }
        return true;
    }
}
