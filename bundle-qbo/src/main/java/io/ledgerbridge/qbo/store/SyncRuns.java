package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncError;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Sync history: one row per run with its trigger, times and counts, and the run's errors. Counts are bumped in
 * single statements, so several workers may report into one run.
 */
public final class SyncRuns {
    /** How a record's push ended, for the run's counts. */
    public enum Outcome { CREATED, UPDATED, SKIPPED, FAILED }

    private static final int MAX_ERRORS = 100;
    private static final String COLUMNS = "run_id, tenant_id, sync_trigger, state, started_at, ended_at, "
            + "created_count, updated_count, skipped_count, failed_count";

    /** How long event-driven pushes share one run unless configured ({@code event.run.window.minutes}). */
    public static final java.time.Duration DEFAULT_EVENT_WINDOW = java.time.Duration.ofMinutes(15);

    private final SqlRunner runner;
    private final java.time.Duration eventWindow;

    /** @param dataSource the connector's database (event runs grouped by {@link #DEFAULT_EVENT_WINDOW}) */
    public SyncRuns(DataSource dataSource) {
        this(dataSource, DEFAULT_EVENT_WINDOW);
    }

    /**
     * @param dataSource the connector's database
     * @param eventWindow how long a company's event-driven pushes share one run (whole seconds, at least one)
     */
    public SyncRuns(DataSource dataSource, java.time.Duration eventWindow) {
        this.runner = new SqlRunner(dataSource, "use the sync history");
        if (eventWindow.getSeconds() < 1) {
            throw new IllegalArgumentException("the event run window must be at least a second: " + eventWindow);
        }
        this.eventWindow = eventWindow;
    }

    /**
     * Starts a run; for {@link SyncTrigger#EVENT}, finds or starts the company's run of the current window instead
     * (see {@link #eventRun}), so the workers need not know about windows.
     *
     * @param tenant the tenant
     * @param trigger what started it
     * @param changedSince for Sync now and the schedule: the watermark it queued from, else {@code null}
     * @param at when it started
     * @return the run's id
     */
    public String start(TenantId tenant, SyncTrigger trigger, Instant changedSince, Instant at) {
        if (trigger == SyncTrigger.EVENT) {
            return eventRun(tenant, at);
        }
        String runId = UUID.randomUUID().toString();
        update("INSERT INTO qbo_sync_run (run_id, tenant_id, sync_trigger, state, started_at, changed_since, enqueued, "
                + "created_count, updated_count, skipped_count, failed_count, notified) "
                + "VALUES (?, ?, ?, 'RUNNING', ?, ?, FALSE, 0, 0, 0, 0, FALSE)",
                runId, tenant.value(), trigger.name(), at, changedSince);
        return runId;
    }

    /**
     * The run event-driven pushes of a company report into during the window that holds {@code at}: found, or
     * started (already counted as enqueued: it ends when its window has passed and its records are done). Windows
     * are aligned to the epoch, so every node agrees which window an instant is in; the unique index on
     * (tenant, window) makes two nodes starting it at once share one run.
     *
     * @param tenant the tenant
     * @param at now
     * @return the run's id
     */
    public String eventRun(TenantId tenant, Instant at) {
        long number = windowOf(at, eventWindow);
        for (int attempt = 0; attempt < 2; attempt++) {
            List<String[]> found = query("SELECT run_id, state FROM qbo_sync_run WHERE tenant_id = ? "
                    + "AND event_window = ?", rs -> new String[] {rs.getString(1), rs.getString(2)}, tenant.value(),
                    number);
            if (!found.isEmpty()) {
                if (!SyncRunState.RUNNING.name().equals(found.get(0)[1])) {
                    // Interrupted by a stop within its window: the window's later pushes carry on in it.
                    update("UPDATE qbo_sync_run SET state = 'RUNNING', ended_at = NULL WHERE run_id = ?",
                            found.get(0)[0]);
                }
                return found.get(0)[0];
            }
            String runId = UUID.randomUUID().toString();
            if (runner.insertIfAbsent("INSERT INTO qbo_sync_run (run_id, tenant_id, sync_trigger, state, started_at, "
                    + "changed_since, enqueued, created_count, updated_count, skipped_count, failed_count, notified, "
                    + "event_window) VALUES (?, ?, 'EVENT', 'RUNNING', ?, NULL, TRUE, 0, 0, 0, 0, FALSE, ?)",
                    runId, tenant.value(), at, number)) {
                return runId;
            }
        }
        throw new IllegalStateException("the event run of " + tenant + " for window " + number
                + " was neither found nor started");
    }

    /**
     * @param at an instant
     * @param window the window length
     * @return the number of the window holding it
     */
    public static long windowOf(Instant at, java.time.Duration window) {
        return Math.floorDiv(at.getEpochSecond(), Math.max(1, window.getSeconds()));
    }

    /**
     * @param now now
     * @return the tenants with a running event run whose window has passed (to be ended when their records are done)
     */
    public List<TenantId> withPassedEventWindows(Instant now) {
        return query("SELECT DISTINCT tenant_id FROM qbo_sync_run WHERE state = 'RUNNING' AND event_window < ?",
                rs -> TenantId.of(rs.getString(1)), windowOf(now, eventWindow));
    }

    /** @param runId a run whose records are all queued (it now counts as the last sync's watermark) */
    public void markEnqueued(String runId) {
        update("UPDATE qbo_sync_run SET enqueued = TRUE WHERE run_id = ?", runId);
    }

