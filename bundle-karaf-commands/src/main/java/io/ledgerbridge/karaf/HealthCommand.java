package io.ledgerbridge.karaf;

import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthFinding;
import io.ledgerbridge.api.health.HealthReport;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ledgerbridge:health}: every health check with its findings, tenant and remedy. */
@Command(scope = "ledgerbridge", name = "health", description = "Runs the connector's health checks")
@Service
public class HealthCommand extends ConnectorCommand {
    @Override
    void run() {
        HealthReport report = connector.health().check();
        out.println("LedgerBridge health: " + report.status());
        for (HealthCheckResult r : report.checks()) {
            out.printf("%-8s %-12s %s%n", r.status(), r.name(), r.summary());
            for (HealthFinding f : r.findings()) {
                out.println("         " + f.line());
            }
            if (r.affected() > r.findings().size()) {
                out.println("         ... and " + (r.affected() - r.findings().size()) + " more");
            }
        }
    }
}
