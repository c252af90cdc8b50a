package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.sandbox.LatencyModel;
import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many companies at once, at QuickBooks' real time (scale 1) with the sandbox's Intuit latency model, on PostgreSQL.
 * Not part of the test run ({@code -Dtest=TenantsBenchmark}). Prints:
 * <pre>
 * tenants: &lt;companies&gt; companies, &lt;records&gt; records, &lt;percent&gt;% of summed ceiling, fresh event p99 &lt;seconds&gt; s, threads &lt;n&gt;, 429s: &lt;n&gt;
 * </pre>
 * and, when this machine's cores rather than QuickBooks' throttles were the bound, a {@code bound:} line with the
 * connector's CPU milliseconds per record and where the CPU went. Its parts: {@link Bench} (PostgreSQL schema, thread
 * and CPU counts), {@link FreshEvents} (the fresh-event latencies), {@link NodesBench} (the nodes benchmark's
 * companies and checks).
 */
class TenantsBenchmark {
    private static final int COMPANIES = Integer.getInteger("benchmark.companies", 100);
    private static final int PER_KIND = Integer.getInteger("benchmark.records", 100);
    private static final int IDLE = 20;

    @Test
    void tenants() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1).latency(LatencyModel.intuit()).start();
                Bench.Pg pg = Bench.postgres()) {
            JsonNode us = BenchCompanies.usSeed();
            Map<TenantId, String> realms = new LinkedHashMap<>();
            TenantHosts hosts = new TenantHosts();
            for (int c = 0; c < COMPANIES + IDLE; c++) {
                String realm = String.valueOf(9130360000000000L + c);
                sandbox.admin().registerCompany(BenchCompanies.company(us, realm, false));
                TenantId tenant = TenantId.of((c < COMPANIES ? "busy-" : "idle-") + c);
                realms.put(tenant, realm);
                hosts.ofPut(tenant, new FakeHost());
            }
            try (SandboxEngine e = new SandboxEngine(sandbox, pg.db(), hosts, 1, "bench",
                    SyncBenchmark.TimedGateway::new, realms)) {
                List<TenantId> busy = realms.keySet().stream().filter(t -> t.value().startsWith("busy-")).toList();
                List<TenantId> idle = realms.keySet().stream().filter(t -> t.value().startsWith("idle-")).toList();
                for (TenantId tenant : busy) {
                    backlog(e, hosts.of(tenant), tenant);
                }
                sandbox.admin().clearRequestLog();
                SyncBenchmark.TimedGateway.OPS.set(0);
                Bench.Cpu cpu = Bench.Cpu.start();
                SqlProfile.reset();
                long t0 = System.nanoTime();
                e.module.start();
                FreshEvents fresh = new FreshEvents(e, sandbox, hosts, idle, realms);
                Thread freshThread = new Thread(fresh::run, "bench-fresh-events");
                freshThread.setDaemon(true);
                freshThread.start();
                int peakThreads = 0;
                // Checked once a second: counting 100 companies in the sandbox is the measurement's own load.
                while (!allDone(sandbox, busy, realms)) {
                    peakThreads = Math.max(peakThreads, Bench.connectorThreads());
                    Bench.pause(Duration.ofSeconds(1));
                }
                fresh.stop();
                freshThread.join();
                double seconds = (System.nanoTime() - t0) / 1e9;
                Bench.Cpu.Used used = cpu.stop();
                fresh.finish();
                int records = COMPANIES * 3 * PER_KIND;
                long ops = SyncBenchmark.TimedGateway.OPS.get();
                double ceiling = sandbox.admin().throttle().path("ceilingRequestsPerRealMinute").asDouble();
                double percent = 100 * ops / (seconds / 60) / (ceiling * COMPANIES);
                System.out.printf("  (%d operations in %.1f s; %d fresh events, seconds each: %s; machine busy %.0f%% of "
                        + "%d cores)%n", ops, seconds, fresh.latencies.size(), fresh.latencies.stream()
                        .map(l -> String.format(java.util.Locale.ROOT, "%.1f", l)).toList(), used.machineBusyPercent(),
                        used.cores());
                System.out.printf("tenants: %d companies, %d records, %.1f%% of summed ceiling, fresh event p99 %.2f s, "
                        + "threads %d, 429s: %d%n", COMPANIES, records, percent, fresh.p99(), peakThreads,
                        sandbox.admin().countStatus(429));
                if (used.machineBusyPercent() > 85) {
                    System.out.printf("bound: this machine's %d cores (busy %.0f%%), not QuickBooks' throttles: connector "
                            + "%.2f ms CPU per record; CPU went to connector %.0f%%, database %.0f%%, sandbox %.0f%%, "
                            + "other %.0f%%%n", used.cores(), used.machineBusyPercent(),
                            used.connectorMillis() / records, used.share(used.connectorMillis()),
                            used.share(used.databaseMillis()), used.share(used.sandboxMillis()),
                            used.share(used.otherMillis()));
                }
                SqlProfile.print(records, 25);
                for (TenantId tenant : busy) {
                    assertThat(sandbox.admin().count(realms.get(tenant), "Payment")).isEqualTo(PER_KIND);
                }
            }
        }
    }

    // --- isolation: companies in 429 storms beside untroubled ones -------------------------------------------

    private static final int ISO_COMPANIES = 20;
    private static final int ISO_STORMED = 8;
    private static final int ISO_PER_KIND = Integer.getInteger("benchmark.isolation.records", 150);

    @Test
    void isolation() throws Exception {
        double undisturbed = calmRate(false);
        double disturbed = calmRate(true);
        System.out.printf("isolation: %d companies, %d in 429 storms, others at %.0f%% of their undisturbed rate%n",
                ISO_COMPANIES, ISO_STORMED, 100 * disturbed / undisturbed);
    }

    /**
     * @param storms whether the stormed companies have backlogs and answer 429 to everything (half with a
     *        {@code Retry-After} of 5 s, half without, as Intuit)
     * @return records per second of the untroubled companies
     */
    private static double calmRate(boolean storms) throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1).latency(LatencyModel.intuit()).start();
                Bench.Pg pg = Bench.postgres()) {
            JsonNode us = BenchCompanies.usSeed();
            Map<TenantId, String> realms = new LinkedHashMap<>();
            TenantHosts hosts = new TenantHosts();
            for (int c = 0; c < ISO_COMPANIES; c++) {
                String realm = String.valueOf(9130390000000000L + c);
                sandbox.admin().registerCompany(BenchCompanies.company(us, realm, false));
                TenantId tenant = TenantId.of((c < ISO_STORMED ? "stormed-" : "calm-") + c);
                realms.put(tenant, realm);
                hosts.ofPut(tenant, new FakeHost());
            }
            try (SandboxEngine e = new SandboxEngine(sandbox, pg.db(), hosts, 1, "bench", g -> g, realms)) {
                List<TenantId> calm = new ArrayList<>();
                for (var entry : realms.entrySet()) {
                    boolean stormed = entry.getKey().value().startsWith("stormed-");
                    if (stormed && storms) {
                        int c = Integer.parseInt(entry.getKey().value().substring("stormed-".length()));
                        sandbox.admin().faults().forRealm(entry.getValue()).throttleStorm(1.0,
                                c % 2 == 0 ? 5 : io.ledgerbridge.sandbox.faults.RequestFaults.NO_RETRY_AFTER);
                    }
                    if (!stormed) {
                        calm.add(entry.getKey());
                    }
                    if (!stormed || storms) {
                        backlog(e, hosts.of(entry.getKey()), entry.getKey(), ISO_PER_KIND);
                    }
                }
                long t0 = System.nanoTime();
                e.module.start();
                while (!calm.stream().allMatch(t -> sandbox.admin().count(realms.get(t), "Payment") >= ISO_PER_KIND)) {
                    Bench.pause(Duration.ofMillis(50));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("  (%s: %d untroubled companies pushed %d records in %.1f s; 429s: %d)%n",
                        storms ? "with storms" : "undisturbed", calm.size(), calm.size() * 3 * ISO_PER_KIND, seconds,
                        sandbox.admin().countStatus(429));
                return calm.size() * 3.0 * ISO_PER_KIND / seconds;
            }
        }
    }

    // --- idle: 10,000 connected companies with nothing to do -------------------------------------------------

    private static final int IDLE_COMPANIES = Integer.getInteger("benchmark.idle.companies", 10_000);
    private static final int IDLE_SECONDS = Integer.getInteger("benchmark.idle.seconds", 60);

    static TenantId idleTenant(int n) {
        return TenantId.of("quiet-" + n);
    }

    static String idleRealm(int n) {
        return String.valueOf(9130380000000000L + n);
    }

    @Test
    void idle() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1).start(); Bench.Pg pg = Bench.postgres()) {
            JsonNode us = BenchCompanies.usSeed();
            for (int n = 0; n < IDLE_COMPANIES; n++) {
                sandbox.admin().registerCompany(BenchCompanies.company(us, idleRealm(n), false));
            }
            Path dir = Files.createTempDirectory("lb-idle");
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    IdleBenchmarkChild.class.getName(), sandbox.baseUrl(),
                    "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + pg.schema(),
                    String.valueOf(IDLE_COMPANIES), String.valueOf(IDLE_SECONDS), dir.toString())
                    .redirectErrorStream(true).start();
            String result = null;
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("RESULT ")) {
                        result = line;
                    } else if (line.startsWith("CONNECTED")) {
                        // Connected without latency (10,000 OAuth flows); the quiet minute is measured with it.
                        sandbox.latency(LatencyModel.intuit());
                        System.out.println("  child: " + line);
                    } else if (line.startsWith("BREAKDOWN") || line.contains("Exception") || line.contains("ERROR")) {
                        System.out.println("  child: " + line);
                    }
                }
            }
            assertThat(child.waitFor()).isZero();
            assertThat(result).as("the child's RESULT line").isNotNull();
            String[] f = result.split(" ");
            System.out.printf("idle: %s connected companies, threads %s, heap %d MB, polls %.1f%% of one core%n", f[1],
                    f[2], Long.parseLong(f[3]) / (1024 * 1024), Double.parseDouble(f[4]));
        }
    }

    // --- nodes: three connector processes on one PostgreSQL, one killed with SIGKILL midway --------------------

    private static final int NODES = 3;
    private static final int NODE_COMPANIES = Integer.getInteger("benchmark.nodes.companies", 60);
    private static final int NODE_PER_KIND = Integer.getInteger("benchmark.nodes.records", 200);

    @Test
    void nodes() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1).latency(LatencyModel.intuit()).start();
                Bench.Pg pg = Bench.postgres()) {
            JsonNode us = BenchCompanies.usSeed();
            for (int c = 0; c < NODE_COMPANIES; c++) {
                sandbox.admin().registerCompany(BenchCompanies.company(us, NodesBench.realm(c), false));
            }
            // The tenants' settings exist before the nodes start (each node would otherwise write its own defaults).
            io.ledgerbridge.qbo.store.SettingsStore settings = new io.ledgerbridge.qbo.store.SettingsStore(pg.db(),
                    java.time.Clock.systemUTC());
            for (int c = 0; c < NODE_COMPANIES; c++) {
                settings.save(NodesBench.tenant(c), io.ledgerbridge.api.settings.ConnectorSettings.defaults()
                        .toBuilder()
                        .enabled(true).autoSyncInterval(null).notificationRecipients(List.of("books@acme.example"))
                        .build());
            }
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + pg.schema();
            List<Process> nodes = new ArrayList<>();
            List<java.util.concurrent.atomic.AtomicLong> ops = new ArrayList<>();
            CountDownLatch started = new CountDownLatch(NODES);
            for (int n = 0; n < NODES; n++) {
                Process p = new ProcessBuilder(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                        NodesBenchmarkNode.class.getName(), sandbox.baseUrl(), pgUrl, "node-" + (n + 1),
                        String.valueOf(NODE_COMPANIES), String.valueOf(NODE_PER_KIND)).redirectErrorStream(true)
                        .start();
                nodes.add(p);
                var count = new java.util.concurrent.atomic.AtomicLong();
                ops.add(count);
                Thread reader = new Thread(() -> NodesBench.readNode(p, count, started));
                reader.setDaemon(true);
                reader.start();
            }
            assertThat(started.await(120, TimeUnit.SECONDS)).as("the nodes started").isTrue();
            // The work arrives once every node is up, as a host's events do.
            io.ledgerbridge.qbo.store.Outbox outbox = new io.ledgerbridge.qbo.store.Outbox(pg.db().dataSource(),
                    java.time.Clock.systemUTC());
            for (int c = 0; c < NODE_COMPANIES; c++) {
                TenantId tenant = NodesBench.tenant(c);
                for (int i = 0; i < NODE_PER_KIND; i++) {
                    outbox.enqueue(HostEvent.invoicePaid(tenant, new HostPayment("p" + i, "i" + i,
                            Money.of("100", "USD"), LocalDate.of(2026, 3, 1), "card", null)), SyncTrigger.EVENT);
                    outbox.enqueue(event(tenant, HostEventKind.CUSTOMER_CHANGED, "c" + i), SyncTrigger.EVENT);
                    outbox.enqueue(event(tenant, HostEventKind.INVOICE_CHANGED, "i" + i), SyncTrigger.EVENT);
                }
            }
            long total = 3L * NODE_PER_KIND * NODE_COMPANIES;
            while (ops.stream().mapToLong(java.util.concurrent.atomic.AtomicLong::get).sum() < total * 2 / 5) {
                Bench.pause(Duration.ofMillis(200));
            }
            long[] atKill = ops.stream().mapToLong(java.util.concurrent.atomic.AtomicLong::get).toArray();
            List<String> held = NodesBench.heldBy(pg, "node-" + NODES);
            Map<String, Integer> before = new HashMap<>();
            for (String tenant : held) {
                before.put(tenant, NodesBench.written(sandbox, NodesBench.realmOf(tenant)));
            }
            nodes.get(NODES - 1).destroyForcibly(); // SIGKILL
            long killed = System.nanoTime();
            double resumed = -1;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (resumed < 0 && held.stream().anyMatch(t -> NodesBench.written(sandbox, NodesBench.realmOf(t))
                        > before.get(t))) {
                    resumed = (System.nanoTime() - killed) / 1e9;
                }
                if (NodesBench.allWritten(sandbox, NODE_COMPANIES, NODE_PER_KIND)) {
                    break;
                }
                Bench.pause(Duration.ofMillis(200));
            }
            long sum = java.util.Arrays.stream(atKill).sum();
            double min = 100.0 * java.util.Arrays.stream(atKill).min().orElse(0) / Math.max(1, sum);
            double max = 100.0 * java.util.Arrays.stream(atKill).max().orElse(0) / Math.max(1, sum);
            int[] lostAndDuplicated = NodesBench.lostAndDuplicated(sandbox, NODE_COMPANIES,
                    NODE_PER_KIND);
            System.out.printf("  (%d records; the killed node held %d companies; shares at the kill: %s)%n", total,
                    held.size(), java.util.Arrays.toString(atKill));
            System.out.printf("nodes: %d nodes, %d companies, share min %.0f%% max %.0f%%, killed 1: resumed in %.0f s, "
                    + "lost %d, duplicated %d%n", NODES, NODE_COMPANIES, min, max, resumed, lostAndDuplicated[0],
                    lostAndDuplicated[1]);
            for (Process p : nodes) {
                p.getOutputStream().close();
                if (!p.waitFor(150, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            assertThat(lostAndDuplicated).containsExactly(0, 0);
        }
    }

    private static void backlog(SandboxEngine e, FakeHost host, TenantId tenant) {
        backlog(e, host, tenant, PER_KIND);
    }

    private static void backlog(SandboxEngine e, FakeHost host, TenantId tenant, int perKind) {
        String t = tenant.value();
        for (int i = 0; i < perKind; i++) {
            host.add(SandboxSyncTest.customer("c" + i, t + " Customer " + i, t + "-" + i + "@bench.example"));
            host.add(SandboxSyncTest.invoice("i" + i, "c" + i, "B-" + i, InvoiceStatus.PAID, "0"));
            HostPayment p = new HostPayment("p" + i, "i" + i, Money.of("100", "USD"), LocalDate.now(), "card", null);
            host.add(p);
            e.outbox.enqueue(HostEvent.invoicePaid(tenant, p), SyncTrigger.EVENT);
            e.outbox.enqueue(event(tenant, HostEventKind.CUSTOMER_CHANGED, "c" + i), SyncTrigger.EVENT);
            e.outbox.enqueue(event(tenant, HostEventKind.INVOICE_CHANGED, "i" + i), SyncTrigger.EVENT);
        }
    }

    static HostEvent event(TenantId tenant, HostEventKind kind, String id) {
        return new HostEvent(UUID.randomUUID().toString(), tenant, kind, id, java.time.Instant.now(),
                Optional.empty());
    }

    private static boolean allDone(QboSandbox sandbox, List<TenantId> busy, Map<TenantId, String> realms) {
        return busy.stream().allMatch(t -> sandbox.admin().count(realms.get(t), "Payment") >= PER_KIND);
    }
}
