package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.InboundRig.ADMIN;
import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.customer;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.BooksDifference.DriftAction;
import io.ledgerbridge.api.sync.BooksDifference.DriftCause;
import io.ledgerbridge.api.sync.BooksDifference.Kind;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.qbo.books.BooksMatchModule;
import io.ledgerbridge.qbo.conflict.ConflictDecisions;
import io.ledgerbridge.qbo.conflict.ConflictService;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The books-match report against the sandbox, with drift made on purpose by a QuickBooks user through the sandbox's
 * admin API (a credit memo applied to an invoice, a deleted invoice, an edited amount) and by the host (a payment not
 * pushed yet): each found with its cause and action, and each action, taken, makes its difference go away.
 */
class BooksMatchSandboxTest extends EngineSandboxTest {
    BooksMatchModule books;

    @BeforeEach
    void pushed() {
        books = new BooksMatchModule(db, e.outbox, e.noWait, t -> CompanyAccess.Access.open(REALM), host,
                e.module.sync(), Clock.systemUTC(), "node-a", 1, Duration.ofMillis(50));
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        for (String id : List.of("i1", "i2", "i3", "i4", "i5")) {
            host.add(invoice(id, "c1", "Z-" + id, InvoiceStatus.SENT, "8.50")); // 108.50 each
            e.changed(HostEventKind.INVOICE_CHANGED, id);
        }
        e.module.engine().drain();
    }

    @AfterEach
    void stopBooks() {
        books.close();
    }

    private BooksMatchReport report() {
        books.booksMatch().request(T, ADMIN);
        assertThat(books.drain()).as("a report was kept").isEqualTo(1);
        return books.booksMatch().latest(T).orElseThrow();
    }

