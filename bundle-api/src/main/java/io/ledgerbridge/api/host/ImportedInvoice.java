package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * An outstanding invoice the connector brings from the remote ledger for the host to create or update. Created by
 * the connector; handed to {@link HostLedger#upsertInvoice}. It carries no payments: the payments made so far follow
 * through {@link HostLedger#recordPayment}, one call each, so the host must not turn {@code total - balance} into a
 * payment of its own.
 *
 * @param hostInvoiceId the host's id when already linked, or {@code null} to create one
 * @param remoteId the remote ledger's id of the invoice
 * @param hostCustomerId the host's id of the (already imported or matched) customer
 * @param invoiceNumber the invoice's number
 * @param issueDate the date of issue
 * @param dueDate the due date, or {@code null}
 * @param lines the lines
 * @param total the invoice's total
 * @param balance what is still owed in the remote ledger; the host's own balance follows from the recorded payments
 * @param notes the note to the customer, or {@code null}
 */
public record ImportedInvoice(String hostInvoiceId, String remoteId, String hostCustomerId, String invoiceNumber,
        LocalDate issueDate, LocalDate dueDate, List<HostInvoiceLine> lines, Money total, Money balance,
        String notes) {
    public ImportedInvoice {
        hostInvoiceId = Checks.blankToNull(hostInvoiceId);
        Checks.requiredText(remoteId, "remoteId");
        Checks.requiredText(hostCustomerId, "hostCustomerId");
        Checks.required(issueDate, "issueDate");
        lines = List.copyOf(Checks.required(lines, "lines"));
        Checks.required(total, "total");
        Checks.required(balance, "balance");
    }
}
