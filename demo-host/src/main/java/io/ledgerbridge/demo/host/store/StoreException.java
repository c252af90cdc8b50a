package io.ledgerbridge.demo.host.store;

/** The host database failed; the change it was part of was rolled back. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause the database's exception
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
