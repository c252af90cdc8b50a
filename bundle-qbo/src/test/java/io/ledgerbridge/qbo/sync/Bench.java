package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.store.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Shared benchmark plumbing: a PostgreSQL schema of its own, the connector's thread count, where the CPU went, and
 * waiting without {@code Thread.sleep}.
 */
final class Bench {
    private Bench() {
    }

    record Pg(Database db, org.postgresql.ds.PGSimpleDataSource admin, String schema) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            db.close();
            try (var c = admin.getConnection(); var s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** @return a schema of its own, dropped when closed, behind a pool of 32 connections */
    static Pg postgres() throws Exception {
        return postgres(32);
    }

    /**
     * @param maxConnections the pool's size
     * @return a schema of its own, dropped when closed
     */
    static Pg postgres(int maxConnections) throws Exception {
        org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        admin.setUser("postgres");
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var c = admin.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        org.postgresql.ds.PGConnectionPoolDataSource pooled = new org.postgresql.ds.PGConnectionPoolDataSource();
        pooled.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        pooled.setUser("postgres");
        // A host's DataSource is pooled; so is this one (H2's small pool over the PostgreSQL driver).
        org.h2.jdbcx.JdbcConnectionPool ds = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        ds.setMaxConnections(maxConnections);
        return new Pg(new Database(SqlProfile.wrap(ds), ds::dispose), admin, schema);
    }

    /** @return live threads of the connector (named {@code ledgerbridge-…}) */
    static int connectorThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ledgerbridge-")).count();
    }

    /** CPU time of the connector's threads, this JVM, PostgreSQL's processes and the machine. */
    static final class Cpu {
        private final long connector0;
        private final long process0;
        private final long database0;
        private final long[] machine0;
        private final Map<Long, Long> threads0;

        private Cpu() {
            threads0 = connectorCpu();
            connector0 = 0;
            process0 = processCpu();
            database0 = postgresCpuMillis();
            machine0 = machineTicks();
        }

        static Cpu start() {
            return new Cpu();
        }

        Used stop() {
            long connector = 0;
            for (var e : connectorCpu().entrySet()) {
                connector += e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
            }
            long process = processCpu() - process0;
            long database = postgresCpuMillis() - database0;
            long[] machine = machineTicks();
            double busy = machine[0] - machine0[0];
            double total = machine[1] - machine0[1];
            int cores = Runtime.getRuntime().availableProcessors();
            double allMillis = total * 10.0; // ticks of 10 ms, summed over cores
            double busyMillis = busy * 10.0;
            double connectorMillis = (connector - connector0) / 1e6;
            double sandboxMillis = Math.max(0, process / 1e6 - connectorMillis);
            double other = Math.max(0, busyMillis - connectorMillis - sandboxMillis - database);
            return new Used(cores, 100 * busy / Math.max(1, total), connectorMillis, database, sandboxMillis,
                    other, busyMillis, allMillis);
        }

        record Used(int cores, double machineBusyPercent, double connectorMillis, double databaseMillis,
                double sandboxMillis, double otherMillis, double busyMillis, double allMillis) {
            double share(double millis) {
                return 100 * millis / Math.max(1, busyMillis);
            }
        }

        private static Map<Long, Long> connectorCpu() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            Map<Long, Long> cpu = new HashMap<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("ledgerbridge-")) {
                    long ns = mx.getThreadCpuTime(t.getId());
                    if (ns > 0) {
                        cpu.put(t.getId(), ns);
                    }
                }
            }
            return cpu;
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** @return user + system CPU of every {@code postgres} process, in milliseconds */
        static long postgresCpuMillis() {
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        if (name.startsWith("postgres")) {
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            } catch (java.io.IOException e) {
                return 0;
            }
            return ticks * 10;
        }

        /** @return {busy, total} jiffies of the whole machine */
        static long[] machineTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                return new long[] {total - idle, total};
            } catch (java.io.IOException e) {
                return new long[] {0, 1};
            }
        }
    }

    static void pause(Duration d) {
        try {
            new CountDownLatch(1).await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
