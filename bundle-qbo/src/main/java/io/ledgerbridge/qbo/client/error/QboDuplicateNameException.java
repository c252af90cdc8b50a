package io.ledgerbridge.qbo.client.error;

/** Fault 6240: the DisplayName is already used by a customer, vendor or employee (possibly an inactive one). */
public class QboDuplicateNameException extends QboValidationException {
    private static final long serialVersionUID = 1L;

    public QboDuplicateNameException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
