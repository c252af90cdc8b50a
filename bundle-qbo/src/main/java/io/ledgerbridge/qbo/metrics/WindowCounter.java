package io.ledgerbridge.qbo.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts events in a sliding window, in {@value #SLOTS} slots (so the window's edge is a slot wide): 429s in the last
 * hour, throttle units in the last minute. Thread-safe.
 */
final class WindowCounter {
    static final int SLOTS = 60;

    private final long slotNanos;
    private final long[] counts = new long[SLOTS];
    private final long[] slotOf = new long[SLOTS];

    /** @param window the window's length */
    WindowCounter(Duration window) {
        this.slotNanos = Math.max(1, window.toNanos() / SLOTS);
    }

    synchronized void add(long n, Instant now) {
        long slot = slot(now);
        int i = (int) Math.floorMod(slot, (long) SLOTS);
        if (slotOf[i] != slot) {
            slotOf[i] = slot;
            counts[i] = 0;
        }
        counts[i] += n;
    }

    /** @return the events of the last window up to {@code now} */
    synchronized long sum(Instant now) {
        long current = slot(now);
        long total = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (slotOf[i] > current - SLOTS && slotOf[i] <= current) {
                total += counts[i];
            }
        }
        return total;
    }

    private long slot(Instant now) {
        long nanos = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        return Math.floorDiv(nanos, slotNanos);
    }
}
