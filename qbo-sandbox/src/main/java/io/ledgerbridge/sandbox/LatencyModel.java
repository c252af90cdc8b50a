package io.ledgerbridge.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * How long the sandbox holds back each answer of the Accounting API and OAuth endpoints (never the admin API), so a
 * benchmark can compare clients under realistic latency. A log-normal distribution given by its median and 99th
 * percentile; {@link #fixed} is the degenerate case and {@link #off()} (the default) adds nothing. The sandbox divides
 * every draw by its time scale.
 *
 * <p>Intuit publishes no latency figures. {@link #intuit()} is an estimate from what integrators commonly report for
 * the production Accounting API: a few hundred milliseconds for a typical read, query or write, with a long tail of
 * multi-second answers.
 */
public final class LatencyModel {
    /** The 99th percentile of the standard normal distribution. */
    private static final double Z99 = 2.3263478740408408;
    /** No draw exceeds this (before time scaling): past it a real client would have timed out anyway. */
    private static final Duration CEILING = Duration.ofSeconds(60);
    private final Duration median;
    private final Duration p99;
    private final Random random;

    private LatencyModel(Duration median, Duration p99, Random random) {
        this.median = median;
        this.p99 = p99;
        this.random = random;
    }

    /** No added latency (the default). */
    public static LatencyModel off() {
        return new LatencyModel(Duration.ZERO, Duration.ZERO, new Random());
    }

    /** The same latency for every request. */
    public static LatencyModel fixed(Duration latency) {
        return logNormal(latency, latency);
    }

    /**
     * Log-normal latency: half the requests take less than {@code median}, 99 in 100 less than {@code p99}.
     *
     * @throws IllegalArgumentException when median is negative or p99 is below the median
     */
    public static LatencyModel logNormal(Duration median, Duration p99) {
        if (median.isNegative() || p99.compareTo(median) < 0) {
            throw new IllegalArgumentException("latency: the median must be at least 0 and the p99 at least the median (got "
                    + millis(median) + " and " + millis(p99) + ")");
        }
        return new LatencyModel(median, p99, new Random());
    }

    /** Intuit's production API as integrators typically see it: median 300 ms, p99 2 s (an estimate, see the class doc). */
    public static LatencyModel intuit() {
        return logNormal(Duration.ofMillis(300), Duration.ofSeconds(2));
    }

    /**
     * Reads a command-line or annotation setting: {@code off}, {@code intuit}, a fixed {@code 250ms}, or
     * {@code <median>,<p99>} such as {@code 300ms,2s}. Durations take {@code ms} or {@code s}; a bare number is ms.
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code spec} is none of them
     */
    public static LatencyModel parse(String spec) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || "off".equals(s) || "0".equals(s)) {
            return off();
        }
        if ("intuit".equals(s)) {
            return intuit();
        }
        String[] parts = s.split(",");
        if (parts.length == 1) {
            return fixed(duration(parts[0], spec));
        }
        if (parts.length == 2) {
            return logNormal(duration(parts[0], spec), duration(parts[1], spec));
        }
        throw badSpec(spec);
    }

    /** The same distribution drawing from a seeded generator, so a benchmark run can be repeated exactly. */
    public LatencyModel seeded(long seed) {
        return new LatencyModel(median, p99, new Random(seed));
    }

    public boolean isOff() {
        return p99.isZero();
    }

    public Duration median() {
        return median;
    }

    public Duration p99() {
        return p99;
    }

    /** One draw, before time scaling. */
    public Duration next() {
        if (isOff() || median.equals(p99)) {
            return median;
        }
        if (median.isZero()) {
            return Duration.ZERO;
        }
        double mu = Math.log(median.toNanos());
        double sigma = (Math.log(p99.toNanos()) - mu) / Z99;
        double nanos = Math.exp(mu + sigma * random.nextGaussian());
        return nanos >= CEILING.toNanos() ? CEILING : Duration.ofNanos((long) nanos);
    }

    /** One draw divided by {@code timeScale}, the sandbox's speed-up of every delay. */
    public Duration next(double timeScale) {
        Duration d = next();
        return d.isZero() ? d : Duration.ofNanos((long) (d.toNanos() / timeScale));
    }

    @Override
    public String toString() {
        return isOff() ? "off" : median.equals(p99) ? millis(median) : millis(median) + "," + millis(p99);
    }

    private static String millis(Duration d) {
        return d.toMillis() + "ms";
    }

    private static Duration duration(String text, String spec) {
        String t = text.trim();
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 1000));
            }
            return Duration.ofMillis(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw badSpec(spec);
        }
    }

    private static IllegalArgumentException badSpec(String spec) {
        return new IllegalArgumentException("latency '" + spec + "' is not understood: give off, intuit, a fixed "
                + "duration such as 250ms, or <median>,<p99> such as 300ms,2s");
    }
}
