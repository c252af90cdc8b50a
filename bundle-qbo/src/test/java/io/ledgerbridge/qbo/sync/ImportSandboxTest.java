package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportProgress;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.qbo.importer.ImportModule;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import against the embedded sandbox on a plain class path: what the host received, what the links say, and
 * that QuickBooks holds what it held (seed: customers Acme 1, Bayside 2, Cobalt 3 with the job Website Project 4,
 * inactive Dormant Holdings 5; vendor City Cabs; employee Jordan Lee).
 */
class ImportSandboxTest {
    static final HostUser ADMIN = new HostUser("admin", "Admin", "admin@acme.example", T, true);
    static final ImportRequest EVERYTHING = new ImportRequest(true, true, null, false);
    static QboSandbox sandbox;

    @TempDir
    Path dir;
    Database db;
    FakeHost host;
    SandboxEngine e;
    ImportModule imports;

    @BeforeAll
    static void startSandbox() {
        sandbox = QboSandbox.builder().port(0).timeScale(60).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void open() {
        sandbox.admin().reset();
        db = TestDatabase.open(dir);
        host = new FakeHost();
        e = new SandboxEngine(sandbox, db, host, 60, "node-a", g -> g);
        imports = startImports(host);
    }

    private ImportModule startImports(FakeHost ledger) {
        ImportModule m = new ImportModule(db, e.module.gateway(), e.module.access(), host, ledger, Clock.systemUTC(),
                "node-a", 2, Duration.ofMillis(20));
        m.start();
        return m;
    }

    @AfterEach
    void closeAll() throws Exception {
        imports.close();
        e.close();
        db.close();
    }

    @Test
    void aFreshImportBringsContactsJobsOpenInvoicesWithPaymentsAndARerunCreatesNothingNew() {
        String open = invoice("2", "B-1", "2026-03-01", "60", "40"); // Bayside, 100 with tax
        sandbox.admin().receivePayment(REALM, open, new BigDecimal("30"));
        String paid = invoice("1", "A-1", "2026-03-01", "50", "0");
        sandbox.admin().receivePayment(REALM, paid, new BigDecimal("50")); // fully paid: not outstanding
        invoice("1", "A-0", "2025-12-31", "10", "0"); // before the invoices-from day
        int qboWrites = sandbox.admin().requests().size();

        ImportRun run = importAndWait(new ImportRequest(true, true, LocalDate.parse("2026-01-01"), false));

        assertThat(run.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(progress(run, ImportKind.CUSTOMER)).isEqualTo(new ImportProgress(ImportKind.CUSTOMER, 4, 4, 0, 3,
                0, 0)); // Dormant Holdings is inactive: not brought back
        assertThat(progress(run, ImportKind.PROJECT)).isEqualTo(new ImportProgress(ImportKind.PROJECT, 1, 1, 0, 1, 0,
                0));
        assertThat(progress(run, ImportKind.INVOICE)).isEqualTo(new ImportProgress(ImportKind.INVOICE, 1, 1, 0, 1, 0,
                0));
        assertThat(progress(run, ImportKind.PAYMENT).created()).isEqualTo(1);
        String bayside = hostId(RecordType.CUSTOMER, "2");
        assertThat(host.customers.get(bayside)).satisfies(c -> {
            assertThat(c.companyName()).isEqualTo("Bayside Bakery");
            assertThat(c.contactName()).isEqualTo("Luis Ortega");
            assertThat(c.email()).isEqualTo("orders@bayside.example");
        });
        String cobalt = hostId(RecordType.CUSTOMER, "3");
        assertThat(host.projects.get(hostId(RecordType.PROJECT, "4"))).satisfies(p -> {
            assertThat(p.name()).isEqualTo("Website Project");
            assertThat(p.hostCustomerId()).isEqualTo(cobalt);
        });
        HostInvoice imported = host.invoices.get(hostId(RecordType.INVOICE, open));
        assertThat(imported.invoiceNumber()).isEqualTo("B-1");
        assertThat(imported.hostCustomerId()).isEqualTo(bayside);
        assertThat(imported.lines()).extracting(l -> l.amount().amount()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60"), new BigDecimal("40"));
        assertThat(host.payments(T, imported.hostInvoiceId())).singleElement().satisfies(p ->
                assertThat(p.amount().amount()).isEqualByComparingTo("30"));
        assertThat(host.invoices).hasSize(1);
        assertThat(sandbox.admin().requests().subList(qboWrites, sandbox.admin().requests().size()))
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("GET")); // the import only reads QuickBooks

        int writes = host.writes.size();
        ImportRun again = importAndWait(new ImportRequest(true, true, LocalDate.parse("2026-01-01"), false));
        assertThat(host.writes.subList(writes, host.writes.size())).noneMatch(w -> w.contains("+"));
        assertThat(progress(again, ImportKind.CUSTOMER).linked()).isEqualTo(3);
        assertThat(progress(again, ImportKind.CUSTOMER).created()).isZero();
        assertThat(progress(again, ImportKind.PAYMENT).linked()).isEqualTo(1);
        assertThat(host.customers).hasSize(3);
    }

    @Test
    void everyMatchingRuleLinksInsteadOfCreating() {
        e.settings(s -> s.capDisplayNameAt100(true));
        String longName = "Long " + "x".repeat(120);
        qboCustomer(longName.substring(0, 100), null); // pushed earlier with the 100-character cap
        qboCustomer("City Cabs (rides@citycabs.example)", null); // the clash name: a vendor holds City Cabs
        qboCustomer("Jordan Lee (jl@lee.example)", null); // an employee holds Jordan Lee
        host.add(customer("h-email", "Another Name", "  AP@Acme.Example ")); // Acme by e-mail
        host.add(customer("h-name", "bayside    BAKERY", null)); // Bayside by name: case and spaces
        host.add(customer("h-colon", "Cobalt: Consulting", null)); // ':' is refused by QuickBooks
        host.add(customer("h-inactive", "Dormant Holdings", null)); // an inactive customer is still a match
        host.add(customer("h-long", longName, null));
        host.add(customer("h-vendor", "City Cabs", "rides@citycabs.example"));
        host.add(new HostCustomer("h-employee", null, "Jordan Lee", "jl@lee.example", null, null, null,
                Instant.now()));

        ImportRun run = importAndWait(new ImportRequest(true, false, null, false));

        assertThat(hostId(RecordType.CUSTOMER, "1")).isEqualTo("h-email");
        assertThat(hostId(RecordType.CUSTOMER, "2")).isEqualTo("h-name");
        assertThat(hostId(RecordType.CUSTOMER, "3")).isEqualTo("h-colon");
        assertThat(hostId(RecordType.CUSTOMER, "5")).isEqualTo("h-inactive");
        assertThat(hostId(RecordType.CUSTOMER, qboIdOf(longName.substring(0, 100)))).isEqualTo("h-long");
        assertThat(hostId(RecordType.CUSTOMER, qboIdOf("City Cabs (rides@citycabs.example)"))).isEqualTo("h-vendor");
        assertThat(hostId(RecordType.CUSTOMER, qboIdOf("Jordan Lee (jl@lee.example)"))).isEqualTo("h-employee");
        assertThat(progress(run, ImportKind.CUSTOMER).linked()).isEqualTo(7);
        assertThat(host.writes).containsExactly("project+ " + hostId(RecordType.PROJECT, "4"));
    }

    @Test
    void twoCandidatesLinkNothingUntilTheAdministratorChooses() {
        host.add(customer("twin-a", "Bayside Bakery", "orders@bayside.example"));
        host.add(customer("twin-b", "Bayside Bakery Inc", "orders@bayside.example"));

        ImportRun run = importAndWait(new ImportRequest(true, false, null, false));

        assertThat(run.ambiguous()).singleElement().satisfies(a -> {
            assertThat(a.remoteId()).isEqualTo("2");
            assertThat(a.rule()).isEqualTo("email");
            assertThat(a.candidates()).extracting(RecordRef::hostId).containsExactly("twin-a", "twin-b");
        });
        assertThat(progress(run, ImportKind.CUSTOMER).ambiguous()).isEqualTo(1);
        assertThat(e.links.hostId(T, RecordType.CUSTOMER, "2")).isEmpty();
        assertThat(host.customers).hasSize(2 + 2); // Acme and Cobalt were created, Bayside was not
        assertThatThrownBy(() -> imports.imports().resolveMatch(T, run.importId(), "2", "h-other", ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hostCustomerId");

        imports.imports().resolveMatch(T, run.importId(), "2", "twin-b", ADMIN);

        assertThat(e.links.hostId(T, RecordType.CUSTOMER, "2")).contains("twin-b");
        assertThat(imports.imports().run(T, run.importId()).orElseThrow().ambiguous()).singleElement()
                .satisfies(a -> assertThat(a.resolvedHostId()).isEqualTo("twin-b"));
    }

    @Test
    void aDryRunCountsButWritesNothing() {
        invoice("2", "B-1", "2026-03-01", "60", "0");

        ImportRun run = importAndWait(new ImportRequest(true, true, null, true));

        assertThat(progress(run, ImportKind.CUSTOMER).created()).isEqualTo(3);
        assertThat(progress(run, ImportKind.PROJECT).created()).isEqualTo(1);
        assertThat(progress(run, ImportKind.INVOICE).created()).isEqualTo(1);
        assertThat(host.writes).isEmpty();
        assertThat(e.links.hostId(T, RecordType.CUSTOMER, "1")).isEmpty();
    }

    @Test
    void startingTwiceReturnsTheRunningImport() throws Exception {
        imports.close();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        FakeHost held = new FakeHost() {
            @Override
            public String upsertCustomer(io.ledgerbridge.api.TenantId t, io.ledgerbridge.api.host.ImportedCustomer c) {
                try {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS); // the import is busy meanwhile
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                return host.upsertCustomer(t, c);
            }
        };
        imports = startImports(held);
        ImportRun first = imports.imports().start(T, EVERYTHING, ADMIN);
        ImportRun second = imports.imports().start(T, new ImportRequest(true, false, null, false), ADMIN);
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(second.state()).isEqualTo(SyncRunState.RUNNING);
        assertThat(second.request()).isEqualTo(EVERYTHING);
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> imports.imports().run(T, first.importId()).orElseThrow()
                .state() == SyncRunState.FINISHED);
        assertThat(imports.imports().start(T, EVERYTHING, ADMIN).importId()).isNotEqualTo(first.importId());
        assertThatThrownBy(() -> new ImportRequest(false, false, null, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contacts");
    }

    @Test
    void aConnectorStoppedMidImportResumesFromItsCursorWithoutDuplicates() {
        int many = 2_100;
        java.util.List<QboGateway.BatchItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < many; i++) {
            items.add(new QboGateway.BatchItem("b" + (i % 30), "create", "Customer", FakeQbo.JSON.createObjectNode()
                    .put("DisplayName", "Resume " + i).set("PrimaryEmailAddr", FakeQbo.JSON.createObjectNode()
                            .put("Address", "r" + i + "@resume.example"))));
            if (items.size() == 30) {
                e.gateway.batch(T, items, UUID.randomUUID().toString().substring(0, 30));
                items.clear();
            }
        }
        java.util.concurrent.atomic.AtomicBoolean crashed = new java.util.concurrent.atomic.AtomicBoolean();
        imports.close();
        FakeHost dying = new FakeHost() {
            @Override
            public String upsertCustomer(io.ledgerbridge.api.TenantId t, io.ledgerbridge.api.host.ImportedCustomer c) {
                if (crashed.get() || host.customers.size() == 1_500) {
                    crashed.set(true);
                    throw new Error("the connector's process died"); // not an exception anything handles
                }
                return host.upsertCustomer(t, c);
            }
        };
        imports = startImports(dying);
        ImportRun run = imports.imports().start(T, new ImportRequest(true, false, null, false), ADMIN);
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).untilTrue(crashed);
        imports.close();
        ImportRun stopped = imports.imports().run(T, run.importId()).orElseThrow();
        assertThat(stopped.state()).isEqualTo(SyncRunState.RUNNING);
        assertThat(progress(stopped, ImportKind.CUSTOMER).done()).isEqualTo(1_000); // the saved cursor: one page

        crashed.set(false);
        imports = startImports(host);
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> imports.imports()
                .run(T, run.importId()).orElseThrow().state() == SyncRunState.FINISHED);

        int expected = many + 3; // and Acme, Bayside, Cobalt
        assertThat(host.customers).hasSize(expected);
        assertThat(host.customers.values().stream().map(HostCustomer::email).distinct()).hasSize(expected);
        for (String qboId : new String[] {"1", "2", "3"}) {
            assertThat(e.links.hostId(T, RecordType.CUSTOMER, qboId)).isPresent();
        }
        ImportProgress customers = progress(imports.imports().run(T, run.importId()).orElseThrow(),
                ImportKind.CUSTOMER);
        assertThat(customers.total()).isEqualTo(many + 4);
        assertThat(customers.failed()).isZero();
    }

    @Test
    void importedInvoicesEditsStayInTheHostButTheirPaymentsArePushed() {
        String open = invoice("2", "B-1", "2026-03-01", "60", "40");
        sandbox.admin().receivePayment(REALM, open, new BigDecimal("30"));
        importAndWait(EVERYTHING);
        String hostInvoice = hostId(RecordType.INVOICE, open);
        ObjectNode before = e.qbo("Invoice", open);
        HostInvoice inv = host.invoices.get(hostInvoice);
        host.add(new HostInvoice(inv.hostInvoiceId(), inv.hostCustomerId(), null, inv.invoiceNumber(), inv.status(),
                inv.issueDate(), inv.dueDate(), inv.currency(), inv.lines(), inv.taxAmount(), null, null,
                "Edited in the host", Instant.now()));
        e.changed(HostEventKind.INVOICE_CHANGED, hostInvoice);
        e.paid(new HostPayment("host-pay-1", hostInvoice, Money.of("20", "USD"), LocalDate.parse("2026-03-05"),
                "card", "T-9"));
        e.module.engine().drain();

        ObjectNode after = e.qbo("Invoice", open);
        assertThat(after.path("CustomerMemo").path("value").asText()).isEqualTo(before.path("CustomerMemo")
                .path("value").asText());
        assertThat(after.path("Balance").decimalValue()).isEqualByComparingTo("50"); // 100 - 30 - 20
        assertThat(e.qbo("Payment")).hasSize(2); // the imported one was not sent back
        assertThat(e.module.sync().status(T, RecordRef.of(RecordType.INVOICE, hostInvoice)).message())
                .contains("Imported from QuickBooks", "not pushed");
        assertThat(e.log.latest(T, RecordRef.of(RecordType.INVOICE, hostInvoice)).orElseThrow()).satisfies(l -> {
            assertThat(l.outcome()).isEqualTo("SKIPPED");
            assertThat(l.message()).contains("was imported from QuickBooks: host edits to imported invoices are not "
                    + "pushed");
        });
        assertThat(e.qboId(RecordType.PAYMENT, "host-pay-1")).isNotNull();
    }

    @Test
    void aFirstPushLinksThroughTheCompanyIndexWithoutALookUpPerCustomer() {
        host.add(customer("c0", "Someone Else", "AP@acme.example")); // the seeded Acme's e-mail
        host.add(customer("c1", "bayside  bakery", "new@bayside.example")); // the seeded Bayside's name
        for (int i = 2; i < 40; i++) {
            host.add(customer("c" + i, "New Customer " + i, "n" + i + "@new.example"));
        }
        for (int i = 0; i < 40; i++) {
            e.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
        sandbox.admin().clearRequestLog();
        e.module.engine().drain();

        assertThat(e.qboId(RecordType.CUSTOMER, "c0")).isEqualTo("1");
        assertThat(e.qboId(RecordType.CUSTOMER, "c1")).isEqualTo("2");
        assertThat(e.qbo("Customer")).hasSize(5 + 38);
        // One count and one page of the company's customers, instead of two look-ups for each of 40 customers.
        assertThat(sandbox.admin().countOperation("query", null)).isEqualTo(2);
    }

    @Test
    void twoNodesOnOnePostgresDatabaseImportOnceWithoutDuplicates() throws Exception {
        org.postgresql.ds.PGSimpleDataSource base = new org.postgresql.ds.PGSimpleDataSource();
        base.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        base.setUser("postgres");
        String schema = "import_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = base.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        org.postgresql.ds.PGConnectionPoolDataSource pooled = new org.postgresql.ds.PGConnectionPoolDataSource();
        pooled.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        pooled.setUser("postgres");
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        String open = invoice("2", "B-1", "2026-03-01", "60", "40");
        sandbox.admin().receivePayment(REALM, open, new BigDecimal("30"));
        host.add(customer("twin-a", "Acme Widgets Ltd", "ap@acme.example"));
        host.add(customer("twin-b", "Acme Two", "ap@acme.example"));
        try (Database pg = new Database(pool, pool::dispose);
                SandboxEngine engine = new SandboxEngine(sandbox, pg, host, 60, "node-a", g -> g);
                ImportModule a = new ImportModule(pg, engine.module.gateway(), engine.module.access(), host, host,
                        Clock.systemUTC(), "node-a", 2, Duration.ofMillis(20));
                ImportModule b = new ImportModule(pg, engine.module.gateway(), engine.module.access(), host, host,
                        Clock.systemUTC(), "node-b", 2, Duration.ofMillis(20))) {
            a.start();
            b.start();
            ImportRun run = b.imports().start(T, EVERYTHING, ADMIN);
            assertThat(a.imports().start(T, EVERYTHING, ADMIN).importId()).isEqualTo(run.importId());
            await().atMost(Duration.ofSeconds(60)).until(() -> a.imports().run(T, run.importId()).orElseThrow()
                    .state() == SyncRunState.FINISHED);
            ImportRun done = b.imports().run(T, run.importId()).orElseThrow();
            assertThat(progress(done, ImportKind.CUSTOMER)).isEqualTo(new ImportProgress(ImportKind.CUSTOMER, 4, 4,
                    0, 2, 1, 0));
            assertThat(host.writes.stream().filter(w -> w.startsWith("customer+"))).hasSize(2);
            assertThat(host.writes.stream().filter(w -> w.startsWith("invoice+"))).hasSize(1);
            assertThat(host.writes.stream().filter(w -> w.startsWith("payment+"))).hasSize(1);
            a.imports().resolveMatch(T, run.importId(), "1", "twin-a", ADMIN);
            assertThat(engine.links.hostId(T, RecordType.CUSTOMER, "1")).contains("twin-a");
            assertThat(a.imports().recentRuns(T, 5)).extracting(ImportRun::importId).containsExactly(run.importId());
        } finally {
            try (java.sql.Connection c = base.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private ImportRun importAndWait(ImportRequest request) {
        ImportRun run = imports.imports().start(T, request, ADMIN);
        await().atMost(Duration.ofSeconds(60)).until(() -> imports.imports().run(T, run.importId()).orElseThrow()
                .state() != SyncRunState.RUNNING);
        return imports.imports().run(T, run.importId()).orElseThrow();
    }

    private static ImportProgress progress(ImportRun run, ImportKind kind) {
        return run.progress().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    private String hostId(RecordType type, String qboId) {
        return e.links.hostId(T, type, qboId).orElseThrow(() -> new AssertionError(type + " " + qboId
                + " is not linked"));
    }

    private static HostCustomer customer(String id, String company, String email) {
        return new HostCustomer(id, company, null, email, null, null, null, Instant.now());
    }

    private String qboCustomer(String name, String email) {
        ObjectNode c = FakeQbo.JSON.createObjectNode().put("DisplayName", name);
        if (email != null) {
            c.set("PrimaryEmailAddr", FakeQbo.JSON.createObjectNode().put("Address", email));
        }
        return e.gateway.create(T, "Customer", c, UUID.randomUUID().toString()).path("Id").asText();
    }

    private String qboIdOf(String displayName) {
        return e.qbo("Customer").stream().filter(c -> c.path("DisplayName").asText().equals(displayName))
                .findFirst().orElseThrow().path("Id").asText();
    }

    /** An invoice in QuickBooks: one line of {@code amount}, and tax as a second line when not zero. */
    private String invoice(String customerId, String number, String date, String amount, String second) {
        ObjectNode inv = FakeQbo.JSON.createObjectNode().put("DocNumber", number).put("TxnDate", date);
        inv.set("CustomerRef", FakeQbo.JSON.createObjectNode().put("value", customerId));
        ArrayNode lines = inv.putArray("Line");
        for (String a : new String[] {amount, second}) {
            if (new BigDecimal(a).signum() == 0) {
                continue;
            }
            ObjectNode line = lines.addObject().put("DetailType", "SalesItemLineDetail").put("Amount", a)
                    .put("Description", "Work");
            line.putObject("SalesItemLineDetail").put("Qty", 1).put("UnitPrice", a).putObject("ItemRef")
                    .put("value", "1");
        }
        return e.gateway.create(T, "Invoice", inv, UUID.randomUUID().toString()).path("Id").asText();
    }
}
