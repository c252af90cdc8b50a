package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.qbo.store.OperationsQueries;
import io.ledgerbridge.qbo.store.OperationsQueries.ConnectionProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Each company's connection: connected, reconnect required, or a refresh token expiring within seven days. */
final class ConnectionsCheck implements Check {
    static final Duration TOKEN_WARNING = Duration.ofDays(7);
    private static final String RECONNECT = "Reconnect in " + Pages.CONNECTION;

    private final OperationsQueries queries;

    ConnectionsCheck(OperationsQueries queries) {
        this.queries = queries;
    }

    @Override
    public String name() {
        return "connections";
    }

    @Override
    public String title() {
        return "QuickBooks connections";
    }

    @Override
    public List<String> tags() {
        return List.of("quickbooks", "connection");
    }

    @Override
    public HealthCheckResult run(Instant now) {
        Findings findings = new Findings(this);
        for (ConnectionProblem p : queries.connectionProblems(now.plus(TOKEN_WARNING), Integer.MAX_VALUE)) {
            if (p.state() == ConnectionState.RECONNECT_REQUIRED) {
                findings.add(HealthStatus.CRITICAL, p.tenant(), "The QuickBooks connection needs reconnecting"
                        + (p.message() == null ? "" : ": " + p.message()) + "; nothing is pushed meanwhile (nothing"
                        + " is lost)", p.remedy() != null ? p.remedy() : RECONNECT);
            } else {
                findings.add(HealthStatus.WARN, p.tenant(), "The QuickBooks refresh token expires on "
                        + p.tokenExpiresAt().atOffset(ZoneOffset.UTC).toLocalDate() + " (in "
                        + Ages.of(Duration.between(now, p.tokenExpiresAt())) + ")", "Test connection in "
                        + Pages.CONNECTION + " renews a token that expires unused; if the date stays, Disconnect and "
                        + "Connect QuickBooks there again before it (links and history stay)");
            }
        }
        Map<ConnectionState, Integer> counts = queries.connectionCounts();
        return findings.result(counts.getOrDefault(ConnectionState.CONNECTED, 0) + " connected, "
                + findings.count(HealthStatus.CRITICAL) + " to reconnect, " + findings.count(HealthStatus.WARN)
                + " with a token expiring within " + TOKEN_WARNING.toDays() + " days", now);
    }
}
