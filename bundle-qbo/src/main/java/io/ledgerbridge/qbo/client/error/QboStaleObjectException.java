package io.ledgerbridge.qbo.client.error;

/** Fault 5010: the SyncToken sent is old because someone else changed the record; re-read it and send the change again. */
public class QboStaleObjectException extends QboValidationException {
    private static final long serialVersionUID = 1L;

    public QboStaleObjectException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
