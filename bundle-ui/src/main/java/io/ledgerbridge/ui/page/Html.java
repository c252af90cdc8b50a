package io.ledgerbridge.ui.page;

/** HTML escaping for everything a page writes that did not come from the page's own literals. */
public final class Html {
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private Html() {
    }

    /**
     * @param instant a moment, or {@code null}
     * @return it as people read it on the pages, to the minute in UTC; {@code null} for {@code null}
     */
    public static String when(java.time.Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    /**
     * @param text any text, or {@code null}
     * @return the text with {@code & < > " '} escaped; {@code ""} for {@code null}
     */
    public static String escape(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
