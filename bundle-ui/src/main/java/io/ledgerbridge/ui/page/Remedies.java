package io.ledgerbridge.ui.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the page names a remedy mentions ("Settings → Integrations → QuickBooks → Mappings → Expense payment
 * accounts") into links to those pages, so every remedy the connector writes can be followed with one click. The
 * names are the pages' titles; {@link #SECTIONS} are the mapping tables' headings.
 */
public final class Remedies {
    /** The settings sub-pages by title, to their path below the QuickBooks page. */
    public static final Map<String, String> PAGES = Map.of("Configuration", "configuration", "Mappings", "mappings",
            "Accounting sync", "sync", "Conflicts", "conflicts", "Import", "import",
            "Books match", "books");
    /** The mappings page's sections by heading, to their anchor. */
    public static final Map<String, String> SECTIONS = Map.of("Items", "item", "Department classes",
            "department_class", "Tax codes", "tax_code", "Payment deposit accounts", "payment_deposit_account",
            "Expense payment accounts", "expense_payment_account", "Expense categories", "expense_category_account",
            "Customer links", "customer_link", "Custom fields", "custom_field");

    private static final Pattern PAGE_NAME = Pattern.compile("Settings → Integrations → QuickBooks"
            + "(?: → (" + String.join("|", PAGES.keySet()) + "))?"
            + "(?: → (" + String.join("|", SECTIONS.keySet()) + "))?");

    private Remedies() {
    }

    /**
     * One piece of a remedy: plain text, or a page name with its link.
     *
     * @param text the text
     * @param href the link, or {@code null} for plain text
     */
    public record Segment(String text, String href) {
    }

    /**
     * @param remedy a remedy, or {@code null}
     * @param settingsPath the QuickBooks page's path, e.g. {@code /ledgerbridge/quickbooks}
     * @return its pieces, page names linked; empty for {@code null}
     */
    public static List<Segment> segments(String remedy, String settingsPath) {
        List<Segment> out = new ArrayList<>();
        if (remedy == null) {
            return out;
        }
        Matcher m = PAGE_NAME.matcher(remedy);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new Segment(remedy.substring(last, m.start()), null));
            }
            String href = settingsPath + (m.group(1) == null ? "" : "/" + PAGES.get(m.group(1)))
                    + (m.group(2) == null ? "" : "#" + SECTIONS.get(m.group(2)));
            out.add(new Segment(m.group(), href));
            last = m.end();
        }
        if (last < remedy.length()) {
            out.add(new Segment(remedy.substring(last), null));
        }
        return out;
    }

    /**
     * @param anchor a section's anchor
     * @return its heading
     */
    public static String section(String anchor) {
        return SECTIONS.entrySet().stream().filter(e -> e.getValue().equals(anchor.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst().orElse(anchor);
    }
}
