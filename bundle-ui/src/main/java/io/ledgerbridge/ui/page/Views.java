package io.ledgerbridge.ui.page;

import java.util.HashMap;
import java.util.Map;

/** Renders a page's template with what every template reads: {@code page} and {@code tools}. */
public final class Views {
    private Views() {
    }

    /**
     * @param page the host's attributes
     * @param template the template
     * @param model the page's own values
     * @return the HTML
     */
    public static String render(PageRequest page, String template, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("page", page);
        @SuppressWarnings("unchecked")
        java.util.function.Function<io.ledgerbridge.api.sync.RecordRef, String> names =
                model.get(PageTools.RECORD_NAMES) instanceof java.util.function.Function<?, ?> f
                        ? (java.util.function.Function<io.ledgerbridge.api.sync.RecordRef, String>) f : null;
        all.put("tools", new PageTools(page, names));
        return Templates.render(template, all);
    }
}
