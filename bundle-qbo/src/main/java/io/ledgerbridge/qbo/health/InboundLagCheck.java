package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.qbo.store.OperationsQueries;
import io.ledgerbridge.qbo.store.OperationsQueries.TenantTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Inbound lag: QuickBooks changes received but not applied (older than the threshold warns, than an hour is
 * critical), and change-data-capture catch-ups that have not run for twice their interval.
 */
final class InboundLagCheck implements Check {
    private static final String REMEDY = "Test connection in " + Pages.CONNECTION + "; changes are applied once it "
            + "passes. If it passes, see the workers check and the connector's log";

    private final OperationsQueries queries;
    private final Duration warnAfter;
    private final Duration cdcInterval;

    InboundLagCheck(OperationsQueries queries, Duration warnAfter, Duration cdcInterval) {
        this.queries = queries;
        this.warnAfter = warnAfter;
        this.cdcInterval = cdcInterval;
    }

    @Override
    public String name() {
        return "inbound-lag";
    }

    @Override
    public String title() {
        return "QuickBooks changes waiting to be applied";
    }

    @Override
    public List<String> tags() {
        return List.of("quickbooks", "inbound", "lag");
    }

    @Override
    public HealthCheckResult run(Instant now) {
        Findings findings = new Findings(this);
        List<TenantTime> waiting = queries.oldestUnappliedChanges(now.minus(warnAfter));
        for (TenantTime t : waiting) {
            Duration age = Duration.between(t.at(), now);
            findings.add(age.compareTo(PushLagCheck.CRITICAL) >= 0 ? HealthStatus.CRITICAL : HealthStatus.WARN,
                    t.tenant(), "A QuickBooks change received " + Ages.of(age) + " ago waits to be applied", REMEDY);
        }
        Duration stale = cdcInterval.multipliedBy(2);
        List<TenantTime> catchUps = queries.staleCatchUps(now.minus(stale));
        for (TenantTime t : catchUps) {
            findings.add(HealthStatus.WARN, t.tenant(), "QuickBooks' change log was last read "
                    + (t.at() == null ? "never" : Ages.of(Duration.between(t.at(), now)) + " ago") + " (every "
                    + Ages.of(cdcInterval) + " expected)", REMEDY);
        }
        return findings.result(waiting.size() + " companies with changes waiting longer than " + Ages.of(warnAfter)
                + ", " + catchUps.size() + " change-log catch-ups older than " + Ages.of(stale), now);
    }
}
