package io.ledgerbridge.api;

/**
 * The root of every exception the connector throws through this API. Its message says what happened in the words
 * the product documentation uses; {@link #remedy()} says what an administrator or user can do about it.
 * Thrown by the connector, caught by the host (for example to show it on a settings page).
 */
public class LedgerBridgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String remedy;

    /**
     * @param message what happened
     * @param remedy what to do about it, or {@code null} when there is nothing to do
     */
    public LedgerBridgeException(String message, String remedy) {
        super(message);
        this.remedy = remedy;
    }

    /**
     * @param message what happened
     * @param remedy what to do about it, or {@code null}
     * @param cause the underlying failure
     */
    public LedgerBridgeException(String message, String remedy, Throwable cause) {
        super(message, cause);
        this.remedy = remedy;
    }

    /** @return what to do about the failure, or {@code null} when nothing can be done */
    public String remedy() {
        return remedy;
    }
}
