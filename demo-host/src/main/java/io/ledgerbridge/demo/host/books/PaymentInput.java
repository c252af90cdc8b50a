package io.ledgerbridge.demo.host.books;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A submitted "record payment" form, checked (the balance is checked when saving).
 *
 * @param amount the amount received, above zero
 * @param paidOn the date received
 * @param method one of {@link #METHODS}
 * @param reference the cheque number or transaction id, or {@code null}
 */
public record PaymentInput(BigDecimal amount, LocalDate paidOn, String method, String reference) {

    /** The host's payment methods for invoices. */
    public static final List<String> METHODS = List.of("card", "cheque", "e-transfer", "cash");

    /**
     * @param form the submitted fields
     * @return the checked input
     * @throws InvalidFormException naming every refused field
     */
    public static PaymentInput read(Map<String, String> form) {
        FormReader r = new FormReader(form);
        BigDecimal amount = r.decimal("amount", "Payment amount", true, BigDecimal.ZERO, false, 2);
        LocalDate paidOn = r.date("paidOn", "Payment date", true);
        String method = r.choice("method", "Payment method", METHODS, true);
        String reference = r.text("reference", "Reference", 100);
        r.throwIfInvalid();
        return new PaymentInput(amount, paidOn, method, reference);
    }
}
