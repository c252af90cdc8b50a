package io.ledgerbridge.qbo.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits. Injected wherever the client waits (retry backoff, throttle), so tests replace it and spend no time. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks for {@code duration}.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing. */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
