package io.ledgerbridge.demo.host.books;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A submitted expense form, checked (a billable customer's existence is checked when saving).
 *
 * @param vendorName the supplier
 * @param paymentMethod one of {@link #PAYMENT_METHODS}
 * @param category one of {@link #CATEGORIES}
 * @param amount the amount, above zero
 * @param currency its currency
 * @param spentOn the date
 * @param memo a note, or {@code null}
 * @param billableCustomerId the customer to bill it to, or {@code null}
 */
public record ExpenseInput(String vendorName, String paymentMethod, String category, BigDecimal amount,
        Currency currency, LocalDate spentOn, String memo, String billableCustomerId) {

    /** The host's payment methods (the connector maps each to a QuickBooks payment type and account). */
    public static final List<String> PAYMENT_METHODS = List.of("cash", "cheque", "credit-card", "bank-transfer");
    /** The host's expense categories (the connector maps each to an expense account). */
    public static final List<String> CATEGORIES = List.of("Travel", "Meals", "Office supplies", "Software",
            "Subcontractors", "Equipment");

    /**
     * @param form the submitted fields
     * @param homeCurrency the currency when none is given
     * @return the checked input
     * @throws InvalidFormException naming every refused field
     */
    public static ExpenseInput read(Map<String, String> form, Currency homeCurrency) {
        FormReader r = new FormReader(form);
        String vendor = r.requiredText("vendorName", "Vendor", 100);
        String method = r.choice("paymentMethod", "Payment method", PAYMENT_METHODS, true);
        String category = r.choice("category", "Category", CATEGORIES, true);
        BigDecimal amount = r.decimal("amount", "Amount", true, BigDecimal.ZERO, false, 2);
        Currency currency = r.currency("currency", "Currency");
        LocalDate spentOn = r.date("spentOn", "Date", true);
        String memo = r.text("memo", "Memo", 4000);
        String billable = r.text("billableCustomerId", "Billable to", 40);
        r.throwIfInvalid();
        return new ExpenseInput(vendor, method, category, amount, currency == null ? homeCurrency : currency, spentOn,
                memo, billable);
    }
}
