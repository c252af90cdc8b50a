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
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.LatencyModel;
import io.ledgerbridge.sandbox.QboSandbox;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.ConcurrentHashMap;
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
 * connector's CPU milliseconds per record and where the CPU went.
 */
class TenantsBenchmark {
    private static final int COMPANIES = Integer.getInteger("benchmark.companies", 100);
    private static final int PER_KIND = Integer.getInteger("benchmark.records", 100);
    private static final int IDLE = 20;
    private static final Duration FRESH_EVERY = Duration.ofSeconds(2);

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
                    pause(Duration.ofSeconds(1));
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
                    pause(Duration.ofMillis(50));
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

    static TenantId nodesTenant(int c) {
        return TenantId.of("node-co-" + c);
    }

    static String nodesRealm(int c) {
        return String.valueOf(9130370000000000L + c);
    }

    /** The same host records on every node (a host's nodes share its database). */
    static FakeHost nodesHost(TenantId tenant, int perKind) {
        FakeHost host = new FakeHost();
        String t = tenant.value();
        for (int i = 0; i < perKind; i++) {
            host.add(SandboxSyncTest.customer("c" + i, t + " Customer " + i, t + "-" + i + "@nodes.example"));
            host.add(SandboxSyncTest.invoice("i" + i, "c" + i, "N-" + i, InvoiceStatus.PAID, "0"));
            host.add(new HostPayment("p" + i, "i" + i, Money.of("100", "USD"), LocalDate.of(2026, 3, 1), "card",
                    null));
        }
        return host;
    }

