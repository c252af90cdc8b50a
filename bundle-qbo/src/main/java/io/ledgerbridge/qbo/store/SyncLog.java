package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The per-attempt sync log: what was pushed, how it ended, what QuickBooks said, and the host's original values of
 * fields that were cut or cleaned to fit QuickBooks.
 */
public final class SyncLog {
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public SyncLog(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "write the sync log");
    }

    /**
     * One attempt.
     *
     * @param tenant the tenant
     * @param runId the run, or {@code null}
     * @param record the record
     * @param outcome CREATED, UPDATED, SKIPPED, FAILED, RETRY, WAITING
     * @param qboId QuickBooks' id, or {@code null}
     * @param message what happened, or {@code null}
     * @param faultCode QuickBooks' fault code, or {@code null}
     * @param intuitTid QuickBooks' transaction id, or {@code null}
     * @param originalValues JSON of the original values of adjusted fields, or {@code null}
     * @param totalDifference QuickBooks' total minus the host's, or {@code null}
     * @param at when
     */
    public void write(TenantId tenant, String runId, RecordRef record, String outcome, String qboId, String message,
            String faultCode, String intuitTid, String originalValues, String totalDifference, Instant at) {
        sql.update("INSERT INTO qbo_sync_log (tenant_id, run_id, record_type, host_record_id, outcome, qbo_id, message, "
                + "qbo_fault_code, intuit_tid, original_values, total_difference, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tenant.value(), runId, record.type().name(),
                record.hostId(), outcome, qboId, Jdbc.cut(message), faultCode, intuitTid, originalValues,
                totalDifference, at);
    }

    /**
     * One entry of the log.
     *
     * @param outcome how it ended
     * @param qboId QuickBooks' id
     * @param message the message
     * @param originalValues original values JSON
     * @param totalDifference total difference
     */
    public record Entry(String outcome, String qboId, String message, String originalValues, String totalDifference) {
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return its entries, newest first
     */
    public List<Entry> entries(TenantId tenant, RecordRef record) {
        return sql.query("SELECT outcome, qbo_id, message, original_values, total_difference FROM qbo_sync_log "
                + "WHERE tenant_id = ? AND record_type = ? AND host_record_id = ? ORDER BY id DESC",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return its newest entry
     */
    public java.util.Optional<Entry> latest(TenantId tenant, RecordRef record) {
        return sql.query("SELECT outcome, qbo_id, message, original_values, total_difference FROM qbo_sync_log "
                + "WHERE tenant_id = ? AND record_type = ? AND host_record_id = ? ORDER BY id DESC "
                + "FETCH FIRST 1 ROWS ONLY",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                tenant.value(), record.type().name(), record.hostId()).stream().findFirst();
    }

}
