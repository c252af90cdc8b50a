package io.ledgerbridge.qbo.client.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.qbo.client.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class CompanyThrottleTest {
    private final FakeTime time = new FakeTime();

    private static ThrottleLimits limits(int perMinute, int perSecond, int inFlight, int batches) {
        return new ThrottleLimits(perMinute, Duration.ofMinutes(1), perSecond, Duration.ofSeconds(1), inFlight,
                batches, Duration.ofMinutes(1), true);
    }

    /** Acquires and releases {@code n} permits at once, returning the (fake) time each was granted. */
    private List<Instant> run(CompanyThrottle throttle, int n, boolean batch, int items) throws Exception {
        List<Instant> granted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try (CompanyThrottle.Permit permit = throttle.acquire(batch, items)) {
                granted.add(time.instant());
            }
        }
        return granted;
    }

    private static void assertWithinLimit(List<Instant> granted, Duration window, int limit) {
        for (int i = limit; i < granted.size(); i++) {
            assertThat(Duration.between(granted.get(i - limit), granted.get(i)))
                    .as("request %d and the %dth before it", i, limit).isGreaterThanOrEqualTo(window);
        }
    }

    @Test
    void keepsTenPerSecondAndFiveHundredPerMinute() throws Exception {
        CompanyThrottle throttle = new CompanyThrottle(ThrottleLimits.quickBooksOnline(), time, time);

        List<Instant> granted = run(throttle, 1200, false, 1);

        assertWithinLimit(granted, Duration.ofSeconds(1), 10);
        assertWithinLimit(granted, Duration.ofMinutes(1), 500);
        assertThat(granted.get(9)).isEqualTo(granted.get(0));
        assertThat(granted.get(500)).isEqualTo(granted.get(0).plus(Duration.ofMinutes(1)));
        assertThat(Duration.between(granted.get(0), granted.get(1199))).isLessThan(Duration.ofSeconds(140));
    }

    @Test
    void waitsBySleepingNeverBySpinning() throws Exception {
        CompanyThrottle throttle = new CompanyThrottle(limits(500, 10, 10, 40), time, time);

        run(throttle, 30, false, 1);

        assertThat(time.sleeps()).hasSize(2).allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void batchCallsAreLimitedPerWindowAndTheirItemsCountAsRequests() throws Exception {
        CompanyThrottle throttle = new CompanyThrottle(limits(500, 10, 10, 40), time, time);

        List<Instant> granted = run(throttle, 45, true, 30);

        assertWithinLimit(granted, Duration.ofMinutes(1), 16);
        assertWithinLimit(granted, Duration.ofSeconds(1), 10);
        assertThat(granted.get(9)).isEqualTo(granted.get(0));
        assertThat(granted.get(16)).isAfterOrEqualTo(granted.get(0).plus(Duration.ofMinutes(1)));
    }

    @Test
    void batchCallsPerWindowAreCappedWhenItemsDoNotCount() throws Exception {
        CompanyThrottle throttle = new CompanyThrottle(limits(500, 100, 10, 40).withBatchItemsCountAsRequests(false),
                time, time);

        List<Instant> granted = run(throttle, 80, true, 30);

        assertWithinLimit(granted, Duration.ofMinutes(1), 40);
        assertThat(granted.get(39)).isEqualTo(granted.get(0));
    }

    @Test
    void windowsStartCountingWhenARequestEnds() throws Exception {
        CompanyThrottle throttle = new CompanyThrottle(limits(500, 2, 10, 40), time, time);

        CompanyThrottle.Permit slow = throttle.acquire();
        time.advance(Duration.ofSeconds(5));
        throttle.acquire().close();
        slow.close();
        Instant slowEnded = time.instant();
        throttle.acquire().close();

        assertThat(time.instant()).isEqualTo(slowEnded.plusSeconds(1));
    }

    @Test
    void aHoldAfterA429StopsEveryRequestOfTheCompanyUntilItEnds() throws Exception {
        CompanyThrottle throttle = new CompanyThrottle(ThrottleLimits.quickBooksOnline(), time, time);
        Instant start = time.instant();

        throttle.holdFor(Duration.ofSeconds(60));
        throttle.holdFor(Duration.ofSeconds(5));
        throttle.acquire().close();
        throttle.acquire().close();

        assertThat(time.instant()).isEqualTo(start.plusSeconds(60));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void atMostTheConfiguredNumberRunAtOnce() throws Exception {
        CompanyThrottle throttle = new CompanyThrottle(limits(1000, 1000, 3, 40), time, time);
        List<CompanyThrottle.Permit> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(throttle.acquire());
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<CompanyThrottle.Permit> fourth = CompletableFuture.supplyAsync(() -> {
                try {
                    return throttle.acquire();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, pool);

            await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !fourth.isDone());
            assertThat(throttle.inFlight()).isEqualTo(3);
            held.get(0).close();
            await().atMost(Duration.ofSeconds(2)).until(fourth::isDone);
            assertThat(throttle.inFlight()).isEqualTo(3);
            fourth.join().close();
            held.get(1).close();
            held.get(2).close();
            assertThat(throttle.inFlight()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timeScaledLimitsShortenEveryWindow() {
        ThrottleLimits scaled = ThrottleLimits.quickBooksOnline().timeScaled(60);

        assertThat(scaled.requestWindow()).isEqualTo(Duration.ofSeconds(1));
        assertThat(scaled.burstWindow()).isEqualTo(Duration.ofNanos(16_666_666));
        assertThat(scaled.batchWindow()).isEqualTo(Duration.ofSeconds(1));
        assertThat(scaled.requestsPerWindow()).isEqualTo(500);
    }
}
