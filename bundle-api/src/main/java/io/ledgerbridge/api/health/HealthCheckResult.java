package io.ledgerbridge.api.health;

import io.ledgerbridge.api.Checks;
import java.time.Instant;
import java.util.List;

/**
 * The result of one health check. Created by the connector.
 *
 * @param name the check's stable name, e.g. {@code "push-lag"}
 * @param title what it checks, for people
 * @param tags its tags (Felix Health Check selects checks by tag)
 * @param status the worst status among the findings, {@code OK} without any
 * @param summary one line for a dashboard, e.g. "3 companies behind, the oldest waiting 2 h 5 min"
 * @param findings what it found, worst first; at most {@link #MAX_FINDINGS}
 * @param affected how many findings there were in all (more than {@code findings} holds when it was cut)
 * @param checkedAt when it ran
 */
public record HealthCheckResult(String name, String title, List<String> tags, HealthStatus status, String summary,
        List<HealthFinding> findings, int affected, Instant checkedAt) {
    /** Findings a result carries at most; the rest are counted in {@link #affected}. */
    public static final int MAX_FINDINGS = 100;

    public HealthCheckResult {
        Checks.requiredText(name, "name");
        Checks.requiredText(title, "title");
        tags = List.copyOf(Checks.required(tags, "tags"));
        Checks.required(status, "status");
        Checks.requiredText(summary, "summary");
        findings = List.copyOf(Checks.required(findings, "findings"));
        Checks.required(checkedAt, "checkedAt");
    }
}
