package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The per-company work lease. Several nodes may share one database; the node holding a company's lease is the only
 * one pushing for that company, so its rate limiter is the company's only one and the company's throttle is never
 * split or exceeded. A lease expires on its own when a node dies; the holder renews it while it works.
 */
public final class CompanyLease {
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public CompanyLease(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "take a company lease");
    }

    /**
     * Takes or renews the lease.
     *
     * @param tenant the company's tenant
     * @param node this node
     * @param now the time
     * @param ttl how long the lease lasts without renewal
     * @return whether this node holds it now
     */
    public boolean tryAcquire(TenantId tenant, String node, Instant now, Duration ttl) {
        Instant until = now.plus(ttl);
        if (sql.update("UPDATE qbo_company_lease SET holder = ?, lease_until = ? WHERE tenant_id = ? "
                + "AND (holder = ? OR lease_until < ?)", node, until, tenant.value(), node, now) > 0) {
            return true;
        }
        return sql.insertIfAbsent("INSERT INTO qbo_company_lease (tenant_id, holder, lease_until) VALUES (?, ?, ?)",
                tenant.value(), node, until);
    }

    /**
     * Gives the lease up so another node may take the company at once.
     *
     * @param tenant the company's tenant
     * @param node this node
     */
    public void release(TenantId tenant, String node) {
        sql.update("UPDATE qbo_company_lease SET lease_until = ? WHERE tenant_id = ? AND holder = ?",
                Instant.EPOCH, tenant.value(), node);
    }
}
