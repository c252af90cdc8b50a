package io.ledgerbridge.sandbox.faults;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The faults that hit API requests at a rate: 429 storms (with or without {@code Retry-After}), 5xx answers and slow
 * answers. One set applies to every company ({@link FaultInjector}'s own), and one more per company asked for with
 * {@link FaultInjector#forRealm}, so a test can trouble one company and watch the others go on. Each fault that fires
 * is counted here and in the sandbox-wide counts.
 */
public final class RequestFaults {
    /** No {@code Retry-After} header on a storm's 429s. */
    public static final long NO_RETRY_AFTER = -1;

    private final Consumer<String> alsoCount;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private volatile double throttleRate;
    private volatile long retryAfterSeconds = NO_RETRY_AFTER;
    private volatile double errorRate;
    private volatile int errorStatus = 503;
    private volatile double slowRate;
    private volatile long slowMillis;

    RequestFaults(Consumer<String> alsoCount) {
        this.alsoCount = alsoCount;
    }

    /**
     * A share (0..1) of requests answered 429 with Intuit's throttle body and no {@code Retry-After} (as Intuit does);
     * 1 is a storm that lasts until cleared.
     *
     * @throws IllegalArgumentException when the rate is not within 0..1
     */
    public RequestFaults throttleStorm(double rate) {
        return throttleStorm(rate, NO_RETRY_AFTER);
    }

    /**
     * As {@link #throttleStorm(double)}, each 429 carrying {@code Retry-After: retryAfterSeconds} (a gateway in front
     * of QuickBooks may send one); {@link #NO_RETRY_AFTER} sends none.
     *
     * @throws IllegalArgumentException when the rate is not within 0..1 or retryAfterSeconds is below -1
     */
    public RequestFaults throttleStorm(double rate, long retryAfterSeconds) {
        checkStorm(rate, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
        this.throttleRate = rate;
        return this;
    }

    /**
     * A share (0..1) of requests answered with {@code status}: 500 as a QuickBooks SystemFault, 502, 503 or 504 as
     * the gateway's HTML page.
     *
     * @throws IllegalArgumentException when the rate is not within 0..1 or the status is none of those four
     */
    public RequestFaults errorRate(double rate, int status) {
        checkError(rate, status);
        this.errorStatus = status;
        this.errorRate = rate;
        return this;
    }

    /**
     * A share (0..1) of requests answered {@code millis} late; the wait holds the request's in-flight slot, as a slow
     * QuickBooks answer does.
     *
     * @throws IllegalArgumentException when the rate is not within 0..1 or millis is negative
     */
    public RequestFaults slow(double rate, long millis) {
        checkSlow(rate, millis);
        this.slowMillis = millis;
        this.slowRate = rate;
        return this;
    }

    /** Fired faults by kind (throttle429, error500..error504, slow). */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** What is set, in the admin API's field names. */
    public Map<String, Object> settings() {
        Map<String, Object> out = new TreeMap<>();
        if (throttleRate > 0) {
            out.put("throttleStorm", retryAfterSeconds == NO_RETRY_AFTER ? Map.of("rate", throttleRate)
                    : Map.of("rate", throttleRate, "retryAfterSeconds", retryAfterSeconds));
        }
        if (errorRate > 0) {
            out.put("errorRate", errorRate);
            out.put("errorStatus", errorStatus);
        }
        if (slowRate > 0 && slowMillis > 0) {
            out.put("slowRate", slowRate);
            out.put("slowMillis", slowMillis);
        }
        return out;
    }

    /** Stops every fault of this set; its counts are kept (a reset of the sandbox drops them). */
    public void clear() {
        throttleRate = 0;
        retryAfterSeconds = NO_RETRY_AFTER;
        errorRate = 0;
        errorStatus = 503;
        slowRate = 0;
        slowMillis = 0;
    }

    /** The 429 or 5xx to answer with instead of serving, or null for none (counted when it fires). */
    FaultInjector.Fired next() {
        if (hits(throttleRate)) {
            count("throttle429");
            return new FaultInjector.Fired(FaultInjector.Action.THROTTLE, 429, retryAfterSeconds);
        }
        if (hits(errorRate)) {
            int status = errorStatus;
            count("error" + status);
            return new FaultInjector.Fired(FaultInjector.Action.ERROR_5XX, status, NO_RETRY_AFTER);
        }
        return null;
    }

    /** Milliseconds to hold a request back, 0 for none (counted when it fires). */
    long delay() {
        long millis = slowMillis;
        if (millis > 0 && hits(slowRate)) {
            count("slow");
            return millis;
        }
        return 0;
    }

    private void count(String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        alsoCount.accept(kind);
    }

    private static boolean hits(double rate) {
        return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
    }

    /** Checks a whole set of settings before any is applied, so a refused request changes nothing. */
    public static void check(double stormRate, long retryAfterSeconds, double errorRate, int errorStatus,
                             double slowRate, long slowMillis) {
        checkStorm(stormRate, retryAfterSeconds);
        checkError(errorRate, errorStatus);
        checkSlow(slowRate, slowMillis);
    }

    private static void checkStorm(double rate, long retryAfterSeconds) {
        rate("throttleStorm.rate", rate);
        if (retryAfterSeconds < NO_RETRY_AFTER) {
            throw new IllegalArgumentException("throttleStorm.retryAfterSeconds must be at least 0, or -1 for no "
                    + "Retry-After header (got " + retryAfterSeconds + ")");
        }
    }

    private static void checkError(double rate, int status) {
        rate("errorRate", rate);
        if (status != 500 && status != 502 && status != 503 && status != 504) {
            throw new IllegalArgumentException("errorStatus must be 500, 502, 503 or 504 (got " + status + ")");
        }
    }

    private static void checkSlow(double rate, long millis) {
        rate("slowRate", rate);
        if (millis < 0) {
            throw new IllegalArgumentException("slowMillis must be at least 0 (got " + millis + ")");
        }
    }

    private static void rate(String field, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(field + " must be within 0..1 (got " + rate + ")");
        }
    }
}
