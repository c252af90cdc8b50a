package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An invoice as the host holds it now. Created by the host; read by the connector through
 * {@link HostRecords#invoice}. Every amount is in {@link #currency()}.
 *
 * @param hostInvoiceId the host's id of the invoice
 * @param hostCustomerId the host's id of the billed customer
 * @param hostProjectId the host's id of the project, or {@code null}
 * @param invoiceNumber the number printed on the invoice
 * @param status the invoice's state
 * @param issueDate the date of issue
 * @param dueDate the due date, or {@code null}
 * @param currency the invoice's currency
 * @param lines its lines, in order
 * @param taxAmount the tax the host computed on the whole invoice (zero when none)
 * @param taxRate the tax rate in percent the host applied (e.g. 8.5), or {@code null}
 * @param discount the discount on the whole invoice (zero when none)
 * @param notes the note to the customer, or {@code null}
 * @param updatedAt when the host last changed the invoice
 */
public record HostInvoice(String hostInvoiceId, String hostCustomerId, String hostProjectId, String invoiceNumber,
        InvoiceStatus status, LocalDate issueDate, LocalDate dueDate, Currency currency, List<HostInvoiceLine> lines,
        Money taxAmount, BigDecimal taxRate, Money discount, String notes, Instant updatedAt) {
    public HostInvoice {
        Checks.requiredText(hostInvoiceId, "hostInvoiceId");
        Checks.requiredText(hostCustomerId, "hostCustomerId");
        hostProjectId = Checks.blankToNull(hostProjectId);
        Checks.requiredText(invoiceNumber, "invoiceNumber");
        Checks.required(status, "status");
        Checks.required(issueDate, "issueDate");
        Checks.required(currency, "currency");
        lines = List.copyOf(Checks.required(lines, "lines"));
        taxAmount = taxAmount == null ? Money.zero(currency) : taxAmount;
        discount = discount == null ? Money.zero(currency) : discount;
        notes = Checks.blankToNull(notes);
        Checks.required(updatedAt, "updatedAt");
        for (HostInvoiceLine line : lines) {
            inCurrency(line.unitPrice(), currency, "lines[" + line.lineId() + "].unitPrice");
        }
        inCurrency(taxAmount, currency, "taxAmount");
        inCurrency(discount, currency, "discount");
    }

    /** @return the sum of the lines before tax and discount */
    public Money subtotal() {
        Money sum = Money.zero(currency);
        for (HostInvoiceLine line : lines) {
            sum = sum.plus(line.amount());
        }
        return sum;
    }

    /** @return subtotal minus discount plus tax: what the customer owes in all */
    public Money total() {
        return subtotal().minus(discount).plus(taxAmount);
    }

    private static void inCurrency(Money money, Currency currency, String field) {
        if (!money.currency().equals(currency)) {
            throw new InvalidInputException(field, "is in " + money.currency() + " but the invoice is in " + currency,
                    "give every amount of an invoice in the invoice's currency");
        }
    }
}
