package io.ledgerbridge.sandbox.throttle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Intuit's published limits per company and app: 500 requests a minute, 10 a second, 10 in flight, 40 batch
 * calls a minute. Sliding windows over a nanosecond ticker; a time scale divides every window so a test can run
 * minutes of traffic in seconds while the counts stay the same.
 */
public final class Throttle {
    public static final int PER_MINUTE = 500;
    public static final int PER_SECOND = 10;
    public static final int IN_FLIGHT = 10;
    public static final int BATCH_PER_MINUTE = 40;
    private static final long MINUTE = 60_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier ticker;
    private volatile double timeScale;
    private final Map<String, Windows> windows = new HashMap<>();

    private static final class Windows {
        final Deque<long[]> minute = new ArrayDeque<>();
        final Deque<Long> second = new ArrayDeque<>();
        final Deque<Long> batch = new ArrayDeque<>();
        int minuteCount;
        int inFlight;
    }

    /** A granted request; {@link #close()} ends its in-flight slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    public Throttle(LongSupplier ticker, double timeScale) {
        this.ticker = ticker;
        setTimeScale(timeScale);
    }

    public void setTimeScale(double timeScale) {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("time scale must be positive");
        }
        this.timeScale = timeScale;
    }

    public double timeScale() {
        return timeScale;
    }

    /**
     * Takes a slot for one request; null when a limit is reached (answer 429).
     * @param weight how many calls this request counts as in the minute window (a batch counts its items)
     */
    public synchronized Permit acquire(String key, boolean batch, int weight) {
        long now = ticker.getAsLong();
        long minute = (long) (MINUTE / timeScale);
        long second = (long) (SECOND / timeScale);
        Windows w = windows.computeIfAbsent(key, k -> new Windows());
        while (!w.minute.isEmpty() && now - w.minute.peekFirst()[0] >= minute) {
            w.minuteCount -= (int) w.minute.pollFirst()[1];
        }
        while (!w.second.isEmpty() && now - w.second.peekFirst() >= second) {
            w.second.pollFirst();
        }
        while (!w.batch.isEmpty() && now - w.batch.peekFirst() >= minute) {
            w.batch.pollFirst();
        }
        int cost = Math.max(1, weight);
        if (w.inFlight >= IN_FLIGHT || w.second.size() >= PER_SECOND || w.minuteCount + cost > PER_MINUTE
                || (batch && w.batch.size() >= BATCH_PER_MINUTE)) {
            return null;
        }
        w.minute.addLast(new long[] {now, cost});
        w.minuteCount += cost;
        w.second.addLast(now);
        if (batch) {
            w.batch.addLast(now);
        }
        w.inFlight++;
        return () -> release(w);
    }

    private synchronized void release(Windows w) {
        w.inFlight--;
    }

    public synchronized void clear() {
        windows.clear();
    }

    /** The limits, the effective window lengths and the resulting ceiling in real time. */
    public ObjectNode report() {
        ObjectNode r = Json.object();
        r.put("timeScale", timeScale);
        ObjectNode limits = r.putObject("limits");
        limits.put("requestsPerMinute", PER_MINUTE);
        limits.put("requestsPerSecond", PER_SECOND);
        limits.put("concurrentRequests", IN_FLIGHT);
        limits.put("batchRequestsPerMinute", BATCH_PER_MINUTE);
        ObjectNode win = r.putObject("windowMillis");
        win.put("minute", 60_000 / timeScale);
        win.put("second", 1_000 / timeScale);
        r.put("ceilingRequestsPerRealMinute", Math.min(PER_MINUTE * timeScale, PER_SECOND * 60 * timeScale));
        r.put("ceilingBatchRequestsPerRealMinute", BATCH_PER_MINUTE * timeScale);
        r.put("scope", "per company (realm) and app (client id)");
        return r;
    }

    /** The 429 body: XML even when JSON was asked for, as Intuit sends it. */
    public static String throttledXml(String time) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<IntuitResponse xmlns=\"http://schema.intuit.com/finance/v3\" time=\"" + time + "\">"
                + "<Fault type=\"SERVICE\"><Error code=\"3001\" element=\"\">"
                + "<Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message>"
                + "<Detail>The request limit was reached.  Try again later</Detail></Error></Fault></IntuitResponse>";
    }
}
