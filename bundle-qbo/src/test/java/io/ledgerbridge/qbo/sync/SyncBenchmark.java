package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The benchmark (not part of the test run: surefire only picks *Test classes). Run it with
 * {@code mvn -q -B -pl bundle-api,qbo-sandbox,bundle-qbo verify -Dtest=SyncBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.scale=1}. Prints the event handler's latency (the durable
 * intake) on H2 and PostgreSQL, and the push of 1,000 customers, 1,000 invoices and 1,000 payments to the
 * time-scaled sandbox as records per minute and as a fraction of the throttle ceiling the sandbox reports (a first
 * sync into a company that already holds 5,000 customers), and the import of 100,000 customers and 20,000 open
 * invoices by a connector in a JVM limited to 256 MB of heap, with its peak heap.
 */
class SyncBenchmark {
    private static final int EVENTS = 5_000;
    private static final int RECORDS = Integer.getInteger("benchmark.records", 1_000);
    private static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    /** Intuit's latency by default ({@code off}, a fixed {@code 250ms} or {@code median,p99} otherwise). */
    private static final io.ledgerbridge.sandbox.LatencyModel LATENCY = io.ledgerbridge.sandbox.LatencyModel.parse(
            System.getProperty("benchmark.latency", "intuit"));
    /** Customers the company holds before the first sync. */
    private static final int EXISTING = Integer.getInteger("benchmark.existing", 5_000);
    private static final int IMPORT_CUSTOMERS = Integer.getInteger("benchmark.import.customers", 100_000);
    private static final int IMPORT_INVOICES = Integer.getInteger("benchmark.import.invoices", 20_000);

    @Test
    void benchmark() throws Exception {
        Path dir = Files.createTempDirectory("lb-bench");
        try (Database h2 = TestDatabase.open(dir.resolve("h2"))) {
            handler("H2", h2);
        }
        // H2's default pool of 10 connections over the PostgreSQL driver, as this benchmark always had.
        try (Bench.Pg pg = Bench.postgres(10)) {
            handler("PostgreSQL", pg.db());
        }
        push(dir.resolve("push"));
    }

    private static void handler(String name, Database db) {
        Outbox outbox = new Outbox(db.dataSource(), Clock.systemUTC());
        TenantId tenant = TenantId.of("bench");
        long[] nanos = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            // Half new records, half repeated changes that coalesce.
            String id = "c" + (i % (EVENTS / 2));
            HostEvent e = new HostEvent(UUID.randomUUID().toString(), tenant, HostEventKind.CUSTOMER_CHANGED, id,
                    java.time.Instant.now(), Optional.empty());
            long t0 = System.nanoTime();
            outbox.enqueue(e, SyncTrigger.EVENT);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("handler on %-10s  p50 %.3f ms  p99 %.3f ms  (%d events, each durable before return)%n",
                name, nanos[EVENTS / 2] / 1e6, nanos[EVENTS * 99 / 100] / 1e6, EVENTS);
    }

    private static void push(Path dir) throws Exception {
        // Each part has its own sandbox: one holding 100,000 customers slows every call to its neighbour company.
        Path snapshot = dir.resolve("first-sync.json");
        Files.createDirectories(dir);
        BenchCompanies.write(snapshot, EXISTING, 1, 1);
        QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(SCALE).latency(LATENCY).snapshotFile(snapshot)
                .start();
        FakeHost host = new FakeHost();
        for (int i = 0; i < RECORDS; i++) {
            host.add(SandboxSyncTest.customer("c" + i, "Bench Customer " + i, "b" + i + "@bench.example"));
            host.add(SandboxSyncTest.invoice("i" + i, "c" + i, "B-" + i, InvoiceStatus.PAID, "0"));
        }
        TenantHosts hosts = new TenantHosts();
        hosts.ofPut(SandboxEngine.T, host);
        String realm = BenchCompanies.FIRST_SYNC_REALM;
        try (Database db = TestDatabase.open(dir.resolve("db"));
                SandboxEngine e = new SandboxEngine(sandbox, db, hosts, SCALE, "bench", TimedGateway::new,
                        java.util.Map.of(SandboxEngine.T, realm))) {
            for (int i = 0; i < RECORDS; i++) {
                e.paid(new HostPayment("p" + i, "i" + i, Money.of("100", "USD"), LocalDate.now(), "card", null));
            }
            for (int i = 0; i < RECORDS; i++) {
                e.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
                e.changed(HostEventKind.INVOICE_CHANGED, "i" + i);
            }
            sandbox.admin().clearRequestLog();
            TimedGateway.OPS.set(0);
            TimedGateway.NANOS.set(0);
            long t0 = System.nanoTime();
            e.module.engine().drain();
            double minutes = (System.nanoTime() - t0) / 6e10;
            int records = 3 * RECORDS;
            long requests = sandbox.admin().requestCount(null, 0);
            double ceiling = sandbox.admin().throttle().path("ceilingRequestsPerRealMinute").asDouble();
            System.out.printf("  (time inside QuickBooks calls: %.1f s of %.1f s)%n", TimedGateway.NANOS.get() / 1e9,
                    minutes * 60);
            System.out.printf("push of %d customers, %d invoices, %d payments to the sandbox (time scale %.0f), into a "
                    + "company holding %d customers:%n", RECORDS, RECORDS, RECORDS, SCALE, EXISTING);
            long ops = TimedGateway.OPS.get();
            long throttled = sandbox.admin().countStatus(429);
            System.out.printf("  %.0f records per minute (%.0f per sandbox minute); %d HTTP requests carrying %d "
                    + "operations (batch items counted, as the throttle counts them): %.0f per minute = %.1f%% of "
                    + "the throttle ceiling the sandbox reports (%.0f per minute); 429s: %d%n",
                    records / minutes, records / minutes / SCALE, requests, ops, ops / minutes,
                    100 * ops / minutes / ceiling, ceiling, throttled);
            System.out.printf("first sync: %d records, %d operations, %.3f ops/record, %.1f%% of ceiling, 429s: %d%n",
                    records, ops, (double) ops / records, 100 * ops / minutes / ceiling, throttled);
            assertThat(sandbox.admin().count(realm, "Payment")).isEqualTo(RECORDS);
            assertThat(sandbox.admin().count(realm, "Customer")).isEqualTo(EXISTING + RECORDS);
        } finally {
            sandbox.close();
        }
        if (!Boolean.parseBoolean(System.getProperty("benchmark.import", "true"))) {
            return;
        }
        Path large = dir.resolve("import.json");
        BenchCompanies.write(large, 1, IMPORT_CUSTOMERS, IMPORT_INVOICES);
        try (QboSandbox importing = QboSandbox.builder().port(0).timeScale(SCALE).snapshotFile(large).start()) {
            importInChildJvm(importing, dir.resolve("import-db"));
        }
    }

