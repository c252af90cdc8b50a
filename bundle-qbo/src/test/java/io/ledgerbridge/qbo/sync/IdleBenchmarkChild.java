package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.ConnectorRuntime;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.testing.SandboxBrowser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The connector of the {@code idle:} benchmark, alone in a JVM with a 256 MB heap ({@link TenantsBenchmark#idle()}
 * starts it): the production wiring ({@code ConnectorRuntime}, defaults) on PostgreSQL, against the sandbox in the
 * parent's process. It connects every company through Intuit's OAuth flow as an administrator would, turns sync on,
 * waits for the first wave of scheduled work to pass (each company's first sweep, change-data-capture catch-up and
 * books-match report), then measures a quiet minute: the connector's threads, its heap in use after a collection, and
 * the CPU of the threads that look for work (the polls, timers and lease heartbeats; the threads that do the work
 * they find are reported beside them). It prints {@code BREAKDOWN} lines and one {@code RESULT} line.
 */
final class IdleBenchmarkChild {
    private IdleBenchmarkChild() {
    }

    /** @param args sandbox base URL, PostgreSQL URL (with its schema), companies, seconds measured, data dir */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String pgUrl = args[1];
        int companies = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        ConnectorConfig config = ConnectorConfig.fromMap(Map.ofEntries(
                Map.entry("environment", "local-sandbox"), Map.entry("api.base.url", baseUrl),
                Map.entry("authorize.url", baseUrl + "/connect/oauth2"),
                Map.entry("token.url", baseUrl + "/oauth2/v1/tokens/bearer"),
                Map.entry("revoke.url", baseUrl + "/v2/oauth2/tokens/revoke"),
                Map.entry("client.id", io.ledgerbridge.sandbox.QboSandbox.DEFAULT_CLIENT_ID),
                Map.entry("client.secret", io.ledgerbridge.sandbox.QboSandbox.DEFAULT_CLIENT_SECRET),
                Map.entry("redirect.uri", "http://127.0.0.1:8080/ledgerbridge/oauth/callback"),
                Map.entry("data.directory", Path.of(args[4]).toString()), Map.entry("jdbc.url", pgUrl),
                Map.entry("jdbc.user", "postgres"), Map.entry("encryption.secret", "idle-benchmark-secret"),
                Map.entry("node.id", "idle-node")));
        FakeHost host = new FakeHost();
        try (ConnectorRuntime runtime = new ConnectorRuntime(config, host, host, host, Optional.empty(),
                Clock.systemUTC())) {
            var connector = runtime.connector();
            AtomicInteger connected = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> done = new ArrayList<>();
            SandboxBrowser browser = new SandboxBrowser(); // one browser (one HTTP client) for every connect
            for (int c = 0; c < companies; c++) {
                int n = c;
                done.add(pool.submit(() -> {
                    TenantId tenant = TenantsBenchmark.idleTenant(n);
                    AuthorizationStart start = connector.connection().beginConnect(tenant, "session-" + n, null);
                    connector.connection().completeConnect(tenant, "session-" + n,
                            browser.authorize(start.authorizationUrl(), TenantsBenchmark.idleRealm(n), true));
                    connector.settings().updateSettings(tenant, ConnectorSettings.defaults().toBuilder()
                            .enabled(true).build());
                    connected.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            System.out.println("CONNECTED " + connected.get());
            // Every company's first scheduled sweep, CDC catch-up and books-match report come in one wave after the
            // connects (hourly ones follow in step): wait for the wave to pass, and tell what it cost, so the quiet
            // minute measured after it is what an idle connector costs between windows.
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long waveCpu0 = sum(connectorCpu(mx));
            long wave0 = System.nanoTime();
            Bench.pause(Duration.ofSeconds(Integer.getInteger("idle.settle", 30)));
            Duration waveCap = Duration.ofMinutes(Integer.getInteger("idle.wave.minutes", 15));
            while (IdleBreakdown.waveLeft(pgUrl) > 0 && System.nanoTime() - wave0 < waveCap.toNanos()) {
                Bench.pause(Duration.ofSeconds(5));
            }
            double waveSeconds = (System.nanoTime() - wave0) / 1e9;
            double waveCpu = (sum(connectorCpu(mx)) - waveCpu0) / 1e9;
            System.out.printf("BREAKDOWN first wave (sweeps, CDC catch-ups, books-match reports): %.0f s, %.1f CPU s, "
                    + "%.2f ms CPU per company; left %d%n", waveSeconds, waveCpu, 1000 * waveCpu / companies,
                    IdleBreakdown.waveLeft(pgUrl));
            Map<Long, Long> cpu0 = connectorCpu(mx);
            long commits0 = IdleBreakdown.commits(pgUrl);
            IdleBreakdown profile = new IdleBreakdown();
            long t0 = System.nanoTime();
            int threads = 0;
            for (int s = 0; s < seconds; s++) {
                for (int tick = 0; tick < 10; tick++) {
                    Bench.pause(Duration.ofMillis(100));
                    profile.sample();
                }
                threads = Math.max(threads, Bench.connectorThreads());
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            long used = 0;
            long polls = 0;
            Map<String, Long> byGroup = new java.util.TreeMap<>();
            Map<Long, String> names = threadNames();
            for (var e : connectorCpu(mx).entrySet()) {
                long d = e.getValue() - cpu0.getOrDefault(e.getKey(), 0L);
                String group = IdleBreakdown.group(names.getOrDefault(e.getKey(), "?"));
                used += d;
                polls += IdleBreakdown.isWork(group) ? 0 : d;
                byGroup.merge(group, d, Long::sum);
            }
            System.out.printf("BREAKDOWN all connector threads %.2f%% of one core (the polls %.2f%%, the work they "
                    + "found %.2f%%)%n", 100 * used / 1e9 / wall, 100 * polls / 1e9 / wall,
                    100 * (used - polls) / 1e9 / wall);
            byGroup.forEach((g, ns) -> System.out.printf("BREAKDOWN cpu %s %.2f%% of one core%n", g,
                    100 * ns / 1e9 / wall));
            System.out.printf("BREAKDOWN database transactions %.1f per second%n",
                    (IdleBreakdown.commits(pgUrl) - commits0) / wall);
            profile.print(15);
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("RESULT %d %d %d %.3f%n", connected.get(), threads, heap, 100 * polls / 1e9 / wall);
        }
        System.exit(0);
    }

    private static long sum(Map<Long, Long> cpu) {
        return cpu.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<Long, String> threadNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            names.put(t.getId(), t.getName());
        }
        return names;
    }

    private static Map<Long, Long> connectorCpu(ThreadMXBean mx) {
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("ledgerbridge-")) {
                cpu.put(t.getId(), Math.max(0, mx.getThreadCpuTime(t.getId())));
            }
        }
        return cpu;
    }
}
