package io.ledgerbridge.qbo.conflict;

import io.ledgerbridge.qbo.mapping.OwnedFields;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host payment QuickBooks no longer applies to its invoice, as an invoice conflict carries it: the field
 * {@code Payment <hostPaymentId>}, LedgerBridge's value {@code 100.00 received 2026-03-01 (QuickBooks payment 123)}
 * and QuickBooks' value saying what happened there ({@code voided in QuickBooks}).
 *
 * @param hostPaymentId the host payment
 * @param amount its amount, as the host holds it
 * @param paidOn its date, as the host holds it
 * @param qboPaymentId the QuickBooks payment it was linked to
 * @param how what QuickBooks did to it
 */
public record TakenBackPayment(String hostPaymentId, String amount, String paidOn, String qboPaymentId, How how) {
    private static final Pattern HOST_VALUE = Pattern.compile("(\\S+) received (\\S+) \\(QuickBooks payment (.+)\\)");

    /** What QuickBooks did to a payment the host has. */
    public enum How {
        /** Voided: QuickBooks keeps it with every amount zeroed. */
        VOIDED("voided in QuickBooks", "was voided there"),
        /** Deleted: QuickBooks answers 610 for it. */
        DELETED("deleted in QuickBooks", "was deleted there"),
        /** Still there, but its lines no longer pay this invoice. */
        UNAPPLIED("no longer applied to this invoice in QuickBooks", "no longer pays this invoice there");

        private final String remoteValue;
        private final String summary;

        How(String remoteValue, String summary) {
            this.remoteValue = remoteValue;
            this.summary = summary;
        }

        /** @return QuickBooks' value of the conflict's field */
        public String remoteValue() {
            return remoteValue;
        }
    }

    /** @return the conflict's field */
    public String field() {
        return OwnedFields.payment(hostPaymentId);
    }

    /** @return LedgerBridge's value: the payment as the host holds it, and the QuickBooks payment it was */
    public String hostValue() {
        return amount + " received " + paidOn + " (QuickBooks payment " + qboPaymentId + ")";
    }

    /**
     * @param field a conflict's payment field
     * @param hostValue its host value
     * @param remoteValue its QuickBooks value
     * @return the payment, when the values are as {@link #hostValue} and {@link How} write them
     */
    static Optional<TakenBackPayment> read(String field, String hostValue, String remoteValue) {
        Matcher m = HOST_VALUE.matcher(hostValue == null ? "" : hostValue);
        for (How how : How.values()) {
            if (how.remoteValue.equals(remoteValue) && m.matches()) {
                return Optional.of(new TakenBackPayment(OwnedFields.hostPaymentId(field), m.group(1), m.group(2),
                        m.group(3), how));
            }
        }
        return Optional.empty();
    }

    /**
     * @param fields a conflict's payment fields
     * @param hostValues its host values
     * @param remoteValues its QuickBooks values
     * @return e.g. {@code Payment taken back in QuickBooks: payment 123 (100.00) was voided there; the host still has
     *         it}
     */
    static String summary(List<String> fields, java.util.Map<String, String> hostValues,
            java.util.Map<String, String> remoteValues) {
        StringBuilder s = new StringBuilder(fields.size() == 1 ? "Payment" : "Payments")
                .append(" taken back in QuickBooks: ");
        String sep = "";
        for (String field : fields) {
            s.append(sep).append(read(field, hostValues.get(field), remoteValues.get(field))
                    .map(p -> "payment " + p.qboPaymentId() + " (" + p.amount() + ") " + p.how().summary)
                    .orElse("host payment " + OwnedFields.hostPaymentId(field) + " " + remoteValues.get(field)));
            sep = ", ";
        }
        return s.append(fields.size() == 1 ? "; the host still has it" : "; the host still has them").toString();
    }
}
