package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.books.BooksMatchModule;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.sandbox.LatencyModel;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.store.Company;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The books-match benchmark (not part of the test run: surefire only picks *Test classes). Run it with
 * {@code mvn -q -B -pl bundle-api,qbo-sandbox,bundle-qbo -am verify -Dtest=BooksMatchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}. A company of 100,000 customers and 20,000 open invoices, all
 * linked, seeded straight into the sandbox's store and the connector's links; the sandbox answers at Intuit's latency
 * (median 300 ms, p99 2 s, seeded draws) at time scale 1, through the production client, throttle and retry policy.
 * The host holds a payment not pushed yet on every 200th invoice. Prints one line:
 * {@code drift: <records> records compared, <n> differences, <calls> QuickBooks calls, <seconds> s}.
 */
class BooksMatchBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    private static final int INVOICES = Integer.getInteger("benchmark.invoices", 20_000);
    private static final int UNPUSHED_EVERY = 200;

    @Test
    void benchmark() throws Exception {
        Path dir = Files.createTempDirectory("lb-books-bench");
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1)
                .latency(LatencyModel.intuit().seeded(19)).start();
                Database db = TestDatabase.open(dir)) {
            FakeHost host = new FakeHost();
            seed(sandbox, db, host);
            try (SandboxEngine e = new SandboxEngine(sandbox, db, host, 1, "node-a", g -> g);
                    BooksMatchModule books = new BooksMatchModule(db, e.outbox, e.module.gateway(),
                            t -> CompanyAccess.Access.open(SandboxEngine.REALM), host, e.module.sync(),
                            Clock.systemUTC(), "node-a", 1, Duration.ofSeconds(1))) {
                sandbox.admin().clearRequestLog();
                books.booksMatch().request(SandboxEngine.T, InboundRig.ADMIN);
                long start = System.nanoTime();
                assertThat(books.drain()).isEqualTo(1);
                double seconds = (System.nanoTime() - start) / 1e9;
                BooksMatchReport report = books.booksMatch().latest(SandboxEngine.T).orElseThrow();
                assertThat(report.remoteCalls()).isEqualTo(sandbox.admin().requests().size());
                assertThat(report.customersCompared()).isEqualTo(CUSTOMERS);
                System.out.printf("drift: %d records compared, %d differences, %d QuickBooks calls, %.1f s%n",
                        report.recordsCompared(), report.differenceCount(), report.remoteCalls(), seconds);
            }
        }
    }

    /** The company in the sandbox's store, the host's records and the links, without a single API call. */
    private static void seed(QboSandbox sandbox, Database db, FakeHost host) {
        Company company = sandbox.admin().companies().stream()
                .filter(c -> c.realmId().equals(SandboxEngine.REALM)).findFirst().orElseThrow();
        JsonNodeFactory json = JsonNodeFactory.withExactBigDecimals(true);
        Instant synced = Instant.now();
        Instant before = synced.minusSeconds(3600);
        LinkStore links = new LinkStore(db);
        List<LinkStore.NewLink> batch = new ArrayList<>();
        BigDecimal hundred = new BigDecimal("100.00");
        String[] customerIds = new String[CUSTOMERS];
        synchronized (company.lock()) {
            for (int i = 0; i < CUSTOMERS; i++) {
                String id = company.nextId("Customer");
                customerIds[i] = id;
                BigDecimal balance = i < INVOICES ? hundred : BigDecimal.ZERO;
                ObjectNode c = json.objectNode().put("Id", id).put("SyncToken", "0").put("Active", true)
                        .put("Job", false).put("DisplayName", "Bench Customer " + i).put("Balance", balance)
                        .put("BalanceWithJobs", balance);
                company.put("Customer", c);
                host.add(new HostCustomer("c" + i, "Bench Customer " + i, null, "c" + i + "@bench.example", null,
                        null, null, before));
                batch.add(new LinkStore.NewLink(RecordRef.of(RecordType.CUSTOMER, "c" + i), id, "0", null));
            }
            for (int i = 0; i < INVOICES; i++) {
                String id = company.nextId("Invoice");
                ObjectNode inv = json.objectNode().put("Id", id).put("SyncToken", "0").put("DocNumber", "B-" + i)
                        .put("TotalAmt", hundred).put("Balance", hundred).put("TxnDate", LocalDate.now().toString());
                inv.putObject("CustomerRef").put("value", customerIds[i]);
                inv.putArray("LinkedTxn");
                company.put("Invoice", inv);
                host.add(new HostInvoice("i" + i, "c" + i, null, "B-" + i, InvoiceStatus.SENT, LocalDate.now(), null,
                        Currency.getInstance("USD"), List.of(new HostInvoiceLine("l1", null, null, "Work",
                                "Consulting", BigDecimal.ONE, Money.of("100.00", "USD"), null, null)), null, null,
                        null, null, before));
                batch.add(new LinkStore.NewLink(RecordRef.of(RecordType.INVOICE, "i" + i), id, "0", null));
                if (i % UNPUSHED_EVERY == 0) {
                    host.add(new HostPayment("p" + i, "i" + i, Money.of("40.00", "USD"), LocalDate.now(), "card",
                            null));
                }
            }
        }
        for (int from = 0; from < batch.size(); from += 5000) {
            links.linkAll(SandboxEngine.T, SandboxEngine.REALM, batch.subList(from, Math.min(from + 5000,
                    batch.size())), synced);
        }
    }
}
