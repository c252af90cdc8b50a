package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;

/**
 * Host payments to QuickBooks Payments, and host expenses to Purchases.
 * Rules: developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/payment and .../purchase.
 */
public final class TransactionMapper {
    private TransactionMapper() {
    }

    /**
     * A payment applied to one invoice (Line.LinkedTxn). The deposit account comes from the payment-method mapping;
     * with none, DepositToAccountRef is left out and QuickBooks uses Undeposited Funds.
     *
     * @param payment the host payment
     * @param customerQboId the invoice's QuickBooks customer
     * @param invoiceQboId the QuickBooks invoice
     * @param tables the mapping tables
     * @return the Payment body
     */
    public static Mapped payment(HostPayment payment, String customerQboId, String invoiceQboId,
            MappingTables tables) {
        Adjustments adj = new Adjustments();
        ObjectNode p = Json.object();
        p.set("CustomerRef", Json.ref(customerQboId));
        p.put("TotalAmt", InvoiceMapper.money(payment.amount().amount()));
        p.put("TxnDate", payment.paidOn().toString());
        p.set("CurrencyRef", Json.ref(payment.amount().currency().getCurrencyCode()));
        Json.putIfPresent(p, "PaymentRefNum", QboText.text("PaymentRefNum", payment.reference(), QboText.DOC_NUMBER,
                adj));
        tables.find(MappingKind.PAYMENT_DEPOSIT_ACCOUNT, payment.method())
                .ifPresent(m -> p.set("DepositToAccountRef", Json.ref(m.remoteId())));
        ObjectNode line = p.putArray("Line").addObject();
        line.put("Amount", InvoiceMapper.money(payment.amount().amount()));
        line.putArray("LinkedTxn").addObject().put("TxnId", invoiceQboId).put("TxnType", "Invoice");
        return new Mapped("Payment", p, adj);
    }

    /**
     * An expense as a Purchase: vendor → EntityRef, payment method → PaymentType and AccountRef, category → the
     * line's AccountRef, memo → PrivateNote, billable customer → the line's CustomerRef.
     *
     * @param expense the host expense
     * @param vendorQboId the QuickBooks Vendor
     * @param billableCustomerQboId the QuickBooks customer to re-bill, or {@code null}
     * @param tables the mapping tables
     * @return the Purchase body
     * @throws MappingException when the payment method or category is not mapped
     */
    public static Mapped purchase(HostExpense expense, String vendorQboId, String billableCustomerQboId,
            MappingTables tables) {
        Adjustments adj = new Adjustments();
        Mapping paidFrom = tables.find(MappingKind.EXPENSE_PAYMENT_ACCOUNT, expense.paymentMethod())
                .orElseThrow(() -> new MappingException("No QuickBooks account is mapped for the expense payment "
                        + "method '" + expense.paymentMethod() + "'",
                        "Map the payment method to a bank or credit card account under Settings → Integrations → "
                                + "QuickBooks → Mappings → Expense payment accounts, then sync again"));
        Mapping category = tables.find(MappingKind.EXPENSE_CATEGORY_ACCOUNT, expense.category())
                .orElseThrow(() -> new MappingException("No QuickBooks expense account is mapped for the category '"
                        + expense.category() + "'",
                        "Map the category to an expense account under Settings → Integrations → QuickBooks → "
                                + "Mappings → Expense categories, then sync again"));
        ObjectNode p = Json.object();
        // PaymentType is Cash, Check or CreditCard; AccountRef is the account paid from.
        p.put("PaymentType", paidFrom.extra() == null ? "Cash" : paidFrom.extra());
        p.set("AccountRef", Json.ref(paidFrom.remoteId()));
        p.set("EntityRef", Json.ref(vendorQboId).put("type", "Vendor"));
        p.put("TxnDate", expense.spentOn().toString());
        p.set("CurrencyRef", Json.ref(expense.amount().currency().getCurrencyCode()));
        Json.putIfPresent(p, "PrivateNote", QboText.text("PrivateNote", expense.memo(), QboText.PRIVATE_NOTE, adj));
        ObjectNode line = p.putArray("Line").addObject();
        line.put("DetailType", "AccountBasedExpenseLineDetail");
        line.put("Amount", InvoiceMapper.money(expense.amount().amount()));
        Json.putIfPresent(line, "Description", QboText.text("Line.Description", expense.memo(), QboText.DESCRIPTION,
                adj));
        ObjectNode detail = line.putObject("AccountBasedExpenseLineDetail");
        detail.set("AccountRef", Json.ref(category.remoteId()));
        if (billableCustomerQboId != null) {
            detail.set("CustomerRef", Json.ref(billableCustomerQboId));
            detail.put("BillableStatus", "Billable");
        } else {
            detail.put("BillableStatus", "NotBillable");
        }
        return new Mapped("Purchase", p, adj);
    }

