package io.ledgerbridge.demo.host.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.demo.host.store.HostStore;
import io.ledgerbridge.demo.host.store.Notifications;
import io.ledgerbridge.demo.host.store.SampleData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostBooksTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final TenantId OTHER = TenantId.of("other");

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private HostStore store;
    private TestStores.Events events;
    private HostBooks books;

    @BeforeEach
    void setUp() {
        store = TestStores.store();
        events = new TestStores.Events();
        books = new HostBooks(store, events, clock);
    }

    private static List<HostCustomer> customers(HostStore store, TenantId tenant) {
        return store.jdbc().inTransaction(c -> store.customers().list(c, tenant));
    }

    private static List<HostInvoice> invoices(HostStore store, TenantId tenant) {
        return store.jdbc().inTransaction(c -> store.invoices().list(c, tenant, null));
    }

    private String customer(String company, String email) {
        return books.saveCustomer(DEMO, null, Map.of("companyName", company, "email", email));
    }

    private static Map<String, String> invoiceForm(String customerId) {
        Map<String, String> form = new HashMap<>();
        form.put("customerId", customerId);
        form.put("issueDate", "2026-03-01");
        form.put("dueDate", "2026-03-31");
        form.put("taxRate", "8.5");
        form.put("discount", "10");
        form.put("line.0.name", "Consulting");
        form.put("line.0.quantity", "2");
        form.put("line.0.unitPrice", "50");
        form.put("line.1.name", "");
        return form;
    }

    @Test
    void savingACustomerWritesItAndPublishesCustomerChanged() {
        String id = customer("Acme", "ap@acme.example");

        assertThat(store.customer(DEMO, id)).hasValueSatisfying(c -> {
            assertThat(c.companyName()).isEqualTo("Acme");
            assertThat(c.email()).isEqualTo("ap@acme.example");
            assertThat(c.updatedAt()).isEqualTo(clock.instant());
        });
        assertThat(events.published).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HostEventKind.CUSTOMER_CHANGED);
            assertThat(e.recordId()).isEqualTo(id);
            assertThat(e.tenant()).isEqualTo(DEMO);
        });
    }

    @Test
    void aBadCustomerFormNamesEveryFieldAndWritesNothing() {
        assertThatThrownBy(() -> books.saveCustomer(DEMO, null, Map.of("email", "not-an-address", "currency", "XX")))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("companyName", "email", "currency");
                    assertThat(e.getMessage()).contains("E-mail 'not-an-address' is not an e-mail address")
                            .contains("name@example.com");
                });
        assertThat(customers(store, DEMO)).isEmpty();
        assertThat(events.published).isEmpty();
    }

    @Test
    void anInvoiceComputesTaxOnTheDiscountedSubtotalAndStartsAsDraft() {
        String customer = customer("Acme", "ap@acme.example");
        String id = books.saveInvoice(DEMO, null, invoiceForm(customer));

        HostInvoice invoice = store.invoice(DEMO, id).orElseThrow();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.invoiceNumber()).isEqualTo("1001");
        assertThat(invoice.lines()).hasSize(1);
        assertThat(invoice.subtotal().amount()).isEqualByComparingTo("100");
        assertThat(invoice.taxAmount().amount()).isEqualByComparingTo("7.65");
        assertThat(invoice.total().amount()).isEqualByComparingTo("97.65");
        assertThat(events.published).extracting(HostEvent::kind).endsWith(HostEventKind.INVOICE_CHANGED);
    }

    @Test
    void anInvoiceIsRefusedForAnotherCustomersProjectATakenNumberAndNoLines() {
        String acme = customer("Acme", "ap@acme.example");
        String globex = customer("Globex", "ap@globex.example");
        String project = books.saveProject(DEMO, null, Map.of("customerId", globex, "name", "Roof", "active", "true"));
        books.saveInvoice(DEMO, null, invoiceForm(acme));

        Map<String, String> foreignProject = invoiceForm(acme);
        foreignProject.put("projectId", project);
        assertThatThrownBy(() -> books.saveInvoice(DEMO, null, foreignProject))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("projectId"));

        Map<String, String> takenNumber = invoiceForm(acme);
        takenNumber.put("invoiceNumber", "1001");
        assertThatThrownBy(() -> books.saveInvoice(DEMO, null, takenNumber))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.getMessage()).contains("'1001' is already used"));

        Map<String, String> noLines = invoiceForm(acme);
        noLines.remove("line.0.name");
        noLines.remove("line.0.unitPrice");
        assertThatThrownBy(() -> books.saveInvoice(DEMO, null, noLines))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("line.0.name"));

        assertThat(invoices(store, DEMO)).hasSize(1);
    }

    @Test
    void paymentsMoveAnInvoiceToPartlyPaidThenPaidAndPublishInvoicePaid() {
        String customer = customer("Acme", "ap@acme.example");
        String id = books.saveInvoice(DEMO, null, invoiceForm(customer));
        Map<String, String> payment = new HashMap<>(Map.of("amount", "40", "paidOn", "2026-03-05", "method", "card"));

        assertThatThrownBy(() -> books.recordPayment(DEMO, id, payment))
                .as("a draft takes no payment").isInstanceOf(InvalidFormException.class);
        books.changeStatus(DEMO, id, InvoiceAction.SEND);
        books.recordPayment(DEMO, id, payment);
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        payment.put("amount", "60");
        assertThatThrownBy(() -> books.recordPayment(DEMO, id, payment))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.getMessage()).contains("more than the balance 57.65"));
        payment.put("amount", "57.65");
        books.recordPayment(DEMO, id, payment);

        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(store.payments(DEMO, id)).hasSize(2);
        HostEvent paid = events.published.get(events.published.size() - 1);
        assertThat(paid.kind()).isEqualTo(HostEventKind.INVOICE_PAID);
        assertThat(paid.payment()).hasValueSatisfying(p -> assertThat(p.amount().amount()).isEqualByComparingTo("57.65"));
        assertThatThrownBy(() -> books.changeStatus(DEMO, id, InvoiceAction.VOID))
                .as("a paid invoice is not voided").isInstanceOf(InvalidFormException.class);
    }

    @Test
    void anExpenseIsCheckedAndPublishesExpenseRecorded() {
        assertThatThrownBy(() -> books.saveExpense(DEMO, null, Map.of("vendorName", "Staples", "amount", "-3",
                "category", "Snacks", "paymentMethod", "cash", "spentOn", "2026-02-30")))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("amount", "category", "spentOn"));

        String id = books.saveExpense(DEMO, null, Map.of("vendorName", "Staples", "amount", "12.30",
                "category", "Office supplies", "paymentMethod", "cash", "spentOn", "2026-02-27"));

        assertThat(store.expense(DEMO, id)).hasValueSatisfying(e -> {
            assertThat(e.amount().amount()).isEqualByComparingTo("12.30");
            assertThat(e.amount().currency()).isEqualTo(HostBooks.HOME_CURRENCY);
        });
        assertThat(events.published).singleElement().extracting(HostEvent::kind)
                .isEqualTo(HostEventKind.EXPENSE_RECORDED);
    }

    @Test
    void tenantsNeverSeeEachOthersRecords() {
        String id = customer("Acme", "ap@acme.example");

        assertThat(store.customer(OTHER, id)).isEmpty();
        assertThatThrownBy(() -> books.saveCustomer(OTHER, id, Map.of("companyName", "Hijack")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> books.saveInvoice(OTHER, null, invoiceForm(id)))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("customerId"));
    }

    @Test
    void changedSinceStreamsTheIdsOfRecordsChangedAtOrAfterTheInstant() {
        String old = new HostBooks(store, events, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .saveCustomer(DEMO, null, Map.of("companyName", "Old"));
        String recent = customer("Recent", "r@example.com");
        List<String> ids = new ArrayList<>();

        store.forEachChangedSince(DEMO, RecordType.CUSTOMER, Instant.parse("2026-02-01T00:00:00Z"), ids::add);
        assertThat(ids).containsExactly(recent);
        ids.clear();
        store.forEachChangedSince(DEMO, RecordType.CUSTOMER, null, ids::add);
        assertThat(ids).containsExactly(old, recent);
    }

    @Test
    void sampleDataIsWrittenOnTheFirstStartOnly() {
        JdbcDataSource database = TestStores.memoryDatabase();
        assertThat(SampleData.writeOnce(new HostStore(database), clock)).isTrue();
        HostStore restarted = new HostStore(database);

        assertThat(SampleData.writeOnce(restarted, clock)).isFalse();
        List<HostCustomer> customers = customers(restarted, SampleData.DEMO);
        assertThat(customers).hasSize(4).anySatisfy(c -> assertThat(c.email()).isNull());
        List<HostInvoice> invoices = invoices(restarted, SampleData.DEMO);
        assertThat(invoices).extracting(HostInvoice::status).contains(InvoiceStatus.DRAFT, InvoiceStatus.SENT,
                InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.VOIDED);
        assertThat(invoices).allSatisfy(i -> assertThat(i.lines()).isNotEmpty());
        assertThat(invoices).anySatisfy(i -> assertThat(i.taxAmount().amount()).isGreaterThan(BigDecimal.ZERO));
        assertThat(customers(restarted, SampleData.DEMO2)).hasSize(1);
    }

    @Test
    void theOutboxKeepsNotificationsPerTenantNewestFirst() {
        store.jdbc().inTransaction(c -> {
            store.notifications().add(c, DEMO, new Notification(List.of("ada@demo.example"), "Sync failed",
                    "Customer Northwind has no e-mail address."), Instant.parse("2026-03-01T10:00:00Z"));
            store.notifications().add(c, DEMO, new Notification(List.of("ada@demo.example", "ops@demo.example"),
                    "Reconnect QuickBooks", "The refresh token expired."), Instant.parse("2026-03-01T11:00:00Z"));
            store.notifications().add(c, OTHER, new Notification(List.of("x@other.example"), "Other", "Other tenant"),
                    Instant.parse("2026-03-01T12:00:00Z"));
            return null;
        });

        List<Notifications.Sent> sent = store.jdbc().inTransaction(c -> store.notifications().latest(c, DEMO, 10));

        assertThat(sent).extracting(s -> s.notification().subject()).containsExactly("Reconnect QuickBooks",
                "Sync failed");
        assertThat(sent.get(0).notification().recipients()).containsExactly("ada@demo.example", "ops@demo.example");
    }
}
