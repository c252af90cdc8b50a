package io.ledgerbridge.qbo.client.limit;

import java.time.Duration;

/**
 * QuickBooks' throttles for one company (realm) and app, with their window lengths so a time-scaled sandbox can be
 * matched.
 *
 * @param requestsPerWindow requests per {@code requestWindow} (500 per minute)
 * @param requestWindow the long window (1 minute)
 * @param burstPerWindow requests per {@code burstWindow} (10 per second)
 * @param burstWindow the short window (1 second)
 * @param maxInFlight requests running at the same time (10)
 * @param batchesPerWindow batch calls per {@code batchWindow} (40 per minute)
 * @param batchWindow the batch window (1 minute)
 * @param batchItemsCountAsRequests whether each batch item counts toward {@code requestsPerWindow} (Intuit's batch
 *        tutorial says it does); when false a batch call counts as one request
 */
public record ThrottleLimits(int requestsPerWindow, Duration requestWindow, int burstPerWindow, Duration burstWindow,
                             int maxInFlight, int batchesPerWindow, Duration batchWindow,
                             boolean batchItemsCountAsRequests) {

    public ThrottleLimits {
        if (requestsPerWindow < 1 || burstPerWindow < 1 || maxInFlight < 1 || batchesPerWindow < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
        for (Duration window : new Duration[] {requestWindow, burstWindow, batchWindow}) {
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("every window must be positive");
            }
        }
    }

    /** QuickBooks Online's published limits: 500/minute, 10/second, 10 concurrent, 40 batch calls/minute. */
    public static ThrottleLimits quickBooksOnline() {
        return new ThrottleLimits(500, Duration.ofMinutes(1), 10, Duration.ofSeconds(1), 10, 40,
                Duration.ofMinutes(1), true);
    }

    /** The same limits with every window shortened {@code timeScale} times (for a time-scaled sandbox). */
    public ThrottleLimits timeScaled(double timeScale) {
        if (timeScale <= 0) {
            throw new IllegalArgumentException("timeScale must be positive");
        }
        return new ThrottleLimits(requestsPerWindow, scale(requestWindow, timeScale), burstPerWindow,
                scale(burstWindow, timeScale), maxInFlight, batchesPerWindow, scale(batchWindow, timeScale),
                batchItemsCountAsRequests);
    }

    /** A copy with {@code batchItemsCountAsRequests} set. */
    public ThrottleLimits withBatchItemsCountAsRequests(boolean count) {
        return new ThrottleLimits(requestsPerWindow, requestWindow, burstPerWindow, burstWindow, maxInFlight,
                batchesPerWindow, batchWindow, count);
    }

    private static Duration scale(Duration window, double timeScale) {
        return Duration.ofNanos(Math.max(1, (long) (window.toNanos() / timeScale)));
    }
}
