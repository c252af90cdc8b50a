package io.ledgerbridge.qbo.client.error;

/** A failure that may pass by itself: a 5xx, a timeout, a refused or dropped connection. Retried with backoff. */
public class QboTransientException extends QboException {
    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Reason {
        /** QuickBooks answered with a 5xx. */
        SERVER_ERROR,
        /** No answer within the read or connect timeout. */
        TIMEOUT,
        /** The connection could not be opened. */
        CONNECTION_REFUSED,
        /** The connection broke before a whole response arrived. */
        CONNECTION_DROPPED
    }

    private final Reason reason;

    public QboTransientException(String message, ErrorDetails details, Reason reason, Throwable cause) {
        super(message, details, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
