package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.HealthOperations;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.health.CompanySummary;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthReport;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import io.ledgerbridge.qbo.store.CompanyFigures;
import io.ledgerbridge.qbo.store.OperationsQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The connector's health checks and company figures ({@link HealthOperations}): database, connections, push lag,
 * inbound lag, the last hour's errors, this node's loops. Each check is a few aggregate queries whatever the number of
 * tenants; one that cannot read the database says so as a critical result instead of failing the others.
 */
public final class HealthService implements HealthOperations {
    /** Most companies one {@link #companies} call returns. */
    static final int MAX_COMPANIES = 10_000;

    private final OperationsQueries queries;
    private final Clock clock;
    private final List<Check> checks;

    /**
     * @param queries the aggregate reads
     * @param metrics this node's meters (429 answers)
     * @param heartbeats this node's loops
     * @param nodeId this node's name
     * @param lagWarning a record or change waiting longer than this warns (an hour is critical)
     * @param cdcInterval the change-data-capture interval (a catch-up older than twice it warns)
     * @param clock the clock
     */
    public HealthService(OperationsQueries queries, ConnectorMetrics metrics, Heartbeats heartbeats, String nodeId,
            Duration lagWarning, Duration cdcInterval, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        this.checks = List.of(new DatabaseCheck(queries), new ConnectionsCheck(queries),
                new PushLagCheck(queries, lagWarning), new InboundLagCheck(queries, lagWarning, cdcInterval),
                new ErrorsCheck(queries, metrics), new WorkersCheck(heartbeats, nodeId));
    }

    @Override
    public List<String> checkNames() {
        return checks.stream().map(Check::name).toList();
    }

    @Override
    public HealthReport check() {
        Instant now = clock.instant();
        return new HealthReport(checks.stream().map(c -> run(c, now)).toList(), now);
    }

    @Override
    public HealthCheckResult check(String name) {
        Check check = checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("name", "'" + name + "' is not a health check",
                        "use one of " + String.join(", ", checkNames())));
        return run(check, clock.instant());
    }

    private static HealthCheckResult run(Check check, Instant now) {
        try {
            return check.run(now);
        } catch (RuntimeException e) {
            return DatabaseCheck.unreadable(check, e, now);
        }
    }

    @Override
    public List<CompanySummary> companies(String tenantPrefix, int limit) {
        String prefix = tenantPrefix == null ? "" : tenantPrefix;
        if (!prefix.matches("[A-Za-z0-9._-]*")) {
            throw new InvalidInputException("tenantPrefix", "'" + prefix + "' cannot start a tenant id",
                    "use letters, digits, '-', '_' or '.'");
        }
        if (limit < 1 || limit > MAX_COMPANIES) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_COMPANIES,
                    "ask for at most " + MAX_COMPANIES + " companies at a time, with a tenant prefix to narrow");
        }
        Instant now = clock.instant();
        return queries.figures(now, prefix, limit).stream().map(f -> summary(f, now)).toList();
    }

    @Override
    public Optional<CompanySummary> company(TenantId tenant) {
        Instant now = clock.instant();
        return queries.figures(now, tenant).map(f -> summary(f, now));
    }

    private static CompanySummary summary(CompanyFigures f, Instant now) {
        return new CompanySummary(f.tenant(), f.state(), f.companyName(), f.syncEnabled(), f.waiting(), f.failed(),
                f.held(), f.oldestDue() == null ? null : Duration.between(f.oldestDue(), now), f.inboxDepth(),
                f.openConflicts(), f.leaseHolder());
    }
}
