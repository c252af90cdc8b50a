package io.ledgerbridge.qbo.osgi.health;

import io.ledgerbridge.api.HealthOperations;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthFinding;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;

/** One of the connector's checks as a Felix {@link HealthCheck}: the summary, then each finding at its status. */
final class FelixHealthCheck implements HealthCheck {
    private final HealthOperations health;
    private final String name;

    FelixHealthCheck(HealthOperations health, String name) {
        this.health = health;
        this.name = name;
    }

    @Override
    public Result execute() {
        HealthCheckResult result = health.check(name);
        FormattingResultLog log = new FormattingResultLog();
        log.info("{}", result.summary());
        for (HealthFinding f : result.findings()) {
            switch (f.status()) {
                case CRITICAL -> log.critical("{}", f.line());
                case WARN -> log.warn("{}", f.line());
                case OK -> log.info("{}", f.line());
            }
        }
        if (result.affected() > result.findings().size()) {
            log.info("{} more findings; ledgerbridge:health or HealthOperations lists the first {}",
                    result.affected() - result.findings().size(), HealthCheckResult.MAX_FINDINGS);
        }
        return new Result(log);
    }
}
