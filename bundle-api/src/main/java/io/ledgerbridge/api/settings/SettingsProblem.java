package io.ledgerbridge.api.settings;

import io.ledgerbridge.api.Checks;

/**
 * Something wrong with settings or mapping rows about to be saved, found before anything is saved. Created by the
 * connector's checks; a host shows each next to the field or row it names.
 *
 * @param field the setting (e.g. {@code "docNumberTemplate"}) or the mapping row (e.g. {@code "Items: consulting"})
 * @param message what is wrong, in the words an administrator reads
 * @param remedy what to do instead
 * @param refused {@code true} when saving is refused; {@code false} for a warning the administrator may accept
 * @since 1.2
 */
public record SettingsProblem(String field, String message, String remedy, boolean refused) {
    public SettingsProblem {
        Checks.requiredText(field, "field");
        Checks.requiredText(message, "message");
    }
}
