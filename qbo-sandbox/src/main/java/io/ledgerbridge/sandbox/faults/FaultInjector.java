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
 * next update of one entity, a cancelled company. Each fault that fires is counted by kind.
 */
public final class FaultInjector {
    /** What should happen to one incoming API request before it is served. */
    public enum Action { NONE, ERROR_5XX, DROP, THROTTLE }

    private volatile double errorRate;
    private volatile int errorStatus = 503;
    private volatile double slowRate;
    private volatile long slowMillis;
    private final AtomicInteger dropNext = new AtomicInteger();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final Set<String> staleNext = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    /** A share (0..1) of API requests answered with {@code status} (500, 502, 503 or 504). */
    public void errorRate(double rate, int status) {
        this.errorRate = rate;
        this.errorStatus = status;
    }

    /** A share (0..1) of API requests delayed by {@code millis}. */
    public void slow(double rate, long millis) {
        this.slowRate = rate;
        this.slowMillis = millis;
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

    public boolean takeStale(String realmId, String entity, String id) {
        boolean hit = staleNext.remove(realmId + "/" + entity + "/" + id);
        if (hit) {
            count("stale5010");
        }
        return hit;
    }

    public Action next() {
        if (take(dropNext)) {
            count("drop");
            return Action.DROP;
        }
        if (take(throttleNext)) {
            count("throttle429");
            return Action.THROTTLE;
        }
        if (errorRate > 0 && ThreadLocalRandom.current().nextDouble() < errorRate) {
            count("error" + errorStatus);
            return Action.ERROR_5XX;
        }
        return Action.NONE;
    }

    public int errorStatus() {
        return errorStatus;
    }

    /** Milliseconds to hold this request back, 0 for none. */
    public long delay() {
        if (slowMillis > 0 && slowRate > 0 && ThreadLocalRandom.current().nextDouble() < slowRate) {
            count("slow");
            return slowMillis;
        }
        return 0;
    }

    public void count(String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** Fired faults by kind: error500..error504, slow, drop, throttle429, stale5010, revoked, cancelled6190. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public void clear() {
        errorRate = 0;
        slowRate = 0;
        slowMillis = 0;
        dropNext.set(0);
        throttleNext.set(0);
        staleNext.clear();
        counts.clear();
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
