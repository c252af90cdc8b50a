package io.ledgerbridge.qbo.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.client.error.ErrorDetails;
import io.ledgerbridge.qbo.client.error.QboAuthenticationException;
import io.ledgerbridge.qbo.client.error.QboDuplicateNameException;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.error.QboStaleObjectException;
import io.ledgerbridge.qbo.client.error.QboThrottledException;
import io.ledgerbridge.qbo.client.error.QboTransientException.Reason;
import io.ledgerbridge.qbo.client.error.QboTransientException;
import io.ledgerbridge.qbo.client.error.QboValidationException;
import io.ledgerbridge.qbo.client.retry.RetryPolicy.Action;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final RetrySettings SETTINGS =
            new RetrySettings(6, Duration.ofSeconds(1), Duration.ofSeconds(8), 0.5, Duration.ofSeconds(60));

    private static ErrorDetails details(int status) {
        return new ErrorDetails("op", status, null, null, null, null, null);
    }

    private static QboTransientException serverError() {
        return new QboTransientException("5xx", details(503), Reason.SERVER_ERROR, null);
    }

    @Test
    void throttledWithoutRetryAfterWaitsSixtySeconds() {
        RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.9);

        RetryPolicy.Decision d = policy.decide(new QboThrottledException("429", details(429), null), 1, false);

        assertThat(d.action()).isEqualTo(Action.RETRY);
        assertThat(d.delay()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void againstASandboxSixtyTimesFasterAThrottledCallWaitsOneSecondNotAMinute() {
        // Found by the fault soak: with the real minute, every 429 burst stalled the 60x sandbox run for a minute.
        RetryPolicy policy = new RetryPolicy(SETTINGS.timeScaled(60), () -> 0.9);

        RetryPolicy.Decision d = policy.decide(new QboThrottledException("429", details(429), null), 1, false);

        assertThat(d.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(SETTINGS.timeScaled(1)).isEqualTo(SETTINGS);
    }

    @Test
    void throttledWithRetryAfterWaitsWhatTheServerAsked() {
        RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.9);

        RetryPolicy.Decision d = policy.decide(
                new QboThrottledException("429", details(429), Duration.ofSeconds(7)), 2, false);

        assertThat(d.action()).isEqualTo(Action.RETRY);
        assertThat(d.delay()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void transientFailuresBackOffExponentiallyUpToTheCap() {
        RetryPolicy noJitter = new RetryPolicy(SETTINGS, () -> 0.0);

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            waits.add(noJitter.sleepTime(serverError(), attempt));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8));
    }

    @Test
    void jitterKeepsEveryWaitWithinItsBounds() {
        Random random = new Random(42);
        RetryPolicy policy = new RetryPolicy(SETTINGS, random::nextDouble);

        for (int attempt = 1; attempt <= 5; attempt++) {
            Duration backoff = Duration.ofSeconds(Math.min(8, 1L << (attempt - 1)));
            for (int i = 0; i < 200; i++) {
                Duration wait = policy.sleepTime(serverError(), attempt);
                assertThat(wait).isBetween(backoff.dividedBy(2), backoff);
            }
        }
        assertThat(policy.sleepTime(serverError(), 1000)).isLessThanOrEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void transientFailuresStopAfterMaxAttempts() {
        RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.5);

        assertThat(policy.decide(serverError(), 5, false).action()).isEqualTo(Action.RETRY);
        assertThat(policy.decide(serverError(), 6, false).action()).isEqualTo(Action.GIVE_UP);
        assertThat(policy.shouldRetry(new QboTransientException("t", details(0), Reason.TIMEOUT, null), 1)).isTrue();
        assertThat(policy.shouldRetry(
                new QboTransientException("d", details(0), Reason.CONNECTION_DROPPED, null), 1)).isTrue();
    }

    @Test
    void validationFaultsAreNeverRetried() {
        RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.5);

        for (QboException e : List.of(new QboValidationException("v", details(400), null),
                new QboStaleObjectException("s", details(400), null),
                new QboDuplicateNameException("d", details(400), null),
                new QboAuthenticationException("403", details(403), null))) {
            assertThat(policy.decide(e, 1, false).action()).as(e.getClass().getSimpleName())
                    .isEqualTo(Action.GIVE_UP);
        }
    }

    @Test
    void unauthorizedRefreshesTheTokenOnceThenGivesUp() {
        RetryPolicy policy = new RetryPolicy(new RetrySettings(1, Duration.ofSeconds(1), Duration.ofSeconds(8), 0.5,
                Duration.ofSeconds(60)), () -> 0.5);
        QboAuthenticationException unauthorized = new QboAuthenticationException("401", details(401), null);

        assertThat(policy.decide(unauthorized, 1, false).action()).isEqualTo(Action.REFRESH_TOKEN_AND_RETRY);
        assertThat(policy.decide(unauthorized, 1, false).delay()).isZero();
        assertThat(policy.decide(unauthorized, 2, true).action()).isEqualTo(Action.GIVE_UP);
    }
}
