package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An expense the host recorded (a purchase paid by cash, cheque or card). Created by the host; read by the
 * connector through {@link HostRecords#expense}.
 *
 * @param hostExpenseId the host's id of the expense
 * @param vendorName the supplier's name
 * @param paymentMethod the host's payment method (mapped to a payment type and account)
 * @param category the host's expense category (mapped to an expense account)
 * @param amount the amount spent
 * @param spentOn the date of the expense
 * @param memo a private note, or {@code null}
 * @param billableHostCustomerId the host's id of the customer to bill it to, or {@code null}
 * @param updatedAt when the host last changed the expense
 */
public record HostExpense(String hostExpenseId, String vendorName, String paymentMethod, String category,
        Money amount, LocalDate spentOn, String memo, String billableHostCustomerId, Instant updatedAt) {
    public HostExpense {
        Checks.requiredText(hostExpenseId, "hostExpenseId");
        Checks.requiredText(vendorName, "vendorName");
        Checks.requiredText(paymentMethod, "paymentMethod");
        Checks.requiredText(category, "category");
        Checks.required(amount, "amount");
        Checks.required(spentOn, "spentOn");
        memo = Checks.blankToNull(memo);
        billableHostCustomerId = Checks.blankToNull(billableHostCustomerId);
        Checks.required(updatedAt, "updatedAt");
    }
}
