package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthFinding;
import io.ledgerbridge.api.health.HealthStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Collects a check's findings: keeps the worst {@link HealthCheckResult#MAX_FINDINGS}, counts them all. */
final class Findings {
    private final Check check;
    private final List<HealthFinding> findings = new ArrayList<>();
    private HealthStatus status = HealthStatus.OK;

    Findings(Check check) {
        this.check = check;
    }

    Findings add(HealthStatus status, TenantId tenant, String message, String remedy) {
        findings.add(new HealthFinding(status, tenant, message, remedy));
        this.status = this.status.worse(status);
        return this;
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    long count(HealthStatus status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    /**
     * @param summary one line about the whole (e.g. "2 of 40 companies need reconnecting")
     * @param now when the check ran
     * @return the result, worst findings first
     */
    HealthCheckResult result(String summary, Instant now) {
        List<HealthFinding> worstFirst = findings.stream()
                .sorted(Comparator.comparing(HealthFinding::status).reversed())
                .limit(HealthCheckResult.MAX_FINDINGS).toList();
        List<String> tags = Stream.concat(Stream.of(Check.TAG), check.tags().stream()).toList();
        return new HealthCheckResult(check.name(), check.title(), tags, status, summary, worstFirst,
                findings.size(), now);
    }
}
