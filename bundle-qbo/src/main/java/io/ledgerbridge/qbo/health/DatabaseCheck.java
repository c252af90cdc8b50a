package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.qbo.store.OperationsQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The connector's database answers. */
final class DatabaseCheck implements Check {
    private final OperationsQueries queries;

    DatabaseCheck(OperationsQueries queries) {
        this.queries = queries;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public String title() {
        return "LedgerBridge database";
    }

    @Override
    public List<String> tags() {
        return List.of("database");
    }

    @Override
    public HealthCheckResult run(Instant now) {
        Duration took = queries.ping();
        return new Findings(this).result("The connector's database answered in " + took.toMillis() + " ms", now);
    }

    /**
     * The result when a check could not read the database.
     *
     * @param check the check
     * @param failure what went wrong
     * @param now the time
     * @return a critical result naming the failure
     */
    static HealthCheckResult unreadable(Check check, RuntimeException failure, Instant now) {
        return new Findings(check).add(HealthStatus.CRITICAL, null, "The check could not read the connector's "
                + "database: " + failure.getMessage(), "Check that the connector's database (jdbc.url, or the "
                + "host's DataSource) is up and reachable; the host keeps the events LedgerBridge refuses meanwhile")
                .result("Could not run: the connector's database does not answer", now);
    }
}
