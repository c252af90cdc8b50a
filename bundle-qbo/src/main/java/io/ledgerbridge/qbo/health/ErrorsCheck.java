package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.qbo.metrics.CompanyCalls;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import io.ledgerbridge.qbo.store.OperationsQueries;
import io.ledgerbridge.qbo.store.OperationsQueries.TenantCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The last hour's failed records (all nodes, from the sync log) and 429 answers (this node's calls). */
final class ErrorsCheck implements Check {
    private final OperationsQueries queries;
    private final ConnectorMetrics metrics;

    ErrorsCheck(OperationsQueries queries, ConnectorMetrics metrics) {
        this.queries = queries;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "errors";
    }

    @Override
    public String title() {
        return "Failed records and QuickBooks throttling in the last hour";
    }

    @Override
    public List<String> tags() {
        return List.of("quickbooks", "sync", "errors");
    }

    @Override
    public HealthCheckResult run(Instant now) {
        Findings findings = new Findings(this);
        long failed = 0;
        for (TenantCount c : queries.failuresSince(now.minus(Duration.ofHours(1)))) {
            failed += c.count();
            findings.add(HealthStatus.WARN, c.tenant(), c.count() + (c.count() == 1 ? " record" : " records")
                    + " failed to push in the last hour", "Retry or ignore them in " + Pages.SYNC
                    + " (each says why it failed)");
        }
        long throttled = 0;
        for (Map.Entry<TenantId, CompanyCalls> e : metrics.calls().entrySet()) {
            long n = e.getValue().throttledLastHour(now);
            if (n > 0) {
                throttled += n;
                findings.add(HealthStatus.WARN, e.getKey(), "QuickBooks answered 429 (too many requests) " + n
                        + (n == 1 ? " time" : " times") + " in the last hour on node " + metrics.nodeId(),
                        "None while it is rare: LedgerBridge waits and sends again. If it repeats every hour, "
                                + "another app connected to this QuickBooks company is using its limit");
            }
        }
        return findings.result(failed + " failed records and " + throttled + " answers 429 in the last hour", now);
    }
}