    /**
     * The import of the large company by a connector alone in a JVM limited to 256 MB of heap (so the figure is the
     * connector's, not the sandbox's, which holds the company in this JVM).
     */
    private static void importInChildJvm(QboSandbox sandbox, Path db) throws Exception {
        sandbox.admin().clearRequestLog();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ImportBenchmarkChild.class.getName(), sandbox.baseUrl(), BenchCompanies.IMPORT_REALM,
                String.valueOf(SCALE), db.toString()).redirectErrorStream(true).start();
        String result = null;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (line.contains("Exception") || line.contains("Error")) {
                    System.out.println("  child: " + line);
                }
            }
        }
        assertThat(child.waitFor()).isZero();
        assertThat(result).as("the child's RESULT line").isNotNull();
        String[] f = result.split(" ");
        long ops = Long.parseLong(f[4]);
        double minutes = Double.parseDouble(f[5]) / 60;
        double ceiling = sandbox.admin().throttle().path("ceilingRequestsPerRealMinute").asDouble();
        System.out.printf("  (import: %s, %d operations in %.1f s, %s errors)%n", f[6], ops, minutes * 60, f[7]);
        System.out.printf("import: %s customers, %s invoices, peak heap %d MB, %.1f%% of ceiling, 429s: %d%n", f[1],
                f[2], Long.parseLong(f[3]) / (1024 * 1024), 100 * ops / minutes / ceiling,
                sandbox.admin().countStatus(429));
    }

    /** Measures the time spent waiting for QuickBooks (the rest is the engine and its database). */
    static class TimedGateway implements QboGateway {
        static final java.util.concurrent.atomic.AtomicLong NANOS = new java.util.concurrent.atomic.AtomicLong();
        /** Operations as QuickBooks' minute window counts them: a batch counts its items. */
        static final java.util.concurrent.atomic.AtomicLong OPS = new java.util.concurrent.atomic.AtomicLong();
        private final QboGateway d;
        private final java.util.concurrent.atomic.AtomicLong ops;

        TimedGateway(QboGateway d) {
            this(d, OPS);
        }

        /** @param ops where this gateway counts its operations */
        TimedGateway(QboGateway d, java.util.concurrent.atomic.AtomicLong ops) {
            this.d = d;
            this.ops = ops;
        }

        private <T> T time(java.util.function.Supplier<T> call) {
            return time(1, call);
        }

        private <T> T time(int ops, java.util.function.Supplier<T> call) {
            long t0 = System.nanoTime();
            try {
                T answer = call.get();
                this.ops.addAndGet(ops);
                return answer;
            } catch (io.ledgerbridge.qbo.client.limit.CompanyMustWait notSent) {
                throw notSent;
            } catch (RuntimeException sentAndRefused) {
                this.ops.addAndGet(ops);
                throw sentAndRefused;
            } finally {
                NANOS.addAndGet(System.nanoTime() - t0);
            }
        }

        @Override
        public java.time.Instant readyAt(TenantId t, int operations, int batchCalls) {
            return d.readyAt(t, operations, batchCalls);
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode create(TenantId t, String e,
                com.fasterxml.jackson.databind.node.ObjectNode b, String r) {
            return time(() -> d.create(t, e, b, r));
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode update(TenantId t, String e,
                com.fasterxml.jackson.databind.node.ObjectNode b, String r) {
            return time(() -> d.update(t, e, b, r));
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode voidTxn(TenantId t, String e, String id, String s,
                String r) {
            return time(() -> d.voidTxn(t, e, id, s, r));
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode read(TenantId t, String e, String id) {
            return time(() -> d.read(t, e, id));
        }

        @Override
        public java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> query(TenantId t, String e,
                java.util.Map<String, String> eq, boolean inactive) {
            return time(() -> d.query(t, e, eq, inactive));
        }

        @Override
        public java.util.List<BatchResult> batch(TenantId t, java.util.List<BatchItem> items, String r) {
            return time(items.size(), () -> d.batch(t, items, r));
        }

        @Override
        public CompanyFacts company(TenantId t) {
            return time(() -> d.company(t));
        }

        @Override
        public java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> page(TenantId t, PageQuery q, int start,
                int max) {
            return time(() -> d.page(t, q, start, max));
        }

        @Override
        public int count(TenantId t, PageQuery q) {
            return time(() -> d.count(t, q));
        }

        @Override
        public java.util.List<java.util.List<com.fasterxml.jackson.databind.node.ObjectNode>> queries(TenantId t,
                java.util.List<Query> q) {
            return time(q.size(), () -> d.queries(t, q));
        }
    }
}
