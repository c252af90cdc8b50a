package io.ledgerbridge.qbo.client.error;

/** QuickBooks refused the request's content (a ValidationFault). Never retried unchanged: the record or the mapping must change first. */
public class QboValidationException extends QboException {
    private static final long serialVersionUID = 1L;

    public QboValidationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
