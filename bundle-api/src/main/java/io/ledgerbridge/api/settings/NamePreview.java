package io.ledgerbridge.api.settings;

import io.ledgerbridge.api.Checks;

/**
 * One templated name as the remote ledger would receive it, for the settings page's live preview. Created by the
 * connector.
 *
 * @param field the remote field, e.g. {@code "DisplayName"} or {@code "DocNumber"}
 * @param template the template that produced it
 * @param rendered the template's output before the remote ledger's rules
 * @param sent what would be sent: forbidden characters removed and cut to {@code limit}
 * @param limit the remote field's length limit
 * @since 1.1
 */
public record NamePreview(String field, String template, String rendered, String sent, int limit) {
    public NamePreview {
        Checks.requiredText(field, "field");
        Checks.required(template, "template");
        rendered = rendered == null ? "" : rendered;
        sent = sent == null ? "" : sent;
    }

    /** @return whether the remote ledger's rules changed the rendered name */
    public boolean changed() {
        return !rendered.equals(sent);
    }
}
