package io.ledgerbridge.qbo.mapping;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An administrator's name template: literal text with {@code {field}} placeholders, and {@code {a|b}} for "a, else b"
 * (any number of alternatives; the first non-blank wins). An unknown or blank field renders as nothing.
 */
public final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Template() {
    }

    /**
     * @param template the template
     * @return the field names its placeholders use, in order of first use (alternatives each count)
     */
    public static Set<String> fields(String template) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            for (String alternative : m.group(1).split("\\|", -1)) {
                out.add(alternative.strip());
            }
        }
        return out;
    }

    /**
     * @param template the template
     * @param values the fields' values (missing or {@code null} count as blank)
     * @return the rendered text, stripped
     */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String chosen = "";
            for (String alternative : m.group(1).split("\\|")) {
                String v = values.get(alternative.strip());
                if (v != null && !v.isBlank()) {
                    chosen = v.strip();
                    break;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(chosen));
        }
        m.appendTail(out);
        // Literal parentheses or separators around a blank field should not be left dangling.
        return out.toString().replace("()", "").replaceAll("\\s{2,}", " ").strip();
    }
}
