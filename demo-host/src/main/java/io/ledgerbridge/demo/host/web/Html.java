package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.demo.host.books.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Small HTML helpers: escaping and the form controls every screen uses. */
public final class Html {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    /**
     * @param text any text, or {@code null}
     * @return the text escaped for HTML content and attribute values ("" for null)
     */
    public static String esc(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * @param value a URL path segment or query value
     * @return it URL-encoded
     */
    public static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * @param money an amount, or {@code null}
     * @return it with two decimals and its currency
     */
    public static String money(Money money) {
        return money == null ? "" : amount(money.amount()) + " " + money.currency().getCurrencyCode();
    }

    /**
     * @param amount an amount
     * @return it with two decimals
     */
    public static String amount(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * @param instant an instant, or {@code null}
     * @return it in UTC
     */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /**
     * @param errors the refused fields of a form, possibly empty
     * @return the error summary box, or "" when there are none
     */
    public static String errorSummary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"error-summary\" role=\"alert\"><strong>Nothing was saved."
                + "</strong> Please correct:<ul>");
        for (FieldError error : errors) {
            out.append("<li><a href=\"#f-").append(esc(error.field())).append("\">").append(esc(error.message()))
                    .append("</a></li>");
        }
        return out.append("</ul></div>").toString();
    }

    /**
     * A labelled text input showing its error, if any.
     *
     * @param form the submitted or current values
     * @param errors the refused fields
     * @param name the field name
     * @param label the label
     * @param type the input type (text, email, date, number...)
     * @param hint a hint under the field, or {@code null}
     * @return the HTML
     */
    public static String input(Map<String, String> form, List<FieldError> errors, String name, String label, String type,
            String hint) {
        String error = errorOf(errors, name);
        return "<div class=\"field" + (error == null ? "" : " invalid") + "\"><label for=\"f-" + esc(name) + "\">"
                + esc(label) + "</label><input id=\"f-" + esc(name) + "\" name=\"" + esc(name) + "\" type=\"" + type
                + "\"" + (type.equals("number") ? " step=\"any\"" : "") + " value=\"" + esc(form.get(name)) + "\">"
                + (hint == null ? "" : "<small>" + esc(hint) + "</small>")
                + (error == null ? "" : "<span class=\"field-error\">" + esc(error) + "</span>") + "</div>";
    }

    /**
     * A labelled select showing its error, if any.
     *
     * @param form the submitted or current values
     * @param errors the refused fields
     * @param name the field name
     * @param label the label
     * @param options value to text, in order; an empty value is the "none" choice
     * @return the HTML
     */
    public static String select(Map<String, String> form, List<FieldError> errors, String name, String label,
            Map<String, String> options) {
        String error = errorOf(errors, name);
        StringBuilder out = new StringBuilder("<div class=\"field" + (error == null ? "" : " invalid")
                + "\"><label for=\"f-" + esc(name) + "\">" + esc(label) + "</label><select id=\"f-" + esc(name)
                + "\" name=\"" + esc(name) + "\">");
        String current = form.getOrDefault(name, "");
        options.forEach((value, text) -> out.append("<option value=\"").append(esc(value)).append('"')
                .append(value.equals(current == null ? "" : current) ? " selected" : "").append('>').append(esc(text))
                .append("</option>"));
        out.append("</select>");
        if (error != null) {
            out.append("<span class=\"field-error\">").append(esc(error)).append("</span>");
        }
        return out.append("</div>").toString();
    }

    /**
     * @param errors the refused fields
     * @param name a field name
     * @return the first error's message for that field, or {@code null}
     */
    public static String errorOf(List<FieldError> errors, String name) {
        return errors.stream().filter(e -> e.field().equals(name)).map(FieldError::message).findFirst().orElse(null);
    }

    /**
     * @param csrf the session's CSRF token
     * @return the hidden CSRF field every host form carries
     */
    public static String csrf(String csrf) {
        return "<input type=\"hidden\" name=\"" + io.ledgerbridge.api.ui.UiContribution.CSRF_PARAMETER + "\" value=\""
                + esc(csrf) + "\">";
    }
}
