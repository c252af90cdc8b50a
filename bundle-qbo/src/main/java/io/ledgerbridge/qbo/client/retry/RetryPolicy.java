package io.ledgerbridge.qbo.client.retry;

import io.ledgerbridge.qbo.client.error.QboAuthenticationException;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.error.QboThrottledException;
import io.ledgerbridge.qbo.client.error.QboTransientException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * The one "should this be retried, and when?" decision of the client.
 * <ul>
 * <li>429: wait {@code Retry-After} if sent (at most {@link #MAX_RETRY_AFTER}; a longer one is logged and capped),
 * else 60 s (Intuit's advice), then retry;</li>
 * <li>5xx, timeouts, refused and dropped connections: capped exponential backoff with jitter;</li>
 * <li>401: refresh the token once and retry once;</li>
 * <li>everything else (validation faults, 403, stale objects…): never, the request must change first.</li>
 * </ul>
 * All retries stop after {@link RetrySettings#maxAttempts()}.
 */
public final class RetryPolicy {
    /** The longest {@code Retry-After} honoured: a broken or hostile header must not park a company for days. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RetryPolicy.class);

    private final RetrySettings settings;
    private final DoubleSupplier random;

    /**
     * @param settings limits and waits
     * @param random values in [0, 1) for the jitter; tests pass a fixed value
     */
    public RetryPolicy(RetrySettings settings, DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** What to do after a failure. */
    public enum Action {
        /** Report the failure. */
        GIVE_UP,
        /** Wait {@link Decision#delay()}, then send the same request again. */
        RETRY,
        /** Ask the token source for a new token and send the request again at once. */
        REFRESH_TOKEN_AND_RETRY
    }

    /** A decision and how long to wait before acting on it. */
    public record Decision(Action action, Duration delay) {
        static final Decision GIVE_UP = new Decision(Action.GIVE_UP, Duration.ZERO);
    }

    /**
     * Decides what follows a failed attempt.
     *
     * @param failure the translated failure
     * @param attempts attempts made so far, this one included (1 after the first)
     * @param tokenRefreshed whether the token was already refreshed for this call
     */
    public Decision decide(QboException failure, int attempts, boolean tokenRefreshed) {
        if (shouldRefreshToken(failure, tokenRefreshed)) {
            return new Decision(Action.REFRESH_TOKEN_AND_RETRY, Duration.ZERO);
        }
        if (!shouldRetry(failure, attempts)) {
            return Decision.GIVE_UP;
        }
        return new Decision(Action.RETRY, sleepTime(failure, attempts));
    }

    /** True for a 401 on a call whose token has not been refreshed yet. */
    public boolean shouldRefreshToken(QboException failure, boolean tokenRefreshed) {
        return !tokenRefreshed && failure instanceof QboAuthenticationException && failure.httpStatus() == 401;
    }

    /** True when the failure may pass by itself and attempts remain. */
    public boolean shouldRetry(QboException failure, int attempts) {
        boolean retryable = failure instanceof QboThrottledException || failure instanceof QboTransientException;
        return retryable && attempts < settings.maxAttempts();
    }

    /** How long to wait before attempt {@code attempts + 1}. */
    public Duration sleepTime(QboException failure, int attempts) {
        if (failure instanceof QboThrottledException throttled) {
            Duration asked = throttled.retryAfter().orElse(settings.throttleWait());
            if (asked.compareTo(MAX_RETRY_AFTER) > 0) {
                LOG.warn("QuickBooks asked to wait {} s after a 429; waiting the cap of {} s instead",
                        asked.toSeconds(), MAX_RETRY_AFTER.toSeconds());
                return MAX_RETRY_AFTER;
            }
            return asked;
        }
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long cap = settings.maxBackoff().toNanos();
        long backoff = settings.initialBackoff().toNanos() > (cap >> doublings)
                ? cap : Math.min(cap, settings.initialBackoff().toNanos() << doublings);
        double factor = 1 - settings.jitter() * random.getAsDouble();
        return Duration.ofNanos((long) (backoff * factor));
    }
}
