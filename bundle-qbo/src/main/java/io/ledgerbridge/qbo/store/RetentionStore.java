package io.ledgerbridge.qbo.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Deletes history older than the retention, in small batches: each call of {@link Step#deleteBatch} removes at most
 * {@code batchSize} rows in one statement (its own transaction), so no lock is held long and a stop loses nothing.
 * What is still needed is never deleted: open conflicts, pending or parked inbox rows, unfinished runs and imports,
 * runs with queued changes, each tenant's latest run and import, an import's unresolved ambiguous matches, and each
 * record's latest sync log entry (the record status page reads it).
 */
public final class RetentionStore {
    /**
     * Done inbox rows are how a late repeat of a webhook or CDC change is recognised; they stay at least this long
     * whatever the retention (the inbound engine's own pruning keeps them as long).
     */
    public static final Duration KEEP_DONE_INBOX = Duration.ofDays(35);

    private static final String RUN_PRUNABLE = "r.ended_at IS NOT NULL AND r.ended_at < ? "
            + "AND r.started_at < (SELECT MAX(m.started_at) FROM qbo_sync_run m WHERE m.tenant_id = r.tenant_id) "
            + "AND NOT EXISTS (SELECT 1 FROM qbo_outbox o WHERE o.run_id = r.run_id)";
    private static final String IMPORT_PRUNABLE = "i.ended_at IS NOT NULL AND i.ended_at < ? AND i.state <> 'RUNNING' "
            + "AND i.started_at < (SELECT MAX(m.started_at) FROM qbo_import m WHERE m.tenant_id = i.tenant_id) "
            + "AND NOT EXISTS (SELECT 1 FROM qbo_import_active a WHERE a.import_id = i.import_id) "
            + "AND NOT EXISTS (SELECT 1 FROM qbo_import_ambiguous u WHERE u.import_id = i.import_id "
            + "AND u.resolved_host_id IS NULL)";

    private final SqlRunner sql;
    private final int batchSize;

    /**
     * @param dataSource the connector's database
     * @param batchSize rows per statement (1,000 in production)
     */
    public RetentionStore(DataSource dataSource, int batchSize) {
        this.sql = new SqlRunner(dataSource, "delete old history");
        this.batchSize = batchSize;
    }

    /** @return rows per statement */
    public int batchSize() {
        return batchSize;
    }

    /** One kind of history, deleted a batch at a time (children before their parents). */
    public interface Step {
        /** @return what it deletes, for the log */
        String name();

        /**
         * @param cutoff rows older than this (database time) may go
         * @return how many rows this batch deleted (fewer than the batch size: nothing of the kind is left)
         */
        int deleteBatch(Instant cutoff);
    }

    /** @return the steps in a safe order: a run's errors before the run, an import's details before the import */
    public List<Step> steps() {
        return List.of(
                step("sync log entries", "DELETE FROM qbo_sync_log WHERE id IN (SELECT l.id FROM qbo_sync_log l "
                        + "WHERE l.occurred_at < ? AND EXISTS (SELECT 1 FROM qbo_sync_log n WHERE n.tenant_id = "
                        + "l.tenant_id AND n.record_type = l.record_type AND n.host_record_id = l.host_record_id "
                        + "AND n.id > l.id) ORDER BY l.id" + limit() + ")"),
                step("sync errors", "DELETE FROM qbo_sync_error WHERE id IN (SELECT e.id FROM qbo_sync_error e "
                        + "JOIN qbo_sync_run r ON r.run_id = e.run_id WHERE " + RUN_PRUNABLE + " ORDER BY e.id"
                        + limit() + ")"),
                step("sync runs", "DELETE FROM qbo_sync_run WHERE run_id IN (SELECT r.run_id FROM qbo_sync_run r "
                        + "WHERE " + RUN_PRUNABLE + " AND NOT EXISTS (SELECT 1 FROM qbo_sync_error e "
                        + "WHERE e.run_id = r.run_id) ORDER BY r.run_id" + limit() + ")"),
                step("resolved conflicts", "DELETE FROM qbo_conflict WHERE conflict_id IN (SELECT c.conflict_id "
                        + "FROM qbo_conflict c WHERE c.resolution IS NOT NULL AND c.open_record IS NULL "
                        + "AND c.resolved_at < ? ORDER BY c.conflict_id" + limit() + ")"),
                new Step() {
                    @Override
                    public String name() {
                        return "processed QuickBooks changes";
                    }

                    @Override
                    public int deleteBatch(Instant cutoff) {
                        Instant keepDone = sql.databaseNow().minus(KEEP_DONE_INBOX);
                        Instant done = cutoff.isBefore(keepDone) ? cutoff : keepDone;
                        return sql.update("DELETE FROM qbo_inbox WHERE id IN (SELECT b.id FROM qbo_inbox b WHERE "
                                + "(b.state = 'DONE' AND b.done_at < ?) OR (b.state = 'FAILED' AND b.received_at < ?) "
                                + "ORDER BY b.id" + limit() + ")", done, cutoff);
                    }
                },
                step("import errors", "DELETE FROM qbo_import_error WHERE id IN (SELECT x.id FROM qbo_import_error x "
                        + "JOIN qbo_import i ON i.import_id = x.import_id WHERE " + IMPORT_PRUNABLE + " ORDER BY x.id"
                        + limit() + ")"),
                step("import matches", "DELETE FROM qbo_import_ambiguous WHERE (import_id, qbo_id) IN (SELECT "
                        + "x.import_id, x.qbo_id FROM qbo_import_ambiguous x JOIN qbo_import i ON i.import_id = "
                        + "x.import_id WHERE " + IMPORT_PRUNABLE + " ORDER BY x.import_id, x.qbo_id" + limit() + ")"),
                step("import progress", "DELETE FROM qbo_import_progress WHERE (import_id, kind) IN (SELECT "
                        + "x.import_id, x.kind FROM qbo_import_progress x JOIN qbo_import i ON i.import_id = "
                        + "x.import_id WHERE " + IMPORT_PRUNABLE + " ORDER BY x.import_id, x.kind" + limit() + ")"),
                step("imports", "DELETE FROM qbo_import WHERE import_id IN (SELECT i.import_id FROM qbo_import i "
                        + "WHERE " + IMPORT_PRUNABLE
                        + " AND NOT EXISTS (SELECT 1 FROM qbo_import_error x WHERE x.import_id = i.import_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM qbo_import_ambiguous x WHERE x.import_id = i.import_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM qbo_import_progress x WHERE x.import_id = i.import_id)"
                        + " ORDER BY i.import_id" + limit() + ")"));
    }

    private String limit() {
        return " FETCH FIRST " + batchSize + " ROWS ONLY";
    }

    private Step step(String name, String statement) {
        return new Step() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int deleteBatch(Instant cutoff) {
                return sql.update(statement, cutoff);
            }
        };
    }
}
