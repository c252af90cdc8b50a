package io.ledgerbridge.qbo.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/** One company's QuickBooks calls on this node since start: status classes, latency, 429s and throttle units. */
public final class CompanyCalls {
    private final LongAdder ok = new LongAdder();
    private final LongAdder clientErrors = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LatencyHistogram latency = new LatencyHistogram();
    private final WindowCounter throttledLastHour = new WindowCounter(Duration.ofHours(1));
    private final WindowCounter unitsInWindow;

    CompanyCalls(Duration requestWindow) {
        this.unitsInWindow = new WindowCounter(requestWindow);
    }

    void record(int status, int units, long nanos, Instant now) {
        switch (StatusClass.of(status)) {
            case OK -> ok.increment();
            case THROTTLED -> {
                throttled.increment();
                throttledLastHour.add(1, now);
            }
            case CLIENT_ERROR -> clientErrors.increment();
            case SERVER_ERROR -> serverErrors.increment();
            case OTHER -> { }
        }
        latency.record(nanos);
        unitsInWindow.add(units, now);
    }

    /**
     * @param status a status class
     * @return calls answered with it since start
     */
    public long count(StatusClass status) {
        return switch (status) {
            case OK -> ok.sum();
            case THROTTLED -> throttled.sum();
            case CLIENT_ERROR -> clientErrors.sum();
            case SERVER_ERROR -> serverErrors.sum();
            case OTHER -> latency.count() - ok.sum() - throttled.sum() - clientErrors.sum() - serverErrors.sum();
        };
    }

    /** @return the latency histogram */
    public LatencyHistogram latency() {
        return latency;
    }

    /**
     * @param now the time
     * @return 429 answers in the hour before {@code now}
     */
    public long throttledLastHour(Instant now) {
        return throttledLastHour.sum(now);
    }

    /**
     * @param now the time
     * @return throttle units (a batch item counts as one request) answered in the request window before {@code now}
     */
    public long unitsInWindow(Instant now) {
        return unitsInWindow.sum(now);
    }
}
