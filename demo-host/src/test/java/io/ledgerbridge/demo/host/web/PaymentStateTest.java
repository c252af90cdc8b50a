package io.ledgerbridge.demo.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentStateTest {
    private static HostInvoice invoice(InvoiceStatus status) {
        return new HostInvoice("INV-1", "CUS-1", null, "1001", status, LocalDate.of(2026, 3, 1), null,
                Currency.getInstance("USD"), List.of(new HostInvoiceLine("L1", "WORK", null, "Work", null,
                        BigDecimal.ONE, Money.of("1000", "USD"), null, null)),
                Money.of("0", "USD"), null, Money.of("0", "USD"), null, Instant.EPOCH);
    }

    private static HostPayment payment(String id, String amount, LocalDate on) {
        return new HostPayment(id, "INV-1", Money.of(amount, "USD"), on, "QuickBooks", "qbo-" + id);
    }

    private static String describe(InvoiceStatus status, List<HostPayment> payments, String balance) {
        BigDecimal paid = payments.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return PaymentState.describe(invoice(status), payments, paid, balance == null ? null : new BigDecimal(balance));
    }

    @Test
    void aFullyPaidInvoiceSaysSoWithWhatWasReceivedAndWhen() {
        assertThat(describe(InvoiceStatus.PAID, List.of(payment("P1", "400", LocalDate.of(2026, 3, 5)),
                payment("P2", "600", LocalDate.of(2026, 3, 9))), "0"))
                .isEqualTo("Paid in full: 1000.00 USD received in 2 payments, the last on 2026-03-09.");
        assertThat(describe(InvoiceStatus.PAID, List.of(), "0"))
                .isEqualTo("Paid in full (marked paid; no payment is recorded in this host).");
    }

    @Test
    void aPartlyPaidInvoiceShowsWhatIsStillOutstanding() {
        assertThat(describe(InvoiceStatus.PARTIALLY_PAID, List.of(payment("P1", "250", LocalDate.of(2026, 3, 5))),
                "750")).isEqualTo("Partially paid: 250.00 USD of 1000.00 USD received in 1 payment; 750.00 USD "
                        + "outstanding.");
    }

    @Test
    void anUnpaidOrVoidedInvoiceSaysWhatIsOwed() {
        assertThat(describe(InvoiceStatus.SENT, List.of(), "1000")).isEqualTo("Unpaid: 1000.00 USD outstanding.");
        assertThat(describe(InvoiceStatus.VOIDED, List.of(), null)).isEqualTo("Nothing is owed: the invoice is voided.");
        assertThat(describe(InvoiceStatus.WRITTEN_OFF, List.of(), null))
                .isEqualTo("Nothing is owed: the invoice is written off.");
    }
}
