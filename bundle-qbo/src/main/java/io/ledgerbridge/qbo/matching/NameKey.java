package io.ledgerbridge.qbo.matching;

import io.ledgerbridge.qbo.mapping.Adjustments;
import io.ledgerbridge.qbo.mapping.QboText;
import java.util.Locale;

/**
 * The keys two contacts are compared by, normalised the way QuickBooks compares them: a DisplayName is unique
 * regardless of case and runs of white space, never holds {@code :}, tab or newline (QuickBooks refuses them; our
 * mapper removes them), and may have been cut to 100 characters. E-mail addresses compare trimmed and in lower case.
 */
public final class NameKey {
    private NameKey() {
    }

    /**
     * @param email an address, or {@code null}
     * @return its key, or {@code null} when there is none
     */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a display name, or {@code null}
     * @param cap100 whether names are cut to 100 characters (the "cap display names at 100" setting)
     * @return its key, or {@code null} when nothing is left
     */
    public static String name(String name, boolean cap100) {
        String cleaned = QboText.name("DisplayName", name,
                cap100 ? QboText.DISPLAY_NAME_CAPPED : QboText.DISPLAY_NAME, new Adjustments());
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }

    /**
     * A sub-customer's fully qualified name ({@code Parent:Child}) as one key: each level normalised as a name.
     *
     * @param parentKey the parent's key
     * @param childName the sub-customer's own name
     * @param cap100 whether names are cut to 100 characters
     * @return the key, or {@code null} when a part is empty
     */
    public static String qualified(String parentKey, String childName, boolean cap100) {
        String child = name(childName, cap100);
        return parentKey == null || child == null ? null : parentKey + ":" + child;
    }

    /**
     * @param fullyQualifiedName QuickBooks' {@code FullyQualifiedName} ({@code A:B:C})
     * @param cap100 whether names are cut to 100 characters
     * @return the key of every level, joined by {@code :}
     */
    public static String fullyQualified(String fullyQualifiedName, boolean cap100) {
        if (fullyQualifiedName == null || fullyQualifiedName.isBlank()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (String part : fullyQualifiedName.split(":")) {
            String k = name(part, cap100);
            if (k == null) {
                return null;
            }
            key.append(key.length() == 0 ? "" : ":").append(k);
        }
        return key.toString();
    }
}
