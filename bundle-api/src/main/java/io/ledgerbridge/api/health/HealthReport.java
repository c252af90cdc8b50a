package io.ledgerbridge.api.health;

import io.ledgerbridge.api.Checks;
import java.time.Instant;
import java.util.List;

/**
 * Every health check's result at one moment. Created by the connector.
 *
 * @param checks the results, in the connector's order
 * @param checkedAt when the checks ran
 */
public record HealthReport(List<HealthCheckResult> checks, Instant checkedAt) {
    public HealthReport {
        checks = List.copyOf(Checks.required(checks, "checks"));
        Checks.required(checkedAt, "checkedAt");
    }

    /** @return the worst status of all checks */
    public HealthStatus status() {
        return checks.stream().map(HealthCheckResult::status).reduce(HealthStatus.OK, HealthStatus::worse);
    }
}
