package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where an invoice's payment stands, in one sentence for its screen, so that a payment recorded here or received in
 * QuickBooks (the connector records it and marks the invoice paid) is visible at a glance.
 */
final class PaymentState {
    private PaymentState() {
    }

    /**
     * @param invoice the invoice
     * @param payments its payments, oldest first
     * @param paid their sum
     * @param balance what is still owed, or {@code null} when nothing can be owed (voided, written off)
     * @return the sentence
     */
    static String describe(HostInvoice invoice, List<HostPayment> payments, BigDecimal paid, BigDecimal balance) {
        String received = Formats.money(new Money(paid, invoice.currency()));
        String count = payments.size() == 1 ? "1 payment" : payments.size() + " payments";
        return switch (invoice.status()) {
            case VOIDED, WRITTEN_OFF -> "Nothing is owed: the invoice is "
                    + invoice.status().name().toLowerCase().replace('_', ' ') + ".";
            case PAID -> payments.isEmpty() ? "Paid in full (marked paid; no payment is recorded in this host)."
                    : "Paid in full: " + received + " received in " + count + ", the last on "
                            + payments.get(payments.size() - 1).paidOn() + ".";
            case PARTIALLY_PAID -> "Partially paid: " + received + " of " + Formats.money(invoice.total())
                    + " received in " + count + "; " + Formats.money(new Money(balance, invoice.currency()))
                    + " outstanding.";
            default -> payments.isEmpty() ? "Unpaid: " + Formats.money(invoice.total()) + " outstanding."
                    : received + " received in " + count + "; " + Formats.money(new Money(balance, invoice.currency()))
                            + " outstanding.";
        };
    }
}
