package io.ledgerbridge.ui.page;

import io.ledgerbridge.api.LedgerBridgeException;

/**
 * A message shown above a page's content.
 *
 * @param kind {@code ok}, {@code info} or {@code error}
 * @param message what happened
 * @param remedy what to do, or {@code null}
 */
public record Notice(String kind, String message, String remedy) {

    /**
     * @param message what happened
     * @return a success notice
     */
    public static Notice ok(String message) {
        return new Notice("ok", message, null);
    }

    /**
     * @param e a connector failure
     * @return its message and remedy as an error notice
     */
    public static Notice of(LedgerBridgeException e) {
        return new Notice("error", e.getMessage(), e.remedy());
    }
}
