package io.ledgerbridge.qbo.sync;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Capped exponential back-off with jitter for records that will be retried; a throttled record waits at least what
 * QuickBooks asked (Intuit: 60 seconds after a 429).
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final LongSupplier jitterMillis;

    /**
     * @param base the first wait
     * @param cap the longest wait
     * @param jitterMillis a source of up-to-base random milliseconds (tests pass a constant)
     */
    public Backoff(Duration base, Duration cap, LongSupplier jitterMillis) {
        this.base = base;
        this.cap = cap;
        this.jitterMillis = jitterMillis;
    }

    /**
     * @param attempt the attempt that just failed, from 1
     * @param atLeast a wait the server asked for, or {@code null}
     * @return how long to wait before the next attempt
     */
    public Duration next(int attempt, Duration atLeast) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
        Duration d = base.multipliedBy(factor);
        if (d.compareTo(cap) > 0) {
            d = cap;
        }
        d = d.plusMillis(Math.floorMod(jitterMillis.getAsLong(), Math.max(1, base.toMillis())));
        return atLeast != null && atLeast.compareTo(d) > 0 ? atLeast : d;
    }
}
