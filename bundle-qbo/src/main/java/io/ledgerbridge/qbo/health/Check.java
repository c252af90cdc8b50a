package io.ledgerbridge.qbo.health;

import io.ledgerbridge.api.health.HealthCheckResult;
import java.time.Instant;
import java.util.List;

/** One health check: reads aggregates and says what it found. */
interface Check {
    /** Tag every check carries, so a host selects all of the connector's with one tag. */
    String TAG = "ledgerbridge";

    /** @return its stable name */
    String name();

    /** @return what it checks, for people */
    String title();

    /** @return its tags beside {@link #TAG} */
    List<String> tags();

    /**
     * @param now the time
     * @return what it found
     */
    HealthCheckResult run(Instant now);
}
