package io.ledgerbridge.qbo.mapping;

import java.util.HashMap;
import java.util.Map;

/**
 * The deterministic way round a DisplayName already taken by a vendor, an employee or an unrelated customer (6240:
 * DisplayName is unique across Customer, Vendor and Employee). The first alternative comes from the administrator's
 * clash template (default {@code {displayName} ({email})}); if that is taken too, a number is added. The same
 * record and the same taken names always give the same name.
 */
public final class NameClash {
    private NameClash() {
    }

    /**
     * @param template the clash template
     * @param displayName the plain name that is taken
     * @param values the record's other template fields (email, companyName, contactName, hostId)
     * @param attempt 1 for the first alternative, 2 and up for the numbered ones
     * @param max the DisplayName limit
     * @param adjustments where the change is recorded
     * @return the alternative name
     */
    public static String alternative(String template, String displayName, Map<String, String> values, int attempt,
            int max, Adjustments adjustments) {
        Map<String, String> all = new HashMap<>(values);
        all.put("displayName", displayName);
        String base = Template.render(template, all);
        if (base.isBlank() || base.equals(displayName)) {
            base = displayName + " (" + values.getOrDefault("hostId", "2") + ")";
        }
        String suffix = attempt <= 1 ? "" : " " + attempt;
        // Keep the suffix when cutting: cut the base, not the number.
        String cleanBase = QboText.name("DisplayName", base, max - suffix.length(), new Adjustments());
        String result = cleanBase + suffix;
        adjustments.record("DisplayName", displayName);
        return result;
    }
}
