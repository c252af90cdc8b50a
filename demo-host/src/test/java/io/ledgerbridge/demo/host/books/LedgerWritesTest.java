package io.ledgerbridge.demo.host.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.demo.host.store.HostStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerWritesTest {
    private static final TenantId DEMO = TenantId.of("demo");

    private HostStore store;
    private LedgerWrites ledger;

    @BeforeEach
    void setUp() {
        store = TestStores.store();
        ledger = new LedgerWrites(store, Clock.systemUTC());
    }

    private String importedCustomer() {
        return ledger.upsertCustomer(DEMO, new ImportedCustomer(null, "58", "Imported Co", "Ann Smith",
                "ann@imported.example", null, null, "USD"));
    }

    private ImportedInvoice invoice(String hostId, String customerId, String total, String balance) {
        return new ImportedInvoice(hostId, "130", customerId, "QB-130", LocalDate.parse("2026-02-01"), null,
                List.of(new HostInvoiceLine("1", null, null, "Hours", null, BigDecimal.TEN, Money.of("10", "USD"), null,
                        null)), Money.of(total, "USD"), Money.of(balance, "USD"), null);
    }

    @Test
    void anImportedCustomerIsCreatedThenUpdatedInPlace() {
        String id = importedCustomer();
        String again = ledger.upsertCustomer(DEMO, new ImportedCustomer(id, "58", "Imported Company", null, null, null,
                null, null));

        assertThat(again).isEqualTo(id);
        assertThat(store.customer(DEMO, id)).hasValueSatisfying(c -> assertThat(c.companyName())
                .isEqualTo("Imported Company"));
    }

    @Test
    void anImportedSubCustomerBecomesAProjectOfItsCustomerThenIsUpdatedInPlace() {
        String customer = importedCustomer();
        String id = ledger.upsertProject(DEMO, new io.ledgerbridge.api.host.ImportedProject(null, "59", customer,
                "Website", true));
        String again = ledger.upsertProject(DEMO, new io.ledgerbridge.api.host.ImportedProject(id, "59", customer,
                "Website relaunch", false));

        assertThat(again).isEqualTo(id);
        assertThat(store.project(DEMO, id)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Website relaunch");
            assertThat(p.hostCustomerId()).isEqualTo(customer);
            assertThat(p.active()).isFalse();
        });
    }

    @Test
    void anImportedInvoiceShowsItsRemotePaymentsOnceAndTheTaxAsTheRest() {
        String id = ledger.upsertInvoice(DEMO, invoice(null, importedCustomer(), "108", "50"));

        var invoice = store.invoice(DEMO, id).orElseThrow();
        assertThat(store.payments(DEMO, id)).as("the upsert invents no payment").isEmpty();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(invoice.taxAmount().amount()).isEqualByComparingTo("8");

        // What the import does next: each QuickBooks payment so far, 30 + 28 = 108 - 50.
        List<HostPayment> remote = List.of(
                new HostPayment("qbo-payment-41", id, Money.of("30", "USD"), LocalDate.parse("2026-02-10"), null, null),
                new HostPayment("qbo-payment-42", id, Money.of("28", "USD"), LocalDate.parse("2026-02-20"), null, null));
        remote.forEach(p -> ledger.recordPayment(DEMO, p));
        assertThat(HostBooks.paid(store.payments(DEMO, id), invoice.currency())).isEqualByComparingTo("58");
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        ledger.upsertInvoice(DEMO, invoice(id, invoice.hostCustomerId(), "108", "50"));
        remote.forEach(p -> ledger.recordPayment(DEMO, p));
        assertThat(store.payments(DEMO, id)).as("re-importing adds nothing")
                .extracting(HostPayment::hostPaymentId).containsExactlyInAnyOrder("qbo-payment-41", "qbo-payment-42");
        assertThat(HostBooks.paid(store.payments(DEMO, id), invoice.currency())).isEqualByComparingTo("58");
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void anImportedInvoiceIsPaidOnceItsRecordedPaymentsCoverTheTotal() {
        String id = ledger.upsertInvoice(DEMO, invoice(null, importedCustomer(), "100", "40"));
        ledger.recordPayment(DEMO, new HostPayment("qbo-payment-7", id, Money.of("60", "USD"), LocalDate.now(), null,
                null));
        ledger.recordPayment(DEMO, new HostPayment("qbo-payment-8", id, Money.of("40", "USD"), LocalDate.now(), null,
                null));

        ledger.upsertInvoice(DEMO, invoice(id, store.invoice(DEMO, id).orElseThrow().hostCustomerId(), "100", "0"));
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(HostBooks.paid(store.payments(DEMO, id), Currency.getInstance("USD")))
                .isEqualByComparingTo("100");
    }

    @Test
    void aRemotePaymentIsRecordedOnceAndMarkPaidCloses() {
        String id = ledger.upsertInvoice(DEMO, invoice(null, importedCustomer(), "100", "100"));
        HostPayment payment = new HostPayment("qbo-payment-9", id, Money.of("30", "USD"), LocalDate.now(), null, null);

        ledger.recordPayment(DEMO, payment);
        ledger.recordPayment(DEMO, payment);
        assertThat(store.payments(DEMO, id)).hasSize(1);
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        ledger.markPaid(DEMO, id, LocalDate.now());
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void appliedValuesAreCheckedLikeAFormAndAppliedAllOrNothing() {
        String id = importedCustomer();
        RecordRef ref = RecordRef.of(RecordType.CUSTOMER, id);

        assertThatThrownBy(() -> ledger.applyValues(DEMO, ref, Map.of("email", "broken", "phone", "+1 555 0100")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> ledger.applyValues(DEMO, ref, Map.of("shoeSize", "44")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shoeSize"));
        assertThat(store.customer(DEMO, id).orElseThrow().phone()).isNull();

        ledger.applyValues(DEMO, ref, Map.of("email", "new@imported.example", "billingAddress.city", "Denver"));
        assertThat(store.customer(DEMO, id)).hasValueSatisfying(c -> {
            assertThat(c.email()).isEqualTo("new@imported.example");
            assertThat(c.billingAddress().city()).isEqualTo("Denver");
            assertThat(c.contactName()).isEqualTo("Ann Smith");
        });
    }

    @Test
    void aPaymentTheRemoteLedgerTookBackIsRemovedAndTheInvoiceIsNoLongerPaid() {
        String id = ledger.upsertInvoice(DEMO, invoice(null, importedCustomer(), "100", "100"));
        RecordRef ref = RecordRef.of(RecordType.INVOICE, id);
        ledger.recordPayment(DEMO, new HostPayment("qbo-payment-7", id, Money.of("60", "USD"), LocalDate.now(), null,
                null));
        ledger.recordPayment(DEMO, new HostPayment("PAY-8", id, Money.of("40", "USD"), LocalDate.now(), "card",
                null));
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);

        assertThatThrownBy(() -> ledger.applyValues(DEMO, ref, Map.of("payments.qbo-payment-7", "",
                "issueDate", "someday"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("issueDate"));
        assertThatThrownBy(() -> ledger.applyValues(DEMO, ref, Map.of("payments.PAY-8", "40")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("payments.PAY-8"));
        assertThat(store.payments(DEMO, id)).as("all or nothing").hasSize(2);

        ledger.applyValues(DEMO, ref, Map.of("payments.qbo-payment-7", ""));
        ledger.applyValues(DEMO, ref, Map.of("payments.qbo-payment-7", "")); // again: nothing more to remove
        assertThat(store.payments(DEMO, id)).extracting(HostPayment::hostPaymentId).containsExactly("PAY-8");
        assertThat(store.invoice(DEMO, id).orElseThrow().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        ledger.applyValues(DEMO, ref, Map.of("payments.PAY-8", "", "notes", "Both payments bounced"));
        assertThat(store.payments(DEMO, id)).isEmpty();
        assertThat(store.invoice(DEMO, id).orElseThrow()).satisfies(i -> {
            assertThat(i.status()).isEqualTo(InvoiceStatus.SENT);
            assertThat(i.notes()).isEqualTo("Both payments bounced");
        });
    }

    @Test
    void anImportNeverOverwritesAnUnknownIdOrASecondInvoiceWithTheSameNumber() {
        String customer = importedCustomer();
        ledger.upsertInvoice(DEMO, invoice(null, customer, "100", "100"));

        assertThatThrownBy(() -> ledger.upsertInvoice(DEMO, invoice("INV-404", customer, "100", "100")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hostId"));
        assertThatThrownBy(() -> ledger.upsertInvoice(DEMO, invoice(null, customer, "100", "100")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("QB-130 is already used"));
    }
}
