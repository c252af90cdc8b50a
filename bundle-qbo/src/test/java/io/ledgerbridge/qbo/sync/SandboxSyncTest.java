package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine against the embedded sandbox on a plain class path: what QuickBooks holds after each rule. */
class SandboxSyncTest extends EngineSandboxTest {
    static HostCustomer customer(String id, String company, String email) {
        return new HostCustomer(id, company, "Pat Lee", email, "555-0100", null, null, Instant.now());
    }

    static HostInvoice invoice(String id, String customerId, String number, InvoiceStatus status, String tax) {
        return new HostInvoice(id, customerId, null, number, status, LocalDate.now(), null,
                Currency.getInstance("USD"), List.of(new HostInvoiceLine("l1", null, null, "Work", "Consulting",
                        new BigDecimal("2"), Money.of("50", "USD"), null, null)), Money.of(tax, "USD"),
                new BigDecimal("8.5"), null, "Thanks", Instant.now());
    }

    @Test
    void syncNowPushesCustomersInvoicesAndPaymentsAndQuickBooksHoldsThem() {
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.PAID, "8.50"));
        host.add(new HostPayment("p1", "i1", Money.of("60", "USD"), LocalDate.now(), "card", "T-1"));
        host.add(new HostPayment("p2", "i1", Money.of("48.50", "USD"), LocalDate.now(), "cheque", null));
        SyncRun run = e.module.sync().syncNow(T);
        e.module.engine().drain();

        ObjectNode customer = e.qbo("Customer", e.qboId(RecordType.CUSTOMER, "c1"));
        assertThat(customer.path("DisplayName").asText()).isEqualTo("Zephyr Labs");
        assertThat(customer.path("PrimaryEmailAddr").path("Address").asText()).isEqualTo("ap@zephyr.example");
        assertThat(customer.path("GivenName").asText()).isEqualTo("Pat");
        ObjectNode invoice = e.qbo("Invoice", e.qboId(RecordType.INVOICE, "i1"));
        assertThat(invoice.path("CustomerRef").path("value").asText()).isEqualTo(customer.path("Id").asText());
        assertThat(invoice.path("TotalAmt").decimalValue()).isEqualByComparingTo("108.50");
        assertThat(invoice.path("Balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(invoice.path("CustomerMemo").path("value").asText()).isEqualTo("Thanks");
        assertThat(e.qbo("Payment")).hasSize(2).allSatisfy(p -> assertThat(p.path("Line").get(0).path("LinkedTxn")
                .get(0).path("TxnId").asText()).isEqualTo(invoice.path("Id").asText()));
        SyncRun done = e.module.sync().run(T, run.runId()).orElseThrow();
        assertThat(done.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(done.created()).isEqualTo(4); // the customer, the invoice and its two payments
        assertThat(done.failed()).isZero();
        assertThat(e.module.sync().status(T, RecordRef.of(RecordType.INVOICE, "i1")).state())
                .isEqualTo(SyncState.SYNCED);
    }

    @Test
    void theFirstLinkFindsSeededCustomersAndAVendorsNameGetsTheClashName() {
        host.add(customer("c1", "Someone Else", "ap@acme.example")); // e-mail of seeded "Acme Widgets Ltd"
        host.add(customer("c2", "Dormant: Holdings", "d@dormant.example")); // inactive seeded name
        host.add(customer("c3", "City Cabs", "rides@citycabs.example")); // a seeded vendor's name
        e.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        e.changed(HostEventKind.CUSTOMER_CHANGED, "c2");
        e.changed(HostEventKind.CUSTOMER_CHANGED, "c3");
        e.module.engine().drain();
        assertThat(e.qboId(RecordType.CUSTOMER, "c1")).isEqualTo("1");
        assertThat(e.qboId(RecordType.CUSTOMER, "c2")).isEqualTo("5");
        assertThat(e.qbo("Customer", e.qboId(RecordType.CUSTOMER, "c3")).path("DisplayName").asText())
                .isEqualTo("City Cabs (rides@citycabs.example)");
        assertThat(e.qbo("Customer")).hasSize(6);
    }

    @Test
    void projectsAreJobsAndExpensesArePurchasesFromTheSeededVendor() {
        e.module.settings().putMapping(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "visa", "6", "CreditCard"));
        e.module.settings().putMapping(T, new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "17", null));
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(new HostProject("p1", "c1", "Launch", true, Instant.now()));
        host.add(customer("c2", "Yonder Co", "ap@yonder.example"));
        host.add(new HostProject("p2", "c2", "Launch", true, Instant.now()));
        host.add(new HostExpense("x1", "City Cabs", "visa", "travel", Money.of("42.50", "USD"), LocalDate.now(),
                "Taxi", "c1", Instant.now()));
        e.changed(HostEventKind.PROJECT_CHANGED, "p1");
        e.changed(HostEventKind.PROJECT_CHANGED, "p2");
        e.changed(HostEventKind.EXPENSE_RECORDED, "x1");
        e.module.engine().drain();
        ObjectNode job = e.qbo("Customer", e.qboId(RecordType.PROJECT, "p1"));
        assertThat(job.path("Job").asBoolean()).isTrue();
        assertThat(job.path("ParentRef").path("value").asText()).isEqualTo(e.qboId(RecordType.CUSTOMER, "c1"));
        assertThat(job.path("DisplayName").asText()).isEqualTo("Launch");
        assertThat(job.path("FullyQualifiedName").asText()).isEqualTo("Zephyr Labs:Launch");
        // DisplayName is unique across all customers, jobs included: the second "Launch" takes the clash name.
        assertThat(e.qbo("Customer", e.qboId(RecordType.PROJECT, "p2")).path("FullyQualifiedName").asText())
                .isEqualTo("Yonder Co:Launch (ap@yonder.example)");
        ObjectNode purchase = e.qbo("Purchase", e.qboId(RecordType.EXPENSE, "x1"));
        assertThat(purchase.path("EntityRef").path("value").asText()).isEqualTo("1");
        assertThat(purchase.path("PaymentType").asText()).isEqualTo("CreditCard");
        assertThat(purchase.path("TotalAmt").decimalValue()).isEqualByComparingTo("42.50");
        assertThat(e.qbo("Vendor")).hasSize(4);
    }

    @Test
    void anExpenseWithAnUnmappedPaymentAccountFailsBeforeItsVendorIsCreated() {
        e.module.settings().putMapping(T, new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "17", null));
        int vendors = e.qbo("Vendor").size();
        host.add(new HostExpense("x1", "Brand New Supplier", "amex", "travel", Money.of("9.99", "USD"),
                LocalDate.now(), "Parking", null, Instant.now()));
        e.changed(HostEventKind.EXPENSE_RECORDED, "x1");
        e.module.engine().drain();

        RecordSyncStatus status = e.module.sync().status(T, RecordRef.of(RecordType.EXPENSE, "x1"));
        assertThat(status.state()).isEqualTo(SyncState.FAILED);
        assertThat(status.message()).contains("payment method 'amex'");
        assertThat(e.qbo("Vendor")).hasSize(vendors)
                .noneSatisfy(v -> assertThat(v.path("DisplayName").asText()).isEqualTo("Brand New Supplier"));
    }

    @Test
    void staleTokensHealDeletedInvoicesBreakVoidsVoidAndClosedBooksSaySo() {
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.SENT, "0"));
        host.add(invoice("i2", "c1", "Z-2", InvoiceStatus.SENT, "0"));
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        e.changed(HostEventKind.INVOICE_CHANGED, "i2");
        e.module.engine().drain();
        String i1 = e.qboId(RecordType.INVOICE, "i1");
        String i2 = e.qboId(RecordType.INVOICE, "i2");

        // A QuickBooks user edits i1 (SyncToken moves) and deletes i2.
        sandbox.admin().edit(REALM, "Invoice", i1, e.qbo("Invoice", i1).objectNode().put("PrivateNote", "edited"));
        sandbox.admin().delete(REALM, "Invoice", i2);
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.SENT, "5"));
        host.add(invoice("i2", "c1", "Z-2", InvoiceStatus.SENT, "5"));
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        e.changed(HostEventKind.INVOICE_CHANGED, "i2");
        e.module.engine().drain();
        assertThat(e.qbo("Invoice", i1).path("TotalAmt").decimalValue()).isEqualByComparingTo("105");
        var broken = e.module.sync().status(T, RecordRef.of(RecordType.INVOICE, "i2"));
        assertThat(broken.state()).isEqualTo(SyncState.FAILED);
        assertThat(broken.remedy()).contains("void it instead");

        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.VOIDED, "5"));
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        e.module.engine().drain();
        assertThat(e.qbo("Invoice", i1).path("TotalAmt").decimalValue()).isEqualByComparingTo("0");

        sandbox.admin().closeBooks(REALM, LocalDate.now().plusDays(1));
        host.add(invoice("i3", "c1", "Z-3", InvoiceStatus.SENT, "0"));
        e.changed(HostEventKind.INVOICE_CHANGED, "i3");
        e.module.engine().drain();
        assertThat(e.module.sync().status(T, RecordRef.of(RecordType.INVOICE, "i3")).message())
                .startsWith("Account period has closed");
    }

    @Test
    void injectedThrottlesAndDroppedConnectionsNeverDuplicate() {
        for (int i = 0; i < 10; i++) {
            host.add(customer("c" + i, "Customer " + i, "c" + i + "@x.example"));
            host.add(invoice("i" + i, "c" + i, "N-" + i, InvoiceStatus.SENT, "0"));
        }
        sandbox.admin().faults().throttleNext(3);
        sandbox.admin().faults().dropNext(3);
        e.module.sync().syncNow(T);
        e.module.engine().drain();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            e.module.engine().drain();
            return e.qbo("Invoice").size() == 10 && host.invoices.keySet().stream()
                    .allMatch(id -> e.qboId(RecordType.INVOICE, id) != null);
        });
        assertThat(e.qbo("Customer")).hasSize(15);
        assertThat(e.qbo("Invoice")).hasSize(10);
    }

    @Test
    void badDebtIsCreditedAndAppliedToTheInvoice() {
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.WRITTEN_OFF, "0"));
        host.add(new HostPayment("p1", "i1", Money.of("30", "USD"), LocalDate.now(), "card", null));
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        e.module.engine().drain();
        ObjectNode invoice = e.qbo("Invoice", e.qboId(RecordType.INVOICE, "i1"));
        assertThat(invoice.path("Balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(e.qbo("CreditMemo")).singleElement().satisfies(cm ->
                assertThat(cm.path("TotalAmt").decimalValue()).isEqualByComparingTo("70"));
        assertThat(e.module.sync().status(T, RecordRef.of(RecordType.INVOICE, "i1")).state())
                .isEqualTo(SyncState.SYNCED);
    }

    @Test
    void canadianInvoicesCarryATaxCodePerLineItemsPerLineAndTheirClass() throws Exception {
        io.ledgerbridge.api.TenantId maple = io.ledgerbridge.api.TenantId.of("maple");
        TenantHosts hosts = new TenantHosts();
        FakeHost mapleHost = hosts.of(maple);
        try (Database db2 = TestDatabase.open(dir.resolve("maple"));
                SandboxEngine ca = new SandboxEngine(sandbox, db2, hosts, 60, "node-a", g -> g,
                        java.util.Map.of(maple, QboSandbox.CA_REALM))) {
            ca.settings.save(maple, ca.settings.find(maple).orElseThrow().toBuilder()
                    .locale(io.ledgerbridge.api.settings.TaxLocale.CANADA).createItemsPerLine(true)
                    .defaultClassId("3").build());
            ca.module.settings().putMapping(maple, new Mapping(MappingKind.TAX_CODE, "GST5", "1", null));
            ca.module.settings().putMapping(maple, new Mapping(MappingKind.DEPARTMENT_CLASS, "design", "1", null));
            mapleHost.add(new HostCustomer("m1", "Maple Co", null, "m@maple.example", null, null,
                    Currency.getInstance("CAD"), Instant.now()));
            mapleHost.add(new HostInvoice("mi1", "m1", null, "M-1", InvoiceStatus.SENT, LocalDate.now(), null,
                    Currency.getInstance("CAD"), List.of(new HostInvoiceLine("l1", null, "SKU-9", "Logo design",
                            null, BigDecimal.ONE, Money.of("200", "CAD"), "GST5", "design")), Money.of("10", "CAD"),
                    null, null, null, Instant.now()));
            ca.outbox.enqueue(new io.ledgerbridge.api.event.HostEvent(java.util.UUID.randomUUID().toString(), maple,
                    HostEventKind.INVOICE_CHANGED, "mi1", Instant.now(), java.util.Optional.empty()),
                    io.ledgerbridge.api.sync.SyncTrigger.EVENT);
            ca.module.engine().drain();
            String id = ca.links.qboId(maple, RecordRef.of(RecordType.INVOICE, "mi1")).orElseThrow();
            ObjectNode inv = sandbox.admin().entity(QboSandbox.CA_REALM, "Invoice", id);
            ObjectNode detail = (ObjectNode) inv.path("Line").get(0).path("SalesItemLineDetail");
            assertThat(detail.path("TaxCodeRef").path("value").asText()).isEqualTo("1");
            assertThat(detail.path("ClassRef").path("value").asText()).isEqualTo("1");
            ObjectNode item = sandbox.admin().entity(QboSandbox.CA_REALM, "Item", detail.path("ItemRef").path("value")
                    .asText());
            assertThat(item.path("Name").asText()).isEqualTo("Logo design");
            assertThat(item.path("Sku").asText()).isEqualTo("SKU-9");
            assertThat(inv.path("GlobalTaxCalculation").asText()).isEqualTo("TaxExcluded");
            assertThat(inv.path("CurrencyRef").path("value").asText()).isEqualTo("CAD");
        }
    }

    @Test
    void invoiceCustomFieldsReachQuickBooksByTheirDefinition() {
        e.module.settings().putMapping(T, new Mapping(MappingKind.CUSTOM_FIELD, "P.O. Number", "PO {invoiceNumber}",
                null));
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(invoice("i1", "c1", "Z-9", InvoiceStatus.SENT, "0"));
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        e.module.engine().drain();
        ObjectNode inv = e.qbo("Invoice", e.qboId(RecordType.INVOICE, "i1"));
        assertThat(inv.path("CustomField").get(0).path("DefinitionId").asText()).isEqualTo("1");
        assertThat(inv.path("CustomField").get(0).path("StringValue").asText()).isEqualTo("PO Z-9");
    }

    @Test
    void aTakenDocNumberLinksTheSameInvoiceOrSaysWhy() {
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.SENT, "0"));
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        e.module.engine().drain();
        String existing = e.qboId(RecordType.INVOICE, "i1");
        // The host's link is lost (a reinstall): the same invoice is found by number, customer and total.
        e.links.clear(T, RecordRef.of(RecordType.INVOICE, "i1"));
        e.module.sync().resync(T, RecordRef.of(RecordType.INVOICE, "i1"));
        // Another host invoice reuses the number with another total: refused with the reason.
        host.add(invoice("i2", "c1", "Z-1", InvoiceStatus.SENT, "7"));
        e.changed(HostEventKind.INVOICE_CHANGED, "i2");
        e.module.engine().drain();
        assertThat(e.qboId(RecordType.INVOICE, "i1")).isEqualTo(existing);
        assertThat(e.qbo("Invoice")).hasSize(1);
        var refused = e.module.sync().status(T, RecordRef.of(RecordType.INVOICE, "i2"));
        assertThat(refused.state()).isEqualTo(SyncState.FAILED);
        assertThat(refused.message()).startsWith("Duplicate document number");
    }
}
