package io.ledgerbridge.qbo.client.error;

/** Fault 6140: the DocNumber is already used by another transaction of that kind. */
public class QboDuplicateDocNumberException extends QboValidationException {
    private static final long serialVersionUID = 1L;

    public QboDuplicateDocNumberException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
