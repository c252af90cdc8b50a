package io.ledgerbridge.sandbox.faults;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults a test asks for: a rate of 5xx answers, slow answers, dropped connections, bursts of 429, a 5010 on the
 * next update of one entity, a cancelled company, and webhook deliveries held back or sent twice (Intuit delivers
 * notifications late and sometimes more than once). The rate faults (429 storms, 5xx, slow) are also set for one
 * company alone with {@link #forRealm}; a company's own faults are asked first, then the sandbox-wide ones. Each fault
 * that fires is counted by kind, sandbox-wide and for its company.
 */
public final class FaultInjector {
    /** What should happen to one incoming API request before it is served. */
    public enum Action { NONE, ERROR_5XX, DROP, THROTTLE }

    /**
     * The fault one request meets: its action, the HTTP status for a 429 or 5xx, and the {@code Retry-After} seconds of
     * a 429 ({@link RequestFaults#NO_RETRY_AFTER} for none).
     */
    public record Fired(Action action, int status, long retryAfterSeconds) {
        static final Fired NONE = new Fired(Action.NONE, 0, RequestFaults.NO_RETRY_AFTER);
    }

    private final RequestFaults everyRealm = new RequestFaults(this::count);
    private final Map<String, RequestFaults> realms = new ConcurrentHashMap<>();
    private final AtomicInteger dropNext = new AtomicInteger();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final Set<String> staleNext = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private volatile double webhookDelayRate;
    private volatile long webhookDelayMinSeconds;
    private volatile long webhookDelayMaxSeconds;
    private volatile double webhookRepeatRate;

    /**
     * A share (0..1) of API requests of every company answered with {@code status} (500, 502, 503 or 504).
     *
     * @throws IllegalArgumentException when the rate is not within 0..1 or the status is none of those four
     */
    public void errorRate(double rate, int status) {
        everyRealm.errorRate(rate, status);
    }

    /**
     * A share (0..1) of API requests of every company delayed by {@code millis}.
     *
     * @throws IllegalArgumentException when the rate is not within 0..1 or millis is negative
     */
    public void slow(double rate, long millis) {
        everyRealm.slow(rate, millis);
    }

    /**
     * The rate faults of one company (429 storms, 5xx, slow answers), created on first use; the other companies do
     * not see them. E.g. {@code faults().forRealm(realm).throttleStorm(1.0, 30)}.
     *
     * @throws IllegalArgumentException when realmId is blank
     */
    public RequestFaults forRealm(String realmId) {
        if (realmId == null || realmId.isBlank()) {
            throw new IllegalArgumentException("realmId is required for a company's faults");
        }
        return realms.computeIfAbsent(realmId, r -> new RequestFaults(this::count));
    }

    /** The companies that have faults of their own (or had: their counts stay until a reset), by realm id. */
    public Map<String, RequestFaults> realms() {
        return new TreeMap<>(realms);
    }

    /** The next {@code n} API requests have their connection closed without an answer. */
    public void dropNext(int n) {
        dropNext.set(n);
    }

    /** The next {@code n} API requests get a 429, whatever the throttle says. */
    public void throttleNext(int n) {
        throttleNext.set(n);
    }

    /** The next update (or delete/void) of this entity fails with 5010 even with a current SyncToken. */
    public void staleOnNextUpdate(String realmId, String entity, String id) {
        staleNext.add(realmId + "/" + entity + "/" + id);
    }

    /**
     * A share (0..1) of webhook deliveries held back before they are sent, each by a random time between
     * {@code minSeconds} and {@code maxSeconds} of Intuit's time (divided by the time scale, like the retry schedule);
     * later notifications wait behind a held one, in order.
     *
     * @throws IllegalArgumentException when the rate is not within 0..1 or the range is empty or negative
     */
    public void webhookDelay(double rate, long minSeconds, long maxSeconds) {
        if (rate < 0 || rate > 1 || minSeconds < 0 || maxSeconds < minSeconds) {
            throw new IllegalArgumentException("webhookDelay: rate must be within 0..1 and 0 <= minSeconds <= "
                    + "maxSeconds (got " + rate + ", " + minSeconds + ", " + maxSeconds + ")");
        }
        this.webhookDelayMinSeconds = minSeconds;
        this.webhookDelayMaxSeconds = maxSeconds;
        this.webhookDelayRate = rate;
    }

    /**
     * A share (0..1) of acknowledged webhook deliveries sent once more, with the same body and signature, after a
     * hold drawn as for {@link #webhookDelay} (at least 1 second of Intuit's time).
     *
     * @throws IllegalArgumentException when the rate is not within 0..1
     */
    public void webhookRepeat(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("webhookRepeat: rate must be within 0..1 (got " + rate + ")");
        }
        this.webhookRepeatRate = rate;
    }

    /** @return seconds of Intuit's time to hold the next webhook delivery back (counted), 0 for none */
    public long webhookHold() {
        if (webhookDelayRate > 0 && ThreadLocalRandom.current().nextDouble() < webhookDelayRate) {
            count("webhookDelayed");
            return holdSeconds();
        }
        return 0;
    }

    /** @return seconds of Intuit's time after which an acknowledged delivery is sent again (counted), -1 for never */
    public long webhookRepeatAfter() {
        if (webhookRepeatRate > 0 && ThreadLocalRandom.current().nextDouble() < webhookRepeatRate) {
            count("webhookRepeated");
            return Math.max(1, holdSeconds());
        }
        return -1;
    }

    private long holdSeconds() {
        long min = webhookDelayMinSeconds;
        long max = Math.max(min, webhookDelayMaxSeconds);
        return min + ThreadLocalRandom.current().nextLong(max - min + 1);
    }

    public boolean takeStale(String realmId, String entity, String id) {
        boolean hit = staleNext.remove(realmId + "/" + entity + "/" + id);
        if (hit) {
            count("stale5010");
        }
        return hit;
    }

    /** What happens to the next API request for {@code realmId} (null when the path names none) before it is served. */
    public Fired next(String realmId) {
        if (take(dropNext)) {
            count("drop");
            return new Fired(Action.DROP, 0, RequestFaults.NO_RETRY_AFTER);
        }
        if (take(throttleNext)) {
            count("throttle429");
            return new Fired(Action.THROTTLE, 429, RequestFaults.NO_RETRY_AFTER);
        }
        RequestFaults own = realmId == null ? null : realms.get(realmId);
        Fired fired = own == null ? null : own.next();
        if (fired == null) {
            fired = everyRealm.next();
        }
        return fired == null ? Fired.NONE : fired;
    }

    /** Milliseconds to hold a request for {@code realmId} back, 0 for none: its company's slow fault, else the sandbox's. */
    public long delay(String realmId) {
        RequestFaults own = realmId == null ? null : realms.get(realmId);
        long millis = own == null ? 0 : own.delay();
        return millis > 0 ? millis : everyRealm.delay();
    }

    public void count(String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /**
     * Fired faults by kind, sandbox-wide (a company's own faults included): error500..error504, slow, drop,
     * throttle429, stale5010, revoked, cancelled6190, webhookDelayed, webhookRepeated.
     */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Every fault off, for every company, and every count dropped. */
    public void clear() {
        everyRealm.clear();
        realms.clear();
        dropNext.set(0);
        throttleNext.set(0);
        staleNext.clear();
        webhookDelayRate = 0;
        webhookDelayMinSeconds = 0;
        webhookDelayMaxSeconds = 0;
        webhookRepeatRate = 0;
        counts.clear();
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
