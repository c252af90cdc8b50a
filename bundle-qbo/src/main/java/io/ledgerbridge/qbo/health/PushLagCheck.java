package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.qbo.store.OperationsQueries;
import io.ledgerbridge.qbo.store.OperationsQueries.TenantTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Push lag of connected companies with sync on: the oldest outbox row due for longer than the threshold warns, for
 * longer than an hour is critical (companies that cannot sync are the connections check's).
 */
final class PushLagCheck implements Check {
    static final Duration CRITICAL = Duration.ofHours(1);

    private final OperationsQueries queries;
    private final Duration warnAfter;

    PushLagCheck(OperationsQueries queries, Duration warnAfter) {
        this.queries = queries;
        this.warnAfter = warnAfter;
    }

    @Override
    public String name() {
        return "push-lag";
    }

    @Override
    public String title() {
        return "Records waiting to be pushed to QuickBooks";
    }

    @Override
    public List<String> tags() {
        return List.of("quickbooks", "sync", "lag");
    }

    @Override
    public HealthCheckResult run(Instant now) {
        Findings findings = new Findings(this);
        List<TenantTime> behind = queries.oldestDuePushes(now.minus(warnAfter));
        for (TenantTime t : behind) {
            Duration age = Duration.between(t.at(), now);
            findings.add(age.compareTo(CRITICAL) >= 0 ? HealthStatus.CRITICAL : HealthStatus.WARN, t.tenant(),
                    "A record has waited " + Ages.of(age) + " to be pushed to QuickBooks", "See what waits in "
                    + Pages.SYNC + "; if nothing moves there, see the workers check and the connector's log "
                    + "(worker.threads may be too few for the load)");
        }
        return findings.result(behind.isEmpty() ? "No record has waited longer than " + Ages.of(warnAfter)
                : behind.size() + " companies behind, the oldest record waiting "
                        + Ages.of(Duration.between(behind.get(0).at(), now)), now);
    }
}