    @Test
    void nodes() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1).latency(LatencyModel.intuit()).start();
                Bench.Pg pg = Bench.postgres()) {
            JsonNode us = BenchCompanies.usSeed();
            for (int c = 0; c < NODE_COMPANIES; c++) {
                sandbox.admin().registerCompany(BenchCompanies.company(us, nodesRealm(c), false));
            }
            // The tenants' settings exist before the nodes start (each node would otherwise write its own defaults).
            io.ledgerbridge.qbo.store.SettingsStore settings = new io.ledgerbridge.qbo.store.SettingsStore(pg.db(),
                    java.time.Clock.systemUTC());
            for (int c = 0; c < NODE_COMPANIES; c++) {
                settings.save(nodesTenant(c), io.ledgerbridge.api.settings.ConnectorSettings.defaults().toBuilder()
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
                Thread reader = new Thread(() -> read(p, count, started));
                reader.setDaemon(true);
                reader.start();
            }
            assertThat(started.await(120, TimeUnit.SECONDS)).as("the nodes started").isTrue();
            // The work arrives once every node is up, as a host's events do.
            io.ledgerbridge.qbo.store.Outbox outbox = new io.ledgerbridge.qbo.store.Outbox(pg.db().dataSource(),
                    java.time.Clock.systemUTC());
            for (int c = 0; c < NODE_COMPANIES; c++) {
                TenantId tenant = nodesTenant(c);
                for (int i = 0; i < NODE_PER_KIND; i++) {
                    outbox.enqueue(HostEvent.invoicePaid(tenant, new HostPayment("p" + i, "i" + i,
                            Money.of("100", "USD"), LocalDate.of(2026, 3, 1), "card", null)), SyncTrigger.EVENT);
                    outbox.enqueue(event(tenant, HostEventKind.CUSTOMER_CHANGED, "c" + i), SyncTrigger.EVENT);
                    outbox.enqueue(event(tenant, HostEventKind.INVOICE_CHANGED, "i" + i), SyncTrigger.EVENT);
                }
            }
            long total = 3L * NODE_PER_KIND * NODE_COMPANIES;
            while (ops.stream().mapToLong(java.util.concurrent.atomic.AtomicLong::get).sum() < total * 2 / 5) {
                pause(Duration.ofMillis(200));
            }
            long[] atKill = ops.stream().mapToLong(java.util.concurrent.atomic.AtomicLong::get).toArray();
            List<String> held = heldBy(pg, "node-" + NODES);
            Map<String, Integer> before = new HashMap<>();
            for (String tenant : held) {
                before.put(tenant, written(sandbox, realmOf(tenant)));
            }
            nodes.get(NODES - 1).destroyForcibly(); // SIGKILL
            long killed = System.nanoTime();
            double resumed = -1;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (resumed < 0 && held.stream().anyMatch(t -> written(sandbox, realmOf(t)) > before.get(t))) {
                    resumed = (System.nanoTime() - killed) / 1e9;
                }
                if (allWritten(sandbox)) {
                    break;
                }
                pause(Duration.ofMillis(200));
            }
            long sum = java.util.Arrays.stream(atKill).sum();
            double min = 100.0 * java.util.Arrays.stream(atKill).min().orElse(0) / Math.max(1, sum);
            double max = 100.0 * java.util.Arrays.stream(atKill).max().orElse(0) / Math.max(1, sum);
            int[] lostAndDuplicated = lostAndDuplicated(sandbox);
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

    private static void read(Process p, java.util.concurrent.atomic.AtomicLong count, CountDownLatch started) {
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("OPS ")) {
                    count.set(Long.parseLong(line.substring(4).trim()));
                } else if (line.startsWith("STARTED")) {
                    started.countDown();
                } else if (line.contains("Exception") || line.contains("ERROR")) {
                    System.out.println("  node: " + line);
                }
            }
        } catch (java.io.IOException ended) {
            // the node was killed
        }
    }

    private static List<String> heldBy(Bench.Pg pg, String node) throws Exception {
        List<String> tenants = new ArrayList<>();
        try (var c = pg.db().dataSource().getConnection(); var s = c.prepareStatement(
                "SELECT tenant_id FROM qbo_company_lease WHERE holder = ? AND lease_until > CURRENT_TIMESTAMP")) {
            s.setString(1, node);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getString(1));
                }
            }
        }
        return tenants;
    }

    private static String realmOf(String tenant) {
        return nodesRealm(Integer.parseInt(tenant.substring("node-co-".length())));
    }

    private static int written(QboSandbox sandbox, String realm) {
        return sandbox.admin().count(realm, "Customer") + sandbox.admin().count(realm, "Invoice")
                + sandbox.admin().count(realm, "Payment");
    }

    private static boolean allWritten(QboSandbox sandbox) {
        for (int c = 0; c < NODE_COMPANIES; c++) {
            if (sandbox.admin().count(nodesRealm(c), "Payment") < NODE_PER_KIND) {
                return false;
            }
        }
        return true;
    }

    /** @return {lost, duplicated} records over every company: by customer name, invoice number and paid invoice */
    private static int[] lostAndDuplicated(QboSandbox sandbox) {
        int lost = 0;
        int duplicated = 0;
        for (int c = 0; c < NODE_COMPANIES; c++) {
            String realm = nodesRealm(c);
            String t = nodesTenant(c).value();
            Map<String, Integer> names = new HashMap<>();
            sandbox.admin().entities(realm, "Customer").forEach(x -> names.merge(x.path("DisplayName").asText(), 1,
                    Integer::sum));
            Map<String, Integer> numbers = new HashMap<>();
            Map<String, String> invoiceIds = new HashMap<>();
            sandbox.admin().entities(realm, "Invoice").forEach(x -> {
                numbers.merge(x.path("DocNumber").asText(), 1, Integer::sum);
                invoiceIds.put(x.path("Id").asText(), x.path("DocNumber").asText());
            });
            Map<String, Integer> paid = new HashMap<>();
            sandbox.admin().entities(realm, "Payment").forEach(x -> paid.merge(invoiceIds.getOrDefault(
                    x.path("Line").path(0).path("LinkedTxn").path(0).path("TxnId").asText(), "?"), 1, Integer::sum));
            for (int i = 0; i < NODE_PER_KIND; i++) {
                for (int n : new int[] {names.getOrDefault(t + " Customer " + i, 0),
                        numbers.getOrDefault("N-" + i, 0), paid.getOrDefault("N-" + i, 0)}) {
                    lost += n == 0 ? 1 : 0;
                    duplicated += Math.max(0, n - 1);
                }
            }
        }
        return new int[] {lost, duplicated};
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

    static void pause(Duration d) {
        try {
            new CountDownLatch(1).await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One new customer on an idle company every two seconds, timed from its event to its write in QuickBooks. */
    private static final class FreshEvents {
        private final SandboxEngine e;
        private final QboSandbox sandbox;
        private final TenantHosts hosts;
        private final List<TenantId> idle;
        private final Map<TenantId, String> realms;
        private final Map<String, Long> pending = new ConcurrentHashMap<>();
        private final Map<String, TenantId> pendingTenant = new HashMap<>();
        final List<Double> latencies = new ArrayList<>();
        private long lastSent;
        private int sent;
        private volatile boolean stopped;

        FreshEvents(SandboxEngine e, QboSandbox sandbox, TenantHosts hosts, List<TenantId> idle,
                Map<TenantId, String> realms) {
            this.e = e;
            this.sandbox = sandbox;
            this.hosts = hosts;
            this.idle = idle;
            this.realms = realms;
        }

        /** Sends one new customer every two seconds and notes when each reaches QuickBooks, until stopped. */
        void run() {
            while (!stopped) {
                tick();
                pause(Duration.ofMillis(20));
            }
        }

        void stop() {
            stopped = true;
        }

        private void tick() {
            long now = System.nanoTime();
            if (now - lastSent >= FRESH_EVERY.toNanos()) {
                TenantId tenant = idle.get(sent % idle.size());
                String name = "Fresh " + tenant.value() + " " + sent;
                hosts.of(tenant).add(SandboxSyncTest.customer("f" + sent, name, "fresh" + sent + "@bench.example"));
                pending.put(name, System.nanoTime());
                pendingTenant.put(name, tenant);
                e.outbox.enqueue(event(tenant, HostEventKind.CUSTOMER_CHANGED, "f" + sent), SyncTrigger.EVENT);
                sent++;
                lastSent = now;
            }
            check();
        }

        private void check() {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var p = it.next();
                String realm = realms.get(pendingTenant.get(p.getKey()));
                boolean written = sandbox.admin().entities(realm, "Customer").stream()
                        .anyMatch(c -> c.path("DisplayName").asText().equals(p.getKey()));
                if (written) {
                    latencies.add((System.nanoTime() - p.getValue()) / 1e9);
                    it.remove();
                }
            }
        }

        void finish() {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                check();
                pause(Duration.ofMillis(25));
            }
            assertThat(pending).as("fresh customers never written").isEmpty();
        }

        double p99() {
            List<Double> sorted = latencies.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99)
                    - 1));
        }
    }

    /** Shared benchmark plumbing: a PostgreSQL schema, thread counts and where the CPU went. */
    static final class Bench {
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

        static Pg postgres() throws Exception {
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
            ds.setMaxConnections(32);
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
    }
}
