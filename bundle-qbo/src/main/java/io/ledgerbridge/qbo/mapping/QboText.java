package io.ledgerbridge.qbo.mapping;

import io.ledgerbridge.qbo.client.http.Utf16;

/**
 * QuickBooks' field limits and forbidden characters, and the one sanitiser that applies them (unpaired surrogates,
 * which UTF-8 cannot carry, are dropped too). Every value cut or
 * cleaned is recorded in the {@link Adjustments}, so the sync log keeps the host's original.
 * Limits: developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/customer (and invoice, payment,
 * purchase, item); a longer value fails with 2050.
 */
public final class QboText {
    /** Customer/Vendor.DisplayName. */
    public static final int DISPLAY_NAME = 500;
    /** The optional, conservative DisplayName cap some tools apply. */
    public static final int DISPLAY_NAME_CAPPED = 100;
    /** Customer.GivenName / FamilyName. */
    public static final int PERSON_NAME = 100;
    /** Customer.CompanyName. */
    public static final int COMPANY_NAME = 100;
    /** EmailAddress.Address. */
    public static final int EMAIL = 100;
    /** TelephoneNumber.FreeFormNumber. */
    public static final int PHONE = 30;
    /** PhysicalAddress.Line1..Line5. */
    public static final int ADDRESS_LINE = 500;
    /** PhysicalAddress.City, Country, CountrySubDivisionCode. */
    public static final int ADDRESS_PART = 255;
    /** PhysicalAddress.PostalCode. */
    public static final int POSTAL_CODE = 30;
    /** Invoice/Purchase DocNumber, Payment.PaymentRefNum. */
    public static final int DOC_NUMBER = 21;
    /** Line.Description. */
    public static final int DESCRIPTION = 4000;
    /** Invoice.CustomerMemo.value. */
    public static final int CUSTOMER_MEMO = 1000;
    /** PrivateNote. */
    public static final int PRIVATE_NOTE = 4000;
    /** Item.Name and Item.Sku. */
    public static final int ITEM_NAME = 100;

    private QboText() {
    }

    /**
     * A name-list name: DisplayName, GivenName, FamilyName, Item.Name. QuickBooks forbids {@code :} (its
     * parent:child separator), tab and newline in them; runs of white space become one space.
     *
     * @param field the QuickBooks field, for the log
     * @param value the host's value, or {@code null}
     * @param max the field's limit
     * @param adjustments where a change is recorded
     * @return the cleaned value, or {@code null} when nothing is left
     */
    public static String name(String field, String value, int max, Adjustments adjustments) {
        if (value == null) {
            return null;
        }
        String cleaned = Utf16.dropBroken(value).replace(":", "").replaceAll("[\\t\\r\\n]+", " ").replaceAll("\\s{2,}", " ").strip();
        return cut(field, value, cleaned, max, adjustments);
    }

    /**
     * Any other text field: cut to its limit.
     *
     * @param field the QuickBooks field, for the log
     * @param value the host's value, or {@code null}
     * @param max the field's limit
     * @param adjustments where a change is recorded
     * @return the value, cut, or {@code null}
     */
    public static String text(String field, String value, int max, Adjustments adjustments) {
        if (value == null) {
            return null;
        }
        return cut(field, value, Utf16.dropBroken(value).strip(), max, adjustments);
    }

    private static String cut(String field, String original, String cleaned, int max, Adjustments adjustments) {
        // QuickBooks counts UTF-16 units (an emoji is 2); the cut never splits a surrogate pair.
        int end = Math.min(max, cleaned.length());
        if (end < cleaned.length() && Character.isLowSurrogate(cleaned.charAt(end))) {
            end--;
        }
        String result = end == cleaned.length() ? cleaned : cleaned.substring(0, end).strip();
        if (!result.equals(original)) {
            adjustments.record(field, original);
        }
        return result.isEmpty() ? null : result;
    }
}
