package io.ledgerbridge.api.settings;

import io.ledgerbridge.api.Checks;

/**
 * One entry of a remote list, for a drop-down. Created by the connector.
 *
 * @param id the remote id, to store in a {@link Mapping}
 * @param name the name to show
 * @param detail a qualifier to show beside it (an account's type, an item's type), or {@code null}
 * @param active whether it is active remotely
 */
public record RemoteOption(String id, String name, String detail, boolean active) {
    public RemoteOption {
        Checks.requiredText(id, "id");
        Checks.requiredText(name, "name");
    }
}
