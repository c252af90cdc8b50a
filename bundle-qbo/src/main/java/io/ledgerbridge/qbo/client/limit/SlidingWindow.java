package io.ledgerbridge.qbo.client.limit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts units of work in a sliding window. A unit occupies the window from the moment it is acquired until one
 * window length after it completes: QuickBooks counts a request when it arrives, which is somewhere between the two,
 * so counting until completion keeps every server-side window within the limit however long requests take.
 * Not thread-safe; {@link CompanyThrottle} guards it.
 */
final class SlidingWindow {
    private record Completed(Instant end, int units) {
    }

    private final int limit;
    private final Duration window;
    private final Deque<Completed> completed = new ArrayDeque<>();
    private int completedUnits;
    private int inFlightUnits;

    SlidingWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Units a single acquisition may take: never more than the whole limit. */
    int clamp(int units) {
        return Math.min(units, limit);
    }

    /**
     * How long until {@code units} more fit: zero if they fit now, null if only a running request's completion
     * can make room.
     */
    Duration waitFor(int units, Instant now) {
        evict(now);
        int excess = inFlightUnits + completedUnits + units - limit;
        if (excess <= 0) {
            return Duration.ZERO;
        }
        int freed = 0;
        for (Completed c : completed) {
            freed += c.units();
            if (freed >= excess) {
                Duration wait = Duration.between(now, c.end().plus(window));
                return wait.isNegative() || wait.isZero() ? Duration.ofNanos(1) : wait;
            }
        }
        return null;
    }

    void start(int units) {
        inFlightUnits += units;
    }

    void finish(int units, Instant end) {
        inFlightUnits -= units;
        completed.addLast(new Completed(end, units));
        completedUnits += units;
    }

    private void evict(Instant now) {
        while (!completed.isEmpty() && !completed.peekFirst().end().plus(window).isAfter(now)) {
            completedUnits -= completed.removeFirst().units();
        }
    }
}
