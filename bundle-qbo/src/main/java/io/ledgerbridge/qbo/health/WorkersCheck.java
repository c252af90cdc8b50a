package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** This node's polling loops (sync, inbound) each completed a round lately. */
final class WorkersCheck implements Check {
    /** A loop is stopped when it has not completed a round for this long or ten of its intervals. */
    static final Duration STOPPED_AFTER = Duration.ofMinutes(2);

    private final Heartbeats heartbeats;
    private final String nodeId;

    WorkersCheck(Heartbeats heartbeats, String nodeId) {
        this.heartbeats = heartbeats;
        this.nodeId = nodeId;
    }

    @Override
    public String name() {
        return "workers";
    }

    @Override
    public String title() {
        return "LedgerBridge polls and workers on this node";
    }

    @Override
    public List<String> tags() {
        return List.of("workers");
    }

    @Override
    public HealthCheckResult run(Instant now) {
        Findings findings = new Findings(this);
        List<Heartbeats.Loop> loops = heartbeats.loops();
        for (Heartbeats.Loop loop : loops) {
            Duration limit = loop.every().multipliedBy(10).compareTo(STOPPED_AFTER) > 0
                    ? loop.every().multipliedBy(10) : STOPPED_AFTER;
            Duration silent = Duration.between(loop.lastSign(), now);
            if (silent.compareTo(limit) > 0) {
                findings.add(HealthStatus.CRITICAL, null, "The QuickBooks " + loop.name() + " on node " + nodeId
                        + " has not completed a round for " + Ages.of(silent), "Restart the connector (bundle "
                        + "io.ledgerbridge.qbo, or the host); nothing is lost, the work waits in the database. The "
                        + "connector's log says why the " + loop.name() + " stopped");
            }
        }
        return findings.result(loops.size() - findings.count(HealthStatus.CRITICAL) + " of " + loops.size()
                + " loops running on node " + nodeId, now);
    }
}
