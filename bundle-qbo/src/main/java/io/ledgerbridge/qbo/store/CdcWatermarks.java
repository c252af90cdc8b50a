package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where each company's change-data-capture catch-up stands, and what it needs to know about the company: when it
 * was (re)connected (a catch-up runs right after) and which QuickBooks records are linked (a full reconcile reads
 * them when the gap is older than QuickBooks' CDC lookback).
 */
public final class CdcWatermarks {
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public CdcWatermarks(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "use the change-data-capture watermark");
    }

    /**
     * @param tenant the tenant
     * @return its watermark, if a catch-up ever completed
     */
    public Optional<Watermark> find(TenantId tenant) {
        return sql.query("SELECT qbo_realm_id, changed_since, polled_at FROM qbo_cdc_watermark WHERE tenant_id = ?",
                rs -> new Watermark(rs.getString(1), Jdbc.instant(rs.getTimestamp(2)),
                        Jdbc.instant(rs.getTimestamp(3))), tenant.value()).stream().findFirst();
    }

    /**
     * Saves where the next window starts; called only after the window's changes are stored.
     *
     * @param tenant the tenant
     * @param realmId its company
     * @param changedSince QuickBooks' time the completed window ended at
     * @param polledAt this node's time of the poll
     */
    public void save(TenantId tenant, String realmId, Instant changedSince, Instant polledAt) {
        if (sql.update("UPDATE qbo_cdc_watermark SET qbo_realm_id = ?, changed_since = ?, polled_at = ? "
                + "WHERE tenant_id = ?", realmId, changedSince, polledAt, tenant.value()) == 0
                && !sql.insertIfAbsent("INSERT INTO qbo_cdc_watermark (tenant_id, qbo_realm_id, changed_since, "
                        + "polled_at) VALUES (?, ?, ?, ?)", tenant.value(), realmId, changedSince, polledAt)) {
            save(tenant, realmId, changedSince, polledAt); // another writer inserted first: update theirs
        }
    }

    /**
     * @param tenant the tenant
     * @return when the tenant last connected or reconnected a company, if it is connected
     */
    public Optional<Instant> connectedAt(TenantId tenant) {
        return sql.query("SELECT connected_at FROM qbo_connection WHERE tenant_id = ? AND state = 'CONNECTED'",
                rs -> Jdbc.instant(rs.getTimestamp(1)), tenant.value()).stream().filter(i -> i != null).findFirst();
    }

    /** @return the tenants with a connected company */
    public List<TenantId> connectedTenants() {
        return sql.query("SELECT tenant_id FROM qbo_connection WHERE state = 'CONNECTED'",
                rs -> TenantId.of(rs.getString(1)));
    }

    /**
     * @param tenant the tenant
     * @param realmId the company
     * @param type a host record type
     * @return the QuickBooks ids of that company linked to records of that type (broken links excluded)
     */
    public List<String> linkedQboIds(TenantId tenant, String realmId, RecordType type) {
        return sql.query("SELECT qbo_id FROM qbo_link WHERE tenant_id = ? AND qbo_realm_id = ? AND record_type = ? "
                + "AND qbo_id IS NOT NULL AND broken = FALSE ORDER BY qbo_id", rs -> rs.getString(1), tenant.value(),
                realmId, type.name());
    }

    /**
     * @param realmId the company the window read
     * @param changedSince where the next window starts
     * @param polledAt when the last catch-up completed
     */
    public record Watermark(String realmId, Instant changedSince, Instant polledAt) {
    }
}