    /**
     * @param runId the run
     * @param outcome how one record ended
     */
    public void count(String runId, Outcome outcome) {
        String column = switch (outcome) {
            case CREATED -> "created_count";
            case UPDATED -> "updated_count";
            case SKIPPED -> "skipped_count";
            case FAILED -> "failed_count";
        };
        update("UPDATE qbo_sync_run SET " + column + " = " + column + " + 1 WHERE run_id = ?", runId);
    }

    /**
     * @param runId the run
     * @param tenant the tenant
     * @param record the record, or {@code null} for the run as a whole
     * @param message what happened
     * @param remedy what to do, or {@code null}
     * @param at when
     */
    public void addError(String runId, TenantId tenant, RecordRef record, String message, String remedy, Instant at) {
        update("INSERT INTO qbo_sync_error (run_id, tenant_id, record_type, host_record_id, message, remedy, "
                + "occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)", runId, tenant.value(),
                record == null ? null : record.type().name(), record == null ? null : record.hostId(),
                Jdbc.cut(message), Jdbc.cut(remedy), at);
    }

    /**
     * Ends a run that is still running.
     *
     * @param runId the run
     * @param state FINISHED or INTERRUPTED
     * @param at when
     * @return whether this call ended it (false when it had already ended)
     */
    public boolean finish(String runId, SyncRunState state, Instant at) {
        return update("UPDATE qbo_sync_run SET state = ?, ended_at = ? WHERE run_id = ? AND state = 'RUNNING'",
                state.name(), at, runId) > 0;
    }

    /**
     * Claims the right to send the run's failure digest, once.
     *
     * @param runId the run
     * @return whether the caller should send it
     */
    public boolean claimNotification(String runId) {
        return update("UPDATE qbo_sync_run SET notified = TRUE WHERE run_id = ? AND notified = FALSE", runId) > 0;
    }

    /**
     * @param tenant the tenant
     * @return the ids of its runs still running
     */
    public List<String> running(TenantId tenant) {
        return query("SELECT run_id FROM qbo_sync_run WHERE tenant_id = ? AND state = 'RUNNING'",
                rs -> rs.getString(1), tenant.value());
    }

    /**
     * @param tenant the tenant
     * @return the ids of its running runs whose records are all queued
     */
    public List<String> runningEnqueued(TenantId tenant) {
        return query("SELECT run_id FROM qbo_sync_run WHERE tenant_id = ? AND state = 'RUNNING' AND enqueued = TRUE",
                rs -> rs.getString(1), tenant.value());
    }

    /**
     * @param tenant the tenant
     * @param now now
     * @return the ids of its running runs whose records are all queued, but not event runs whose window is still
     *         open (more pushes may report into them)
     */
    public List<String> runningEnqueued(TenantId tenant, Instant now) {
        return query("SELECT run_id FROM qbo_sync_run WHERE tenant_id = ? AND state = 'RUNNING' AND enqueued = TRUE "
                + "AND (event_window IS NULL OR event_window < ?)", rs -> rs.getString(1), tenant.value(),
                windowOf(now, eventWindow));
    }

    /**
     * @param tenant the tenant
     * @return when the last Sync now or scheduled run that queued everything started: the next one's watermark
     */
    public Optional<Instant> lastSyncStart(TenantId tenant) {
        List<Instant> r = query("SELECT MAX(started_at) FROM qbo_sync_run WHERE tenant_id = ? AND enqueued = TRUE "
                + "AND sync_trigger IN ('SYNC_NOW', 'SCHEDULE')", rs -> Jdbc.instant(rs.getTimestamp(1)),
                tenant.value());
        return r.isEmpty() ? Optional.empty() : Optional.ofNullable(r.get(0));
    }

    /**
     * @param tenant the tenant
     * @param runId the run
     * @return the run with its errors
     */
    public Optional<SyncRun> find(TenantId tenant, String runId) {
        List<SyncRun> runs = query("SELECT " + COLUMNS + " FROM qbo_sync_run WHERE tenant_id = ? AND run_id = ?",
                this::run, tenant.value(), runId);
        return runs.stream().findFirst();
    }

    /**
     * @param tenant the tenant
     * @param limit at most this many
     * @return the newest runs first
     */
    public List<SyncRun> recent(TenantId tenant, int limit) {
        return query("SELECT " + COLUMNS + " FROM qbo_sync_run WHERE tenant_id = ? ORDER BY started_at DESC "
                + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", this::run, tenant.value());
    }

    private SyncRun run(ResultSet rs) throws SQLException {
        String runId = rs.getString(1);
        TenantId tenant = TenantId.of(rs.getString(2));
        return new SyncRun(runId, tenant, SyncTrigger.valueOf(rs.getString(3)), SyncRunState.valueOf(rs.getString(4)),
                Jdbc.instant(rs.getTimestamp(5)), Jdbc.instant(rs.getTimestamp(6)), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), errors(runId));
    }

    private List<SyncError> errors(String runId) {
        return query("SELECT record_type, host_record_id, message, remedy, occurred_at FROM qbo_sync_error "
                + "WHERE run_id = ? ORDER BY id DESC FETCH FIRST " + MAX_ERRORS + " ROWS ONLY", rs -> {
                    String type = rs.getString(1);
                    RecordRef ref = type == null ? null : RecordRef.of(RecordType.valueOf(type), rs.getString(2));
                    return new SyncError(ref, rs.getString(3), rs.getString(4), Jdbc.instant(rs.getTimestamp(5)));
                }, runId);
    }


    private int update(String sql, Object... args) {
        return runner.update(sql, args);
    }

    private <T> List<T> query(String sql, SqlRunner.RowReader<T> reader, Object... args) {
        return runner.query(sql, reader, args);
    }
}
