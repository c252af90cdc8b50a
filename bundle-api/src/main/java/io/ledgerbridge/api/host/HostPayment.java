package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import java.time.LocalDate;

/**
 * A payment received against one invoice. Created by the host (and carried by the invoice-paid event), or by the
 * connector when it brings a payment from the remote ledger to {@link HostLedger#recordPayment}.
 *
 * @param hostPaymentId the host's id of the payment
 * @param hostInvoiceId the host's id of the invoice paid
 * @param amount the amount paid
 * @param paidOn the date of payment
 * @param method the host's payment method (e.g. "card", "cheque", "e-transfer"), or {@code null}
 * @param reference the payment's reference (cheque number, transaction id), or {@code null}
 */
public record HostPayment(String hostPaymentId, String hostInvoiceId, Money amount, LocalDate paidOn, String method,
        String reference) {
    public HostPayment {
        Checks.requiredText(hostPaymentId, "hostPaymentId");
        Checks.requiredText(hostInvoiceId, "hostInvoiceId");
        Checks.required(amount, "amount");
        if (amount.amount().signum() <= 0) {
            throw new io.ledgerbridge.api.InvalidInputException("amount", "must be greater than zero",
                    "record a positive payment amount");
        }
        Checks.required(paidOn, "paidOn");
        method = Checks.blankToNull(method);
        reference = Checks.blankToNull(reference);
    }
}
