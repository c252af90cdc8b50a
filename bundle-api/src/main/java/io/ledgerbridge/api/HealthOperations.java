package io.ledgerbridge.api;

import io.ledgerbridge.api.health.CompanySummary;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthReport;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The connector's health checks and per-company figures, for hosts and operations tools: the same results a host
 * running Felix Health Check gets from the connector's {@code HealthCheck} services. Every call reads aggregates (a
 * few queries whatever the number of tenants). Implemented by the connector; called by the host's monitoring, consoles
 * and dashboards.
 *
 * @since 1.3
 */
@ProviderType
public interface HealthOperations {

    /** @return the names of the checks, in the order {@link #check()} runs them */
    List<String> checkNames();

    /**
     * Runs every check.
     *
     * @return their results
     */
    HealthReport check();

    /**
     * Runs one check.
     *
     * @param name one of {@link #checkNames()}
     * @return its result
     * @throws InvalidInputException when no check has that name
     */
    HealthCheckResult check(String name);

    /**
     * @param tenantPrefix only tenants whose id starts with this (case-sensitive); empty for all
     * @param limit at most this many, 1 to 10,000
     * @return tenants known to the connector (connected once, or with records), ordered by tenant id
     */
    List<CompanySummary> companies(String tenantPrefix, int limit);

    /**
     * @param tenant the tenant
     * @return its company's figures, or empty when the connector knows nothing of the tenant
     */
    Optional<CompanySummary> company(TenantId tenant);
}
