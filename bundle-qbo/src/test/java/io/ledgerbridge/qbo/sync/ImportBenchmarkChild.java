package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.ImportedProject;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import io.ledgerbridge.qbo.importer.ImportModule;
import io.ledgerbridge.qbo.store.Database;
import jakarta.ws.rs.client.Client;
import org.awaitility.Awaitility;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The connector side of the import benchmark, alone in a JVM the benchmark starts with {@code -Xmx256m}: the import
 * module against the benchmark's sandbox, a host that counts what it receives (and keeps nothing), and a sampler of
 * the heap in use. Prints one line: {@code customers invoices peakHeapBytes operations seconds}.
 */
public final class ImportBenchmarkChild {
    private ImportBenchmarkChild() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String realm = args[1];
        double scale = Double.parseDouble(args[2]);
        TenantId tenant = TenantId.of("bench");
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemons("heap"));
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 20,
                TimeUnit.MILLISECONDS);
        Client http = JaxRsClients.newClient(Duration.ofSeconds(5), Duration.ofSeconds(60));
        RetrySettings retry = new RetrySettings(4, Duration.ofMillis(20), Duration.ofMillis(200), 0.5,
                Duration.ofMillis((long) (60_000 / scale)));
        QboClientFactory factory = new QboClientFactory(http, QboJson.newObjectMapper(),
                new RetryPolicy(retry, () -> ThreadLocalRandom.current().nextDouble()), Clock.systemUTC(),
                Sleeper.system());
        String token = token(base, realm);
        var client = factory.newClient(new QboEndpoint(URI.create(base), realm), new AccessTokenSource() {
            @Override
            public String currentToken() {
                return token;
            }

            @Override
            public String refreshAfterRejection(String rejected) {
                return token;
            }
        }, factory.newThrottle(ThrottleLimits.quickBooksOnline().timeScaled(scale)));
        QboGateway counted = new SyncBenchmark.TimedGateway(new ClientGateway(t -> client, QboJson.newObjectMapper()));
        CountingHost host = new CountingHost();
        try (Database db = TestDatabase.open(Path.of(args[3]));
                ImportModule imports = new ImportModule(db, counted, t -> CompanyAccess.Access.open(realm), host,
                        host, Clock.systemUTC(), "bench", 1, Duration.ofMillis(50))) {
            imports.start();
            long t0 = System.nanoTime();
            ImportRun run = imports.imports().start(tenant, new ImportRequest(true, true, null, false), null);
            ImportRun now = Awaitility.await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofHours(2))
                    .until(() -> imports.imports().run(tenant, run.importId()).orElseThrow(),
                            r -> r.state() != SyncRunState.RUNNING);
            double seconds = (System.nanoTime() - t0) / 1e9;
            sampler.shutdown();
            System.out.println("RESULT " + host.customers.get() + " " + host.invoices.get() + " " + peak.get() + " "
                    + SyncBenchmark.TimedGateway.OPS.get() + " " + seconds + " " + now.state() + " " + now.errors().size());
        } finally {
            http.close();
        }
    }

    private static String token(String base, String realm) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/_sandbox/tokens")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"clientId\":\"ledgerbridge-dev\",\"realmId\":\"" + realm + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).path("access_token").asText();
    }

    /** A host that counts what it is given and keeps nothing (the connector's heap is what is measured). */
    private static final class CountingHost implements HostRecords, HostLedger {
        final AtomicInteger customers = new AtomicInteger();
        final AtomicInteger invoices = new AtomicInteger();
        final AtomicInteger ids = new AtomicInteger();

        @Override
        public String upsertCustomer(TenantId t, ImportedCustomer c) {
            customers.incrementAndGet();
            return "c" + ids.incrementAndGet();
        }

        @Override
        public String upsertProject(TenantId t, ImportedProject p) {
            return "p" + ids.incrementAndGet();
        }

        @Override
        public String upsertInvoice(TenantId t, ImportedInvoice i) {
            invoices.incrementAndGet();
            return "i" + ids.incrementAndGet();
        }

        @Override
        public void recordPayment(TenantId t, HostPayment p) {
        }

        @Override
        public void markPaid(TenantId t, String id, LocalDate on) {
        }

        @Override
        public void applyValues(TenantId t, RecordRef r, Map<String, String> v) {
        }

        @Override
        public Optional<HostCustomer> customer(TenantId t, String id) {
            return Optional.empty();
        }

        @Override
        public Optional<HostProject> project(TenantId t, String id) {
            return Optional.empty();
        }

        @Override
        public Optional<HostInvoice> invoice(TenantId t, String id) {
            return Optional.empty();
        }

        @Override
        public List<HostPayment> payments(TenantId t, String id) {
            return List.of();
        }

        @Override
        public Optional<HostExpense> expense(TenantId t, String id) {
            return Optional.empty();
        }

        @Override
        public void forEachChangedSince(TenantId t, RecordType type, Instant since, Consumer<String> sink) {
        }
    }
}
