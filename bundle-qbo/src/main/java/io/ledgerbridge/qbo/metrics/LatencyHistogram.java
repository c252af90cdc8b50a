package io.ledgerbridge.qbo.metrics;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** QuickBooks call latencies in fixed buckets (cumulative counts, as Prometheus histograms are). Thread-safe. */
public final class LatencyHistogram {
    /** Upper bounds of the buckets in milliseconds; a last, unbounded bucket follows. */
    static final long[] BOUNDS_MILLIS = {25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000};

    private final LongAdder[] buckets = new LongAdder[BOUNDS_MILLIS.length + 1];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

    LatencyHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(long nanos) {
        long millis = nanos / 1_000_000;
        int i = 0;
        while (i < BOUNDS_MILLIS.length && millis > BOUNDS_MILLIS[i]) {
            i++;
        }
        buckets[i].increment();
        count.increment();
        sumNanos.add(nanos);
        maxNanos.accumulate(nanos);
    }

    /** @return calls measured */
    public long count() {
        return count.sum();
    }

    /** @return the mean in milliseconds, 0 without calls */
    public double meanMillis() {
        long n = count.sum();
        return n == 0 ? 0 : sumNanos.sum() / 1e6 / n;
    }

    /** @return the slowest call in milliseconds */
    public double maxMillis() {
        return maxNanos.get() / 1e6;
    }

    /** @return per bucket of {@link #BOUNDS_MILLIS} (and the unbounded last one), the calls at most that slow */
    public long[] cumulativeCounts() {
        long[] out = new long[buckets.length];
        long running = 0;
        for (int i = 0; i < buckets.length; i++) {
            running += buckets[i].sum();
            out[i] = running;
        }
        return out;
    }

    /**
     * @param quantile e.g. 0.99
     * @return the upper bound (ms) of the bucket holding that quantile, {@code Long.MAX_VALUE} past the last bound, 0
     *         without calls
     */
    public long quantileUpperBoundMillis(double quantile) {
        long[] cumulative = cumulativeCounts();
        long total = cumulative[cumulative.length - 1];
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(quantile * total);
        for (int i = 0; i < BOUNDS_MILLIS.length; i++) {
            if (cumulative[i] >= rank) {
                return BOUNDS_MILLIS[i];
            }
        }
        return Long.MAX_VALUE;
    }
}
