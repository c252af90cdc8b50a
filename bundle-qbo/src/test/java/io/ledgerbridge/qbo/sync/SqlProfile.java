package io.ledgerbridge.qbo.sync;

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
        return !ON ? target : io.ledgerbridge.qbo.testing.StatementTap.wrap(target,
                sql -> COUNTS.computeIfAbsent(sql.replaceAll("\\s+", " "), k -> new LongAdder()).increment());
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
        long total = COUNTS.entrySet().stream().filter(e -> !e.getKey().equals(io.ledgerbridge.qbo.testing.StatementTap.COMMIT))
                .mapToLong(e -> e.getValue().sum()).sum();
        System.out.printf("  (statements: %d, %.2f per record)%n", total, (double) total / records);
        COUNTS.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(top)
                .forEach(e -> System.out.printf("  %8.3f per record  %s%n", (double) e.getValue().sum() / records,
                        e.getKey().length() > 160 ? e.getKey().substring(0, 160) + "…" : e.getKey()));
    }
}
