package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Where each company's change-data-capture catch-up stands, and what it needs to know about the company: when it
 * was (re)connected (a catch-up runs right after) and which QuickBooks records are linked (a full reconcile reads
 * them when the gap is older than QuickBooks' CDC lookback).
 */
public final class CdcWatermarks {
    /** Companies due by {@code next_due_at} (its index), and those (re)connected since a horizon (connected_at's). */
    static final String DUE_QUERY = "SELECT w.tenant_id FROM qbo_cdc_watermark w JOIN qbo_connection c "
            + "ON c.tenant_id = w.tenant_id WHERE w.next_due_at <= ? AND c.state = 'CONNECTED' "
            + "UNION SELECT c.tenant_id FROM qbo_connection c LEFT JOIN qbo_cdc_watermark w "
            + "ON w.tenant_id = c.tenant_id WHERE c.connected_at >= ? AND c.state = 'CONNECTED' "
            + "AND (w.tenant_id IS NULL OR w.polled_at < c.connected_at)";
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
     * @param nextDueAt when the next catch-up is due
     */
    public void save(TenantId tenant, String realmId, Instant changedSince, Instant polledAt, Instant nextDueAt) {
        if (sql.update("UPDATE qbo_cdc_watermark SET qbo_realm_id = ?, changed_since = ?, polled_at = ?, "
                + "next_due_at = ? WHERE tenant_id = ?", realmId, changedSince, polledAt, nextDueAt, tenant.value()) == 0
                && !sql.insertIfAbsent("INSERT INTO qbo_cdc_watermark (tenant_id, qbo_realm_id, changed_since, "
                        + "polled_at, next_due_at) VALUES (?, ?, ?, ?, ?)", tenant.value(), realmId, changedSince,
                        polledAt, nextDueAt)) {
            save(tenant, realmId, changedSince, polledAt, nextDueAt); // another writer inserted first: update theirs
        }
    }

    /**
     * Moves a company's next catch-up to {@code nextDueAt} without moving its window (a catch-up that could not run
     * here: sync switched off, the company not reachable); nothing when it never completed one.
     *
     * @param tenant the tenant
     * @param nextDueAt when to try again
     */
    public void postpone(TenantId tenant, Instant nextDueAt) {
        sql.update("UPDATE qbo_cdc_watermark SET next_due_at = ? WHERE tenant_id = ?", nextDueAt, tenant.value());
    }

    /**
     * The connected companies whose catch-up is due, in one statement read through indexes: those whose
     * {@code next_due_at} has passed, and those (re)connected at or after {@code connectedSince} that have not been
     * caught up since. Idle companies cost nothing here, however many there are.
     *
     * @param now the time
     * @param connectedSince how far back to look for (re)connections ({@link Instant#EPOCH}: every connection)
     * @return the tenants
     */
    public Set<TenantId> dueForCatchUp(Instant now, Instant connectedSince) {
        return new LinkedHashSet<>(sql.query(DUE_QUERY, rs -> TenantId.of(rs.getString(1)), now, connectedSince));
    }

    /**
     * @param tenant the tenant
     * @return when the tenant last connected or reconnected a company, if it is connected
     */
    public Optional<Instant> connectedAt(TenantId tenant) {
        return sql.query("SELECT connected_at FROM qbo_connection WHERE tenant_id = ? AND state = 'CONNECTED'",
                rs -> Jdbc.instant(rs.getTimestamp(1)), tenant.value()).stream().filter(i -> i != null).findFirst();
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