    private static BooksDifference of(BooksMatchReport report, Kind kind, String hostId) {
        return report.differences().stream().filter(d -> d.kind() == kind && d.record() != null
                && d.record().hostId().equals(hostId)).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + kind + " difference of " + hostId + " in " + report.differences()));
    }

    private static boolean mentions(BooksMatchReport report, String hostId) {
        return report.differences().stream().anyMatch(d -> d.record() != null && d.record().hostId().equals(hostId));
    }

    @Test
    void aReportOfACompanyInA429StormWaitsForItOnNoThreadAndRunsOnceItIsOver() throws Exception {
        sandbox.admin().faults().forRealm(REALM).throttleStorm(1.0, 3);
        books.booksMatch().request(T, ADMIN);
        assertThat(books.drain()).as("reports kept in the storm").isZero();
        // The request is due again when QuickBooks said, with no attempt counted and the reason on the page.
        try (var c = db.dataSource().getConnection(); var s = c.prepareStatement("SELECT failed_attempts, "
                + "next_attempt_at, problem FROM qbo_books_match WHERE tenant_id = ?")) {
            s.setString(1, T.value());
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("failed attempts").isZero();
                assertThat(rs.getTimestamp(2).toInstant()).isAfter(Instant.now().plusSeconds(1));
                assertThat(rs.getString(3)).contains("waits for QuickBooks");
            }
        }
        assertThat(books.drain()).as("not due before then").isZero();
        sandbox.admin().faults().forRealm(REALM).clear();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> books.drain() == 1);
        assertThat(books.booksMatch().latest(T).orElseThrow().invoicesCompared()).isEqualTo(5);
    }

    @Test
    void eachDriftIsFoundWithItsCauseAndActionAndEachActionTakenClearsIt() {
        String customerQbo = e.qboId(RecordType.CUSTOMER, "c1");
        BooksMatchReport clean = report();
        assertThat(clean.finished()).isTrue();
        assertThat(List.of("c1", "i1", "i2", "i3", "i4", "i5")).noneMatch(id -> mentions(clean, id));
        assertThat(clean.invoicesCompared()).isEqualTo(5);

        // A QuickBooks user applies a 30.00 credit memo to Z-i1, deletes Z-i2 and changes an amount of Z-i3.
        ObjectNode memo = sandbox.admin().create(REALM, "CreditMemo", creditMemo(customerQbo, "30"));
        sandbox.admin().applyCredit(REALM, memo.path("Id").asText(), e.qboId(RecordType.INVOICE, "i1"),
                new BigDecimal("30"));
        sandbox.admin().delete(REALM, "Invoice", e.qboId(RecordType.INVOICE, "i2"));
        String edited = e.qboId(RecordType.INVOICE, "i3");
        sandbox.admin().edit(REALM, "Invoice", edited, moreHours(e.qbo("Invoice", edited)));
        // The host receives a payment on Z-i4 that has not been pushed yet.
        host.add(new HostPayment("p4", "i4", Money.of("40", "USD"), LocalDate.now(), "card", "T-4"));
        sandbox.admin().clearRequestLog();

        BooksMatchReport drift = report();

        BooksDifference credit = of(drift, Kind.INVOICE_BALANCE, "i1");
        assertThat(credit.cause()).isEqualTo(DriftCause.CREDIT_MEMO_IN_REMOTE);
        assertThat(credit.action()).isEqualTo(DriftAction.RECORD_IN_HOST);
        assertThat(credit.hostValue()).isEqualTo("108.50");
        assertThat(credit.remoteValue()).isEqualTo("78.50");
        assertThat(credit.explanation()).contains("credit memo " + memo.path("Id").asText());
        BooksDifference deleted = of(drift, Kind.ONLY_IN_HOST, "i2");
        assertThat(deleted.cause()).isEqualTo(DriftCause.DELETED_IN_REMOTE);
        assertThat(deleted.action()).isEqualTo(DriftAction.UNLINK);
        BooksDifference amount = of(drift, Kind.INVOICE_TOTAL, "i3");
        assertThat(amount.cause()).isEqualTo(DriftCause.EDITED_IN_REMOTE);
        assertThat(amount.action()).isEqualTo(DriftAction.RESYNC);
        assertThat(amount.hostValue()).isEqualTo("108.50");
        assertThat(amount.remoteValue()).isNotEqualTo("108.50");
        BooksDifference unpushed = of(drift, Kind.INVOICE_BALANCE, "i4");
        assertThat(unpushed.cause()).isEqualTo(DriftCause.PAYMENT_NOT_PUSHED);
        assertThat(unpushed.action()).isEqualTo(DriftAction.RESYNC);
        assertThat(unpushed.explanation()).contains("p4").contains("40.00");
        BooksDifference customerRow = of(drift, Kind.CUSTOMER_BALANCE, "c1");
        assertThat(customerRow.cause()).isEqualTo(DriftCause.INVOICES_DIFFER);
        assertThat(customerRow.remoteValue()).isEqualTo(money(e.qbo("Customer", customerQbo).path("Balance")
                .decimalValue()));
        assertThat(mentions(drift, "i5")).as("the untouched invoice matches").isFalse();
        assertThat(drift.remedy()).isNull();
        assertThat(List.of(credit, deleted, amount, unpushed, customerRow)).allSatisfy(d -> assertThat(d.remedy())
                .contains("Settings → Integrations → QuickBooks → "));
        // Paged reads only: invoices, the unknown payments, customers; one query each at this size.
        assertThat(sandbox.admin().requests()).allSatisfy(r -> assertThat(r.operation()).isEqualTo("query"));
        assertThat(drift.remoteCalls()).as("%s", sandbox.admin().requests().stream().map(r -> r.status() + " " + r.seq() + " " + r.method() + " "
                + r.path() + " " + r.queries()).toList()).isEqualTo(sandbox.admin().requests().size()).isEqualTo(3);

        // The actions: re-sync Z-i3 and Z-i4 (its payment follows), unlink Z-i2 (pushed afresh).
        e.module.sync().resync(T, RecordRef.of(RecordType.INVOICE, "i3"));
        e.module.sync().resync(T, RecordRef.of(RecordType.INVOICE, "i4"));
        books.booksMatch().unlink(T, RecordRef.of(RecordType.INVOICE, "i2"), ADMIN);
        e.module.engine().drain();

        // Re-syncing Z-i3 does not overwrite QuickBooks' edit: it opens a conflict, which the report now names.
        BooksMatchReport resynced = report();
        BooksDifference conflict = of(resynced, Kind.INVOICE_TOTAL, "i3");
        assertThat(conflict.action()).isEqualTo(DriftAction.OPEN_CONFLICT);
        assertThat(List.of("i2", "i4", "i5")).as("%s", resynced.differences()).noneMatch(id -> mentions(resynced, id));
        ConflictStore conflictStore = new ConflictStore(db.dataSource());
        OutboxQueue queue = new OutboxQueue(db.dataSource(), e.outbox, Clock.systemUTC());
        ConflictService conflicts = new ConflictService(conflictStore, new ConflictDecisions(conflictStore, queue),
                e.links, queue, e.module.sync(), host, host, Clock.systemUTC());
        String conflictId = conflicts.list(T, new ConflictQuery(true, RecordType.INVOICE, 0, 10)).conflicts().get(0)
                .conflictId();
        assertThat(conflict.explanation()).contains(conflictId);
        conflicts.resolve(T, conflictId, ConflictResolution.KEEP_HOST, ADMIN);
        e.module.engine().drain();

        BooksMatchReport after = report();
        assertThat(List.of("i2", "i3", "i4", "i5")).as("%s", after.differences())
                .noneMatch(id -> mentions(after, id));
        assertThat(of(after, Kind.INVOICE_BALANCE, "i1").cause()).isEqualTo(DriftCause.CREDIT_MEMO_IN_REMOTE);
        assertThat(e.qbo("Invoice", e.qboId(RecordType.INVOICE, "i2")).path("TotalAmt").decimalValue())
                .isEqualByComparingTo("108.50");
    }

    @Test
    void quickBooksOwnCreditsPaymentsAndInvoicesAreNamedAndLinkJoinsTheSameInvoice() {
        String customerQbo = e.qboId(RecordType.CUSTOMER, "c1");
        // An open credit memo nobody applied, a payment received in QuickBooks (not brought over: no webhook here),
        // and an invoice a QuickBooks user typed with the number of a host invoice never pushed.
        ObjectNode memo = sandbox.admin().create(REALM, "CreditMemo", creditMemo(customerQbo, "25"));
        String paymentId = sandbox.admin().receivePayment(REALM, e.qboId(RecordType.INVOICE, "i5"),
                new BigDecimal("8.50")).path("Id").asText();
        host.add(invoice("i6", "c1", "Z-i6", InvoiceStatus.SENT, "8.50"));
        ObjectNode typed = creditMemo(customerQbo, "108.50").put("DocNumber", "Z-i6");
        String typedId = sandbox.admin().create(REALM, "Invoice", typed).path("Id").asText();

        BooksMatchReport drift = report();

        BooksDifference paid = of(drift, Kind.INVOICE_BALANCE, "i5");
        assertThat(paid.cause()).isEqualTo(DriftCause.PAYMENT_IN_REMOTE);
        assertThat(paid.explanation()).contains(paymentId);
        BooksDifference same = of(drift, Kind.ONLY_IN_REMOTE, "i6");
        assertThat(same.cause()).isEqualTo(DriftCause.NOT_LINKED);
        assertThat(same.action()).isEqualTo(DriftAction.LINK);
        assertThat(same.remoteId()).isEqualTo(typedId);
        BooksDifference customerRow = of(drift, Kind.CUSTOMER_BALANCE, "c1");
        assertThat(customerRow.cause()).as("%s", drift.differences()).isEqualTo(DriftCause.CREDIT_MEMO_IN_REMOTE);
        assertThat(customerRow.explanation()).contains("25.00");
        assertThat(memo.path("Id").asText()).isNotBlank();

        books.booksMatch().link(T, RecordRef.of(RecordType.INVOICE, "i6"), typedId, ADMIN);
        assertThat(e.qboId(RecordType.INVOICE, "i6")).isEqualTo(typedId);
        BooksMatchReport after = report();
        assertThat(mentions(after, "i6")).as("%s", after.differences()).isFalse();
    }

    @Test
    void onlyTheNodeHoldingTheCompanysLeaseRunsItAndTheRequestWaitsMeanwhile() {
        CompanyLease lease = new CompanyLease(db.dataSource());
        lease.release(T, "node-a", Duration.ZERO); // the push in the set-up held it
        assertThat(lease.tryAcquire(T, "node-b", Duration.ofMinutes(2))).isTrue();
        sandbox.admin().clearRequestLog();

        books.booksMatch().request(T, ADMIN);
        assertThat(books.drain()).isZero();

        BooksMatchReport waiting = books.booksMatch().latest(T).orElseThrow();
        assertThat(waiting.finished()).isFalse();
        assertThat(waiting.pendingSince()).isNotNull();
        assertThat(sandbox.admin().requests()).as("no QuickBooks call from the node without the lease").isEmpty();

        lease.release(T, "node-b", Duration.ZERO);
        assertThat(books.drain()).isEqualTo(1);
        BooksMatchReport done = books.booksMatch().latest(T).orElseThrow();
        assertThat(done.finished()).isTrue();
        assertThat(done.pendingSince()).isNull();
        assertThat(done.requestedBy()).contains("u-ada");
    }

    @Test
    void aReportRunsAfterEachAutoSyncWindowAndOnlyOnce() {
        e.settings(s -> s.autoSyncInterval(Duration.ofMinutes(15)));
        assertThat(books.drain()).as("no window has ended yet").isZero();
        // The first scheduled sweep queues every record; its window ends when a turn has pushed the last of them.
        e.module.sync().sweep(T, SyncTrigger.SCHEDULE);
        assertThat(books.drain()).as("the window is still open").isZero();
        e.module.engine().drain();

        assertThat(books.drain()).isEqualTo(1);
        BooksMatchReport report = books.booksMatch().latest(T).orElseThrow();
        assertThat(report.trigger()).isEqualTo(SyncTrigger.SCHEDULE);
        assertThat(report.requestedBy()).isNull();
        assertThat(books.drain()).as("the same window asks for no second report").isZero();

        // The next sweep finds nothing changed: its window ends at once, and asks again.
        e.module.sync().sweep(T, SyncTrigger.SCHEDULE);
        assertThat(books.drain()).isEqualTo(1);
        assertThat(books.drain()).isZero();
    }

    @Test
    void aWindowWhoseRequestACrashLostIsAskedForAtTheNextStart() {
        e.settings(s -> s.autoSyncInterval(Duration.ofMinutes(15)));
        // As if the node died between ending the window and asking for its report.
        SyncRuns runs = new SyncRuns(db.dataSource());
        String window = runs.start(T, SyncTrigger.SCHEDULE, null, Instant.now());
        runs.finish(window, SyncRunState.FINISHED, Instant.now());
        assertThat(books.drain()).as("nobody asked").isZero();

        books.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                books.booksMatch().latest(T).map(BooksMatchReport::finished).orElse(false));
        assertThat(books.booksMatch().latest(T).orElseThrow().trigger()).isEqualTo(SyncTrigger.SCHEDULE);
        books.close();
        books = new BooksMatchModule(db, e.outbox, e.noWait, t -> CompanyAccess.Access.open(REALM), host,
                e.module.sync(), Clock.systemUTC(), "node-a", 1, Duration.ofMillis(50));
        books.start();
        assertThat(books.drain()).as("a window already reported is not asked for again").isZero();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static ObjectNode creditMemo(String customerQbo, String amount) {
        ObjectNode memo = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        memo.putObject("CustomerRef").put("value", customerQbo);
        ObjectNode line = memo.putArray("Line").addObject().put("Amount", new BigDecimal(amount))
                .put("DetailType", "SalesItemLineDetail");
        line.putObject("SalesItemLineDetail").putObject("ItemRef").put("value", "1");
        return memo;
    }

    /** The invoice's lines with one more hour on the first item line, as a user would type it. */
    private static ObjectNode moreHours(ObjectNode invoice) {
        ArrayNode lines = invoice.path("Line").deepCopy();
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode line = (ObjectNode) lines.get(i);
            if ("SalesItemLineDetail".equals(line.path("DetailType").asText())) {
                ObjectNode detail = (ObjectNode) line.path("SalesItemLineDetail");
                BigDecimal qty = detail.path("Qty").decimalValue().add(BigDecimal.ONE);
                detail.put("Qty", qty);
                line.put("Amount", qty.multiply(detail.path("UnitPrice").decimalValue()));
                break;
            }
        }
        ObjectNode fields = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        fields.set("Line", lines);
        return fields;
    }
}