    /**
     * Bad debt (an invoice closed without payment): a credit memo for the open balance on the bad-debt item, to be
     * applied to the invoice by {@link #applyCredit}.
     *
     * @param invoiceNumber the host's invoice number, for the line's text
     * @param customerQboId the invoice's QuickBooks customer
     * @param balance the invoice's open balance in QuickBooks
     * @param currency the invoice's currency code
     * @param date the write-off date
     * @param badDebtItemId the bad-debt item
     * @return the CreditMemo body
     */
    public static Mapped badDebtCredit(String invoiceNumber, String customerQboId, java.math.BigDecimal balance,
            String currency, java.time.LocalDate date, String badDebtItemId) {
        ObjectNode c = Json.object();
        c.set("CustomerRef", Json.ref(customerQboId));
        c.put("TxnDate", date.toString());
        c.set("CurrencyRef", Json.ref(currency));
        c.put("PrivateNote", "Bad debt: invoice " + invoiceNumber + " written off");
        ObjectNode line = c.putArray("Line").addObject();
        line.put("DetailType", "SalesItemLineDetail");
        line.put("Amount", InvoiceMapper.money(balance));
        line.put("Description", "Bad debt: invoice " + invoiceNumber + " written off");
        ObjectNode detail = line.putObject("SalesItemLineDetail");
        detail.set("ItemRef", Json.ref(badDebtItemId));
        detail.put("Qty", 1).put("UnitPrice", InvoiceMapper.money(balance));
        detail.set("TaxCodeRef", Json.ref("NON"));
        return new Mapped("CreditMemo", c, new Adjustments());
    }

    /**
     * Applies a credit memo to an invoice: QuickBooks does it with a zero payment linking both.
     *
     * @param customerQboId the customer
     * @param invoiceQboId the invoice
     * @param creditMemoQboId the credit memo
     * @param amount the amount applied
     * @param currency the currency code
     * @param date the date
     * @return the Payment body
     */
    public static Mapped applyCredit(String customerQboId, String invoiceQboId, String creditMemoQboId,
            java.math.BigDecimal amount, String currency, java.time.LocalDate date) {
        ObjectNode p = Json.object();
        p.set("CustomerRef", Json.ref(customerQboId));
        p.put("TotalAmt", java.math.BigDecimal.ZERO);
        p.put("TxnDate", date.toString());
        p.set("CurrencyRef", Json.ref(currency));
        var lines = p.putArray("Line");
        ObjectNode inv = lines.addObject().put("Amount", InvoiceMapper.money(amount));
        inv.putArray("LinkedTxn").addObject().put("TxnId", invoiceQboId).put("TxnType", "Invoice");
        ObjectNode cm = lines.addObject().put("Amount", InvoiceMapper.money(amount));
        cm.putArray("LinkedTxn").addObject().put("TxnId", creditMemoQboId).put("TxnType", "CreditMemo");
        return new Mapped("Payment", p, new Adjustments());
    }
}
