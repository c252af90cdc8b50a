package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.ImportedProject;
import io.ledgerbridge.api.host.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The way back: QuickBooks customers, sub-customers, invoices and payments (their JSON, QuickBooks' names) as the
 * host's imported records. Amounts stay {@code BigDecimal} in the invoice's currency; the prefix {@link #PAYMENT_PREFIX}
 * marks host payments that came from QuickBooks.
 */
public final class ImportMapper {
    /** The connector's prefix of a host payment id made from a QuickBooks payment. */
    public static final String PAYMENT_PREFIX = "qbo-payment-";

    private ImportMapper() {
    }

    /**
     * @param c a QuickBooks Customer
     * @param hostCustomerId the linked host customer, or {@code null} to create one
     * @return the contact for the host; a customer with only a DisplayName keeps it as the company name
     */
    public static ImportedCustomer customer(JsonNode c, String hostCustomerId) {
        String person = join(text(c, "GivenName"), text(c, "FamilyName"));
        String company = text(c, "CompanyName");
        if (company == null && person == null) {
            company = text(c, "DisplayName");
        }
        JsonNode a = c.path("BillAddr");
        Address address = a.isObject() ? new Address(text(a, "Line1"), text(a, "Line2"), text(a, "City"),
                text(a, "CountrySubDivisionCode"), text(a, "PostalCode"), text(a, "Country")) : null;
        return new ImportedCustomer(hostCustomerId, c.path("Id").asText(), company, person,
                text(c.path("PrimaryEmailAddr"), "Address"), text(c.path("PrimaryPhone"), "FreeFormNumber"),
                address, text(c.path("CurrencyRef"), "value"));
    }

    /**
     * @param job a QuickBooks sub-customer
     * @param hostProjectId the linked host project, or {@code null}
     * @param hostCustomerId the host customer of its parent
     * @return the project for the host, named by the job's own name (the last part of its FullyQualifiedName)
     */
    public static ImportedProject project(JsonNode job, String hostProjectId, String hostCustomerId) {
        return new ImportedProject(hostProjectId, job.path("Id").asText(), hostCustomerId, ownName(job),
                job.path("Active").asBoolean(true));
    }

    /** @return a sub-customer's own name: its DisplayName, or the last part of its FullyQualifiedName */
    public static String ownName(JsonNode job) {
        String fqn = text(job, "FullyQualifiedName");
        String display = text(job, "DisplayName");
        return display != null ? display : fqn == null ? job.path("Id").asText() : fqn.substring(fqn.lastIndexOf(':')
                + 1);
    }

    /**
     * @param inv a QuickBooks Invoice
     * @param hostInvoiceId the linked host invoice, or {@code null}
     * @param hostCustomerId the host customer it bills
     * @param homeCurrency the company's home currency (when the invoice names none)
     * @return the invoice: item lines as lines, a discount as a negative line, tax (US) as a "Tax" line, so the lines
     *         add up to QuickBooks' total
     */
    public static ImportedInvoice invoice(JsonNode inv, String hostInvoiceId, String hostCustomerId,
            String homeCurrency) {
        String currency = currency(inv, homeCurrency);
        List<HostInvoiceLine> lines = new ArrayList<>();
        int n = 0;
        for (JsonNode line : inv.path("Line")) {
            String type = line.path("DetailType").asText();
            String id = line.path("Id").asText("L" + (++n));
            BigDecimal amount = line.path("Amount").decimalValue();
            if ("SalesItemLineDetail".equals(type)) {
                JsonNode d = line.path("SalesItemLineDetail");
                BigDecimal qty = d.has("Qty") ? d.path("Qty").decimalValue() : BigDecimal.ONE;
                BigDecimal price = d.has("UnitPrice") ? d.path("UnitPrice").decimalValue() : amount;
                lines.add(new HostInvoiceLine(id, text(d.path("ItemRef"), "value"), null,
                        text(d.path("ItemRef"), "name"), text(line, "Description"), qty, Money.of(price, currency),
                        text(d.path("TaxCodeRef"), "value"), text(d.path("ClassRef"), "name")));
            } else if ("DiscountLineDetail".equals(type) && amount.signum() != 0) {
                lines.add(new HostInvoiceLine(id, null, null, "Discount", text(line, "Description"), BigDecimal.ONE,
                        Money.of(amount.negate(), currency), null, null));
            }
        }
        BigDecimal tax = inv.path("TxnTaxDetail").path("TotalTax").decimalValue();
        if (tax.signum() != 0) {
            lines.add(new HostInvoiceLine("tax", null, null, "Tax", "Sales tax", BigDecimal.ONE,
                    Money.of(tax, currency), null, null));
        }
        String memo = text(inv.path("CustomerMemo"), "value");
        String number = text(inv, "DocNumber");
        return new ImportedInvoice(hostInvoiceId, inv.path("Id").asText(), hostCustomerId,
                number == null ? "QB-" + inv.path("Id").asText() : number, LocalDate.parse(inv.path("TxnDate")
                        .asText()), inv.hasNonNull("DueDate") ? LocalDate.parse(inv.path("DueDate").asText()) : null,
                lines, Money.of(inv.path("TotalAmt").decimalValue(), currency),
                Money.of(inv.path("Balance").decimalValue(), currency), memo);
    }

    /**
     * The part of a QuickBooks payment applied to one invoice.
     *
     * @param payment a QuickBooks Payment
     * @param invoiceQboId the invoice
     * @param hostInvoiceId the host invoice
     * @param currency the invoice's currency
     * @return the payment for the host, or {@code null} when none of it applies to the invoice
     */
    public static HostPayment payment(JsonNode payment, String invoiceQboId, String hostInvoiceId, String currency) {
        BigDecimal applied = BigDecimal.ZERO;
        int invoices = 0;
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode link : line.path("LinkedTxn")) {
                if ("Invoice".equals(link.path("TxnType").asText())) {
                    invoices++;
                    if (invoiceQboId.equals(link.path("TxnId").asText())) {
                        applied = applied.add(line.path("Amount").decimalValue());
                    }
                }
            }
        }
        if (applied.signum() <= 0) {
            return null;
        }
        // One QuickBooks payment may pay several invoices: one host payment per invoice it pays.
        String id = PAYMENT_PREFIX + payment.path("Id").asText() + (invoices > 1 ? "-" + invoiceQboId : "");
        return new HostPayment(id, hostInvoiceId, Money.of(applied, currency),
                LocalDate.parse(payment.path("TxnDate").asText()), text(payment.path("PaymentMethodRef"), "name"),
                text(payment, "PaymentRefNum"));
    }

    /** @return the ids of the payments QuickBooks lists on an invoice */
    public static List<String> paymentIds(JsonNode invoice) {
        List<String> ids = new ArrayList<>();
        for (JsonNode link : invoice.path("LinkedTxn")) {
            if ("Payment".equals(link.path("TxnType").asText())) {
                ids.add(link.path("TxnId").asText());
            }
        }
        return ids;
    }

    /** @return the invoice's currency code */
    public static String currency(JsonNode txn, String homeCurrency) {
        String c = text(txn.path("CurrencyRef"), "value");
        return c == null ? homeCurrency : c;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
