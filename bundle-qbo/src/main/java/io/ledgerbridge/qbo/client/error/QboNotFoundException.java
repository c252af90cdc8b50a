package io.ledgerbridge.qbo.client.error;

/** Fault 610 (or HTTP 404): the record, or one it refers to, was deleted or made inactive in QuickBooks. */
public class QboNotFoundException extends QboValidationException {
    private static final long serialVersionUID = 1L;

    public QboNotFoundException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
