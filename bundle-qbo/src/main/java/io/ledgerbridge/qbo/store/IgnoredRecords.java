package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Failures an administrator chose to ignore, and when: a sweep (Sync now, the schedule) leaves such a record alone
 * until the host changed it after that moment.
 */
public final class IgnoredRecords {
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public IgnoredRecords(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "keep the ignored sync errors");
    }

    /**
     * @param tenant the tenant
     * @param record the record whose failure was ignored
     * @param at when
     */
    public void ignore(TenantId tenant, RecordRef record, Instant at) {
        forget(tenant, record);
        sql.insertIfAbsent("INSERT INTO qbo_ignored (tenant_id, record_type, host_record_id, ignored_at) "
                + "VALUES (?, ?, ?, ?)", tenant.value(), record.type().name(), record.hostId(), at);
    }

    /**
     * @param tenant the tenant
     * @param record a record pushed again on purpose (Sync again) or changed since: no longer ignored
     */
    public void forget(TenantId tenant, RecordRef record) {
        sql.update("DELETE FROM qbo_ignored WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?",
                tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * @param tenant the tenant
     * @return its ignored records, with when each was ignored
     */
    public Map<RecordRef, Instant> all(TenantId tenant) {
        Map<RecordRef, Instant> out = new HashMap<>();
        sql.query("SELECT record_type, host_record_id, ignored_at FROM qbo_ignored WHERE tenant_id = ?",
                rs -> out.put(RecordRef.of(RecordType.valueOf(rs.getString(1)), rs.getString(2)),
                        Jdbc.instant(rs.getTimestamp(3))), tenant.value());
        return out;
    }
}
