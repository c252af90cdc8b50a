package io.ledgerbridge.qbo.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * The statements a benchmark's connector sends to its database, counted by their text, so a run can say how many
 * statements a record costs and which ones ({@code -Dbenchmark.sql.profile=true}). Counting costs the benchmark
 * a little CPU; the figures of a profiled run are for the statements, not the speed.
 */
final class SqlProfile {
    static final boolean ON = Boolean.getBoolean("benchmark.sql.profile");
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private SqlProfile() {
    }

    /** @return {@code target}, counting the statements prepared through it when profiling is on */
    static DataSource wrap(DataSource target) {
        if (!ON) {
            return target;
        }
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, args) -> {
                    Object result = invoke(m, target, args);
                    return m.getName().equals("getConnection") ? connection((Connection) result) : result;
                });
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, args) -> {
                    if ((m.getName().equals("prepareStatement") || m.getName().equals("prepareCall"))
                            && args != null && args[0] instanceof String sql) {
                        COUNTS.computeIfAbsent(sql.replaceAll("\\s+", " "), k -> new LongAdder()).increment();
                    } else if (m.getName().equals("commit")) {
                        COUNTS.computeIfAbsent("(commit)", k -> new LongAdder()).increment();
                    }
                    return invoke(m, target, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Forgets what was counted (before the measured part). */
    static void reset() {
        COUNTS.clear();
    }

    /** Prints the statements per record, and the {@code top} most sent. */
    static void print(long records, int top) {
        if (!ON) {
            return;
        }
        long total = COUNTS.entrySet().stream().filter(e -> !e.getKey().equals("(commit)"))
                .mapToLong(e -> e.getValue().sum()).sum();
        System.out.printf("  (statements: %d, %.2f per record)%n", total, (double) total / records);
        COUNTS.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(top)
                .forEach(e -> System.out.printf("  %8.3f per record  %s%n", (double) e.getValue().sum() / records,
                        e.getKey().length() > 160 ? e.getKey().substring(0, 160) + "…" : e.getKey()));
    }
}
