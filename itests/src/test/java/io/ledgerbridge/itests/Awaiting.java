package io.ledgerbridge.itests;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition inside the OSGi framework, where Awaitility is not installed: polls with a short park and
 * fails with the condition's description when the time is up.
 */
public final class Awaiting {
    private Awaiting() {
    }

    /**
     * @param what the condition, for the failure message
     * @param condition the condition
     */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
