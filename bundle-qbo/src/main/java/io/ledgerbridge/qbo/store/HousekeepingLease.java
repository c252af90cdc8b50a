package io.ledgerbridge.qbo.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The lease of a cluster-wide housekeeping task (such as retention): one node at a time runs it, about once per period
 * whichever node that is. Every time here is the database's ({@code CURRENT_TIMESTAMP}), never a node's clock, so
 * nodes whose clocks disagree still agree on who holds the lease and when the task last ran.
 */
public final class HousekeepingLease {
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public HousekeepingLease(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "take a housekeeping lease");
    }

    /** @return the database's current time */
    public Instant databaseNow() {
        return sql.databaseNow();
    }

    /**
     * Takes the task's lease when its last run completed at least {@code every} ago and no other node holds it.
     *
     * @param task the task's name
     * @param node this node
     * @param every how often the task runs
     * @param ttl how long the lease lasts without renewal (a node that dies mid-run frees it after this)
     * @return the database's time at taking, when this node holds the lease now; empty when the task is not due or
     *         another node holds it
     */
    public Optional<Instant> tryTake(String task, String node, Duration every, Duration ttl) {
        sql.insertIfAbsent("INSERT INTO qbo_housekeeping (task, holder, lease_until, last_done_at) "
                + "VALUES (?, NULL, ?, NULL)", task, Instant.EPOCH);
        Instant now = databaseNow();
        int taken = sql.update("UPDATE qbo_housekeeping SET holder = ?, lease_until = ? WHERE task = ? "
                + "AND (lease_until < ? OR holder = ?) AND (last_done_at IS NULL OR last_done_at <= ?)",
                node, now.plus(ttl), task, now, node, now.minus(every));
        return taken > 0 ? Optional.of(now) : Optional.empty();
    }

    /**
     * Extends the lease while the task works.
     *
     * @param task the task
     * @param node this node
     * @param ttl how long from now
     * @return whether this node still holds it (false: it expired and another node took it; stop)
     */
    public boolean renew(String task, String node, Duration ttl) {
        Instant now = databaseNow();
        return sql.update("UPDATE qbo_housekeeping SET lease_until = ? WHERE task = ? AND holder = ? "
                + "AND lease_until >= ?", now.plus(ttl), task, node, now) > 0;
    }

    /**
     * Ends the lease; when the task completed, records it so the next run is a period later.
     *
     * @param task the task
     * @param node this node
     * @param completed whether the task ran to its end
     */
    public void release(String task, String node, boolean completed) {
        Instant now = databaseNow();
        sql.update("UPDATE qbo_housekeeping SET holder = NULL, lease_until = ?"
                + (completed ? ", last_done_at = ?" : "") + " WHERE task = ? AND holder = ?",
                completed ? new Object[] {Instant.EPOCH, now, task, node} : new Object[] {Instant.EPOCH, task, node});
    }

    /**
     * @param task the task
     * @return when it last completed (database time), if ever
     */
    public Optional<Instant> lastDone(String task) {
        return sql.query("SELECT last_done_at FROM qbo_housekeeping WHERE task = ?",
                rs -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant), task)
                .stream().findFirst().flatMap(o -> o);
    }
}
