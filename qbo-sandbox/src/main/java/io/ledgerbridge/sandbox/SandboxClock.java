package io.ledgerbridge.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's notion of "now". Real time plus an offset that tests move forward with {@link #advance(Duration)},
 * so tokens, closing dates and CDC windows can be exercised without waiting. A frozen clock only moves when advanced.
 */
public final class SandboxClock {
    private final Instant frozenAt;
    private final AtomicLong offsetNanos = new AtomicLong();

    private SandboxClock(Instant frozenAt) {
        this.frozenAt = frozenAt;
    }

    /** Follows the system clock; {@link #advance} adds to it. */
    public static SandboxClock system() {
        return new SandboxClock(null);
    }

    /** Stands still at {@code start} until advanced. */
    public static SandboxClock fixed(Instant start) {
        return new SandboxClock(start);
    }

    public Instant now() {
        Instant base = frozenAt != null ? frozenAt : Instant.now();
        return base.plusNanos(offsetNanos.get());
    }

    /** Moves the clock forward (never back). */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward");
        }
        offsetNanos.addAndGet(by.toNanos());
    }

    /** Total manual advancement, used by the throttle so advancing the clock also ends throttle windows. */
    public long advancedNanos() {
        return offsetNanos.get();
    }
}
