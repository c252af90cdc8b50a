package io.ledgerbridge.qbo.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the client tries.
 *
 * @param maxAttempts attempts per call, the first included (a 401 token refresh adds one more on top)
 * @param initialBackoff the wait after the first transient failure; it doubles with every attempt
 * @param maxBackoff the cap of the exponential backoff
 * @param jitter the fraction of each backoff that is random, 0 to 1: waits fall in [backoff × (1 − jitter), backoff]
 * @param throttleWait the wait after a 429 without {@code Retry-After}; Intuit asks for 60 seconds
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
                            Duration throttleWait) {

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(throttleWait, "throttleWait");
    }

    /** 5 attempts, 1 s doubling to at most 30 s with 50 % jitter, 60 s after a 429. */
    public static RetrySettings defaults() {
        return new RetrySettings(5, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, Duration.ofSeconds(60));
    }

    /**
     * The same settings against a time-scaled sandbox: the wait after a 429 is QuickBooks time (its minute-long
     * window), so it shrinks {@code timeScale} times like the throttle's windows; backoffs stay real time.
     *
     * @param timeScale how many times faster than real time the sandbox runs, at least 1
     * @return the scaled settings
     */
    public RetrySettings timeScaled(double timeScale) {
        if (!(timeScale >= 1)) {
            throw new IllegalArgumentException("timeScale must be at least 1");
        }
        return new RetrySettings(maxAttempts, initialBackoff, maxBackoff, jitter,
                Duration.ofNanos((long) (throttleWait.toNanos() / timeScale)));
    }
}
