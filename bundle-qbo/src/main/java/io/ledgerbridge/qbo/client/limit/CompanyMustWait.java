package io.ledgerbridge.qbo.client.limit;

import java.time.Instant;
import java.util.Objects;

/**
 * A call that may not go now: the company's throttle is full, or QuickBooks answered 429 and the company is held.
 * Thrown instead of waiting by clients built not to wait (the push path), so the caller reschedules the company for
 * {@link #until()} and its thread serves another company meanwhile. Nothing was sent.
 */
public final class CompanyMustWait extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Instant until;
    private final boolean throttled;

    /**
     * A wait for QuickBooks' throttle (a full window, or a 429's {@code Retry-After}).
     *
     * @param until the earliest instant the company may send again
     * @param reason why, in plain words (for the log)
     */
    public CompanyMustWait(Instant until, String reason) {
        this(until, reason, true);
    }

    /**
     * @param until the earliest instant the company may send again
     * @param reason why, in plain words (for the log)
     * @param throttled whether it waits for QuickBooks' throttle, rather than for its connection
     */
    public CompanyMustWait(Instant until, String reason, boolean throttled) {
        super(reason, null, false, false);
        this.until = Objects.requireNonNull(until, "until");
        this.throttled = throttled;
    }

    /** @return whether the company waits for QuickBooks' throttle, rather than for its connection */
    public boolean throttled() {
        return throttled;
    }

    /** @return the earliest instant the company may send again */
    public Instant until() {
        return until;
    }
}
