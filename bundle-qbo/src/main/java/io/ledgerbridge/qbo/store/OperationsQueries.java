package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The aggregate reads of health checks, metrics and consoles: each one statement over all tenants, grouped in the
 * database, so 10,000 tenants cost one query, not 10,000. Reads only.
 */
public final class OperationsQueries {
    /** What a sync log outcome of a pushed record is. */
    private static final String PUSHED = "('CREATED', 'UPDATED')";
    private static final String FIGURES = "SELECT t.tenant_id, c.state, c.company_name, c.qbo_realm_id, s.enabled, "
            + "o.waiting, o.failed, o.held, o.oldest_due, i.depth, k.open_conflicts, g.pushed, g.failed, l.holder "
            + "FROM (SELECT tenant_id FROM qbo_connection UNION SELECT tenant_id FROM qbo_settings) t "
            + "LEFT JOIN qbo_connection c ON c.tenant_id = t.tenant_id "
            + "LEFT JOIN qbo_settings s ON s.tenant_id = t.tenant_id "
            + "LEFT JOIN (SELECT tenant_id, SUM(CASE WHEN state = 'PENDING' THEN 1 ELSE 0 END) AS waiting, "
            + "  SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END) AS failed, "
            + "  SUM(CASE WHEN state = '" + Outbox.CONFLICT + "' THEN 1 ELSE 0 END) AS held, "
            + "  MIN(CASE WHEN state = 'PENDING' AND due_at <= ? THEN due_at END) AS oldest_due "
            + "  FROM qbo_outbox GROUP BY tenant_id) o ON o.tenant_id = t.tenant_id "
            + "LEFT JOIN (SELECT tenant_id, COUNT(*) AS depth FROM qbo_inbox WHERE state = 'PENDING' "
            + "  GROUP BY tenant_id) i ON i.tenant_id = t.tenant_id "
            + "LEFT JOIN (SELECT tenant_id, COUNT(*) AS open_conflicts FROM qbo_conflict WHERE resolution IS NULL "
            + "  GROUP BY tenant_id) k ON k.tenant_id = t.tenant_id "
            + "LEFT JOIN (SELECT tenant_id, SUM(CASE WHEN outcome IN " + PUSHED + " THEN 1 ELSE 0 END) AS pushed, "
            + "  SUM(CASE WHEN outcome = 'FAILED' THEN 1 ELSE 0 END) AS failed FROM qbo_sync_log "
            + "  WHERE occurred_at >= ? GROUP BY tenant_id) g ON g.tenant_id = t.tenant_id "
            + "LEFT JOIN qbo_company_lease l ON l.tenant_id = t.tenant_id AND l.lease_until > ? "
            + "WHERE t.tenant_id LIKE ? ESCAPE '!' ORDER BY t.tenant_id FETCH FIRST ? ROWS ONLY";

    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public OperationsQueries(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "read the connector's figures");
    }

    /**
     * Checks that the database answers.
     *
     * @return how long the round trip took
     * @throws io.ledgerbridge.api.LedgerBridgeException when it does not
     */
    public Duration ping() {
        long start = System.nanoTime();
        sql.query("SELECT COUNT(*) FROM qbo_schema_history", rs -> rs.getInt(1));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * For metrics of calls, which name only the company.
     *
     * @param realmId a QuickBooks company id
     * @return the tenant connected to it (or to reconnect it), if any
     */
    public Optional<TenantId> tenantOfRealm(String realmId) {
        return sql.query("SELECT tenant_id FROM qbo_connection WHERE qbo_realm_id = ? AND state <> 'DISCONNECTED'",
                rs -> TenantId.of(rs.getString(1)), realmId).stream().findFirst();
    }

    /**
     * Every tenant's figures in one statement.
     *
     * @param now the time (what is due; the last hour; live leases)
     * @param tenantPrefix only tenants whose id starts with this; empty for all
     * @param limit at most this many tenants
     * @return the figures, ordered by tenant id
     */
    public List<CompanyFigures> figures(Instant now, String tenantPrefix, int limit) {
        return sql.query(FIGURES, OperationsQueries::figures, now, now.minus(Duration.ofHours(1)), now,
                escape(tenantPrefix == null ? "" : tenantPrefix) + "%", limit);
    }

    /**
     * @param now the time
     * @param tenant a tenant
     * @return its figures, if the connector knows the tenant
     */
    public Optional<CompanyFigures> figures(Instant now, TenantId tenant) {
        return sql.query(FIGURES, OperationsQueries::figures, now, now.minus(Duration.ofHours(1)), now,
                escape(tenant.value()), 1).stream().findFirst();
    }

    /** @return tenants by connection state */
    public Map<ConnectionState, Integer> connectionCounts() {
        Map<ConnectionState, Integer> counts = new EnumMap<>(ConnectionState.class);
        sql.query("SELECT state, COUNT(*) FROM qbo_connection GROUP BY state",
                rs -> counts.put(ConnectionState.valueOf(rs.getString(1)), rs.getInt(2)));
        return counts;
    }

    /**
     * @param tokensBefore a token expiring before this is reported
     * @param limit at most this many
     * @return connections that need an administrator: reconnect required, or a connected company whose refresh
     *         token expires before {@code tokensBefore}; reconnects first
     */
    public List<ConnectionProblem> connectionProblems(Instant tokensBefore, int limit) {
        return sql.query("SELECT c.tenant_id, c.state, c.message, c.remedy, t.refresh_idle_expires_at, "
                + "t.refresh_hard_expires_at FROM qbo_connection c LEFT JOIN qbo_token t ON t.tenant_id = c.tenant_id "
                + "WHERE c.state = 'RECONNECT_REQUIRED' OR (c.state = 'CONNECTED' AND "
                + "(t.refresh_hard_expires_at < ? OR t.refresh_idle_expires_at < ?)) "
                + "ORDER BY c.state DESC, c.tenant_id FETCH FIRST ? ROWS ONLY",
                rs -> new ConnectionProblem(TenantId.of(rs.getString(1)), ConnectionState.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), earliest(Jdbc.instant(rs.getTimestamp(5)),
                                Jdbc.instant(rs.getTimestamp(6)))), tokensBefore, tokensBefore, limit);
    }

    /**
     * @param dueBefore rows due before this count
     * @return per connected company with sync on, the due time of its oldest row due before {@code dueBefore},
     *         oldest first
     */
    public List<TenantTime> oldestDuePushes(Instant dueBefore) {
        return sql.query("SELECT o.tenant_id, MIN(o.due_at) FROM qbo_outbox o "
                + "JOIN qbo_connection c ON c.tenant_id = o.tenant_id AND c.state = 'CONNECTED' "
                + "JOIN qbo_settings s ON s.tenant_id = o.tenant_id AND s.enabled = TRUE "
                + "WHERE o.state = 'PENDING' AND o.due_at < ? GROUP BY o.tenant_id ORDER BY 2, 1",
                OperationsQueries::tenantTime, dueBefore);
    }

    /**
     * @param receivedBefore changes received before this count
     * @return per company, when its oldest change still waiting to be applied arrived, oldest first
     */
    public List<TenantTime> oldestUnappliedChanges(Instant receivedBefore) {
        return sql.query("SELECT tenant_id, MIN(received_at) FROM qbo_inbox WHERE state = 'PENDING' "
                + "AND received_at < ? GROUP BY tenant_id ORDER BY 2, 1", OperationsQueries::tenantTime,
                receivedBefore);
    }

    /**
     * @param before a catch-up that neither ran nor moved since this is stale
     * @return connected companies with sync on whose change-data-capture catch-up is stale (or never completed
     *         though they connected before {@code before}), with the time it last moved, oldest first
     */
    public List<TenantTime> staleCatchUps(Instant before) {
        return sql.query("SELECT c.tenant_id, CASE WHEN w.tenant_id IS NULL THEN c.connected_at "
                + "WHEN w.polled_at > w.changed_since THEN w.polled_at ELSE w.changed_since END AS moved "
                + "FROM qbo_connection c JOIN qbo_settings s ON s.tenant_id = c.tenant_id AND s.enabled = TRUE "
                + "LEFT JOIN qbo_cdc_watermark w ON w.tenant_id = c.tenant_id "
                + "WHERE c.state = 'CONNECTED' AND ((w.tenant_id IS NULL AND c.connected_at < ?) "
                + "OR (w.polled_at < ? AND w.changed_since < ?)) ORDER BY 2, 1", OperationsQueries::tenantTime,
                before, before, before);
    }

    /**
     * @param since the start of the window
     * @return per company, the push attempts that failed for good since then, most first
     */
    public List<TenantCount> failuresSince(Instant since) {
        return sql.query("SELECT tenant_id, COUNT(*) FROM qbo_sync_log WHERE occurred_at >= ? AND outcome = 'FAILED' "
                + "GROUP BY tenant_id ORDER BY 2 DESC, 1", rs -> new TenantCount(TenantId.of(rs.getString(1)),
                        rs.getLong(2)), since);
    }

    /**
     * A connection that needs an administrator.
     *
     * @param tenant the tenant
     * @param state its state
     * @param message the connection's note, or {@code null}
     * @param remedy the connection's remedy, or {@code null}
     * @param tokenExpiresAt when its refresh token expires (the earlier of idle and hard expiry), or {@code null}
     */
    public record ConnectionProblem(TenantId tenant, ConnectionState state, String message, String remedy,
            Instant tokenExpiresAt) {
    }

    /**
     * @param tenant the tenant
     * @param at the time in question
     */
    public record TenantTime(TenantId tenant, Instant at) {
    }

    /**
     * @param tenant the tenant
     * @param count the count
     */
    public record TenantCount(TenantId tenant, long count) {
    }

    private static CompanyFigures figures(ResultSet rs) throws SQLException {
        String state = rs.getString(2);
        return new CompanyFigures(TenantId.of(rs.getString(1)),
                state == null ? ConnectionState.DISCONNECTED : ConnectionState.valueOf(state), rs.getString(3),
                rs.getString(4), rs.getBoolean(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                Jdbc.instant(rs.getTimestamp(9)), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                rs.getString(14));
    }

    private static TenantTime tenantTime(ResultSet rs) throws SQLException {
        return new TenantTime(TenantId.of(rs.getString(1)), Jdbc.instant(rs.getTimestamp(2)));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** The text as a LIKE pattern matching itself ('!' escapes LIKE's wildcards). */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
