package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The per-company work lease. Several nodes may share one database; the node holding a company's lease is the only
 * one working that company, so its rate limiter is the company's only one and the company's throttle is never split
 * or exceeded. Every time comes from the database's clock ({@code CURRENT_TIMESTAMP}), never a node's, so a node
 * whose clock is skewed can neither steal a live lease nor keep a dead one. Takes and renewals compare-and-set on
 * holder and expiry in one statement. A lease expires on its own when a node dies; the holder renews it while its
 * company has work or calls in flight.
 */
public final class CompanyLease {
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public CompanyLease(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "take a company lease");
    }

    /**
     * Takes or renews the lease: taken when free or lapsed, renewed when this node holds it and it has not lapsed.
     *
     * @param tenant the company's tenant
     * @param node this node
     * @param ttl how long the lease lasts without renewal
     * @return whether this node holds it now
     */
    public boolean tryAcquire(TenantId tenant, String node, Duration ttl) {
        if (sql.update("UPDATE qbo_company_lease SET holder = ?, lease_until = " + DbTime.plus() + " WHERE tenant_id = ? "
                + "AND (lease_until < CURRENT_TIMESTAMP OR holder = ?)", node, ttl.toMillis(), tenant.value(),
                node) > 0) {
            return true;
        }
        return sql.insertIfAbsent("INSERT INTO qbo_company_lease (tenant_id, holder, lease_until) VALUES (?, ?, "
                + DbTime.plus() + ")", tenant.value(), node, ttl.toMillis());
    }

    /**
     * Renews the leases this node still holds, in one statement (the companies whose calls are in flight).
     *
     * @param tenants the companies
     * @param node this node
     * @param ttl the new length from now
     * @return how many were renewed (fewer: a lease lapsed and may be another node's now)
     */
    public int renew(Collection<TenantId> tenants, String node, Duration ttl) {
        if (tenants.isEmpty()) {
            return 0;
        }
        String ids = tenants.stream().map(t -> "?").collect(Collectors.joining(", "));
        Object[] args = new Object[tenants.size() + 2];
        args[0] = ttl.toMillis();
        args[1] = node;
        int i = 2;
        for (TenantId t : tenants) {
            args[i++] = t.value();
        }
        return sql.update("UPDATE qbo_company_lease SET lease_until = " + DbTime.plus() + " WHERE holder = ? "
                + "AND lease_until >= CURRENT_TIMESTAMP AND tenant_id IN (" + ids + ")", args);
    }

    /**
     * @param tenant the company's tenant
     * @param node this node
     * @return whether this node holds the company's lease now (by the database's clock)
     */
    public boolean holds(TenantId tenant, String node) {
        return !sql.query("SELECT 1 FROM qbo_company_lease WHERE tenant_id = ? AND holder = ? "
                + "AND lease_until >= CURRENT_TIMESTAMP", rs -> 1, tenant.value(), node).isEmpty();
    }

    /**
     * @return how many live leases each node holds (one grouped query: the nodes' shares)
     */
    public Map<String, Integer> heldByNode() {
        return sql.query("SELECT holder, COUNT(*) FROM qbo_company_lease WHERE lease_until >= CURRENT_TIMESTAMP "
                + "GROUP BY holder", rs -> Map.entry(rs.getString(1), rs.getInt(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Gives the lease up so another node may take the company: it lapses after {@code quiet} (the company's requests
     * must leave QuickBooks' throttle window before another node's limiter starts counting from zero).
     *
     * @param tenant the company's tenant
     * @param node this node
     * @param quiet how long until another node may take it
     */
    public void release(TenantId tenant, String node, Duration quiet) {
        sql.update("UPDATE qbo_company_lease SET lease_until = " + DbTime.plus() + " WHERE tenant_id = ? AND holder = ? "
                + "AND lease_until > " + DbTime.plus(), quiet.toMillis(), tenant.value(), node, quiet.toMillis());
    }

    /** @return the live nodes' ids (their registry rows not lapsed, by the database's clock) */
    public List<String> liveNodes() {
        return sql.query("SELECT node_id FROM qbo_node_lease WHERE alive_until >= CURRENT_TIMESTAMP ORDER BY node_id",
                rs -> rs.getString(1));
    }

    /**
     * Says this node is alive for {@code ttl} more.
     *
     * @param node this node
     * @param ttl how long without another heartbeat before the others count it gone
     */
    public void heartbeat(String node, Duration ttl) {
        if (sql.update("UPDATE qbo_node_lease SET alive_until = " + DbTime.plus() + " WHERE node_id = ?", ttl.toMillis(),
                node) == 0) {
            sql.insertIfAbsent("INSERT INTO qbo_node_lease (node_id, alive_until) VALUES (?, " + DbTime.plus() + ")", node,
                    ttl.toMillis());
        }
    }

    /** @param node this node, stopping: the others count it gone at once */
    public void leave(String node) {
        sql.update("DELETE FROM qbo_node_lease WHERE node_id = ?", node);
    }
}
