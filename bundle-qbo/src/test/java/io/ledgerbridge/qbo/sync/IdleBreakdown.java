package io.ledgerbridge.qbo.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an idle connector's CPU goes, for the {@code idle:} benchmark's {@code BREAKDOWN} lines: CPU by thread group,
 * the database's committed transactions, and a sampled profile of the connector threads that were running (the
 * innermost LedgerBridge frame of each running stack, sampled every 100 ms).
 */
final class IdleBreakdown {
    private final Map<String, Integer> frames = new HashMap<>();
    private int samples;

    /** Thread name without its trailing number: {@code ledgerbridge-qbo-worker-3} is {@code ledgerbridge-qbo-worker}. */
    static String group(String threadName) {
        return threadName.replaceAll("[-_]?\\d+$", "");
    }

    /** Threads that do the work the polls find (turns, calls, catch-ups, imports, reports), not look for it. */
    private static final java.util.Set<String> WORK = java.util.Set.of("ledgerbridge-qbo-worker",
            "ledgerbridge-qbo-call", "ledgerbridge-qbo-inbound", "ledgerbridge-qbo-import", "ledgerbridge-qbo-books");

    /** @return whether a thread group does found work rather than look for it */
    static boolean isWork(String group) {
        return WORK.contains(group);
    }

    /** Transactions committed in the benchmark's database so far. */
    static long commits(String pgUrl) {
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Work of the first wave still to do: scheduled sweeps due, books-match reports asked for, CDC catch-ups due or
     * never run, runs still running.
     */
    static long waveLeft(String pgUrl) {
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
                ResultSet r = c.createStatement().executeQuery("SELECT "
                        + "(SELECT COUNT(*) FROM qbo_settings WHERE enabled AND auto_sync_minutes IS NOT NULL "
                        + "AND (next_sweep_at IS NULL OR next_sweep_at <= now())) "
                        + "+ (SELECT COUNT(*) FROM qbo_books_match WHERE pending_since IS NOT NULL) "
                        + "+ (SELECT COUNT(*) FROM qbo_cdc_watermark WHERE next_due_at <= now()) "
                        + "+ (SELECT COUNT(*) FROM qbo_connection c WHERE c.qbo_realm_id IS NOT NULL AND NOT EXISTS "
                        + "(SELECT 1 FROM qbo_cdc_watermark w WHERE w.tenant_id = c.tenant_id)) "
                        + "+ (SELECT COUNT(*) FROM qbo_sync_run WHERE state = 'RUNNING' AND sync_trigger <> 'EVENT')")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the work left: " + e.getMessage(), e);
        }
    }

    /** One sample of every running connector thread. */
    void sample() {
        samples++;
        for (var e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (!t.getName().startsWith("ledgerbridge-") || t.getState() != Thread.State.RUNNABLE) {
                continue;
            }
            StackTraceElement[] stack = e.getValue();
            if (stack.length == 0 || isWaitingForInput(stack[0])) {
                continue;
            }
            for (StackTraceElement f : stack) {
                if (f.getClassName().startsWith("io.ledgerbridge.")) {
                    frames.merge(group(t.getName()) + " " + f.getClassName().replace("io.ledgerbridge.qbo.", "")
                            + "." + f.getMethodName() + ":" + f.getLineNumber(), 1, Integer::sum);
                    break;
                }
            }
        }
    }

    private static boolean isWaitingForInput(StackTraceElement top) {
        String m = top.getClassName() + "." + top.getMethodName();
        return m.contains("socketRead") || m.contains("SocketDispatcher.read") || m.contains("EPoll.wait")
                || m.contains("NioSocketImpl.park") || m.contains("Net.poll");
    }

    /** Prints the {@code top} most sampled frames. */
    void print(int top) {
        frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("BREAKDOWN running %5.1f%% of samples %s%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
