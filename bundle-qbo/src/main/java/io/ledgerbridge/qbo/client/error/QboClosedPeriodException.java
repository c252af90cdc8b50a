package io.ledgerbridge.qbo.client.error;

/** Fault 6210: the transaction is dated on or before the company's books closing date. */
public class QboClosedPeriodException extends QboValidationException {
    private static final long serialVersionUID = 1L;

    public QboClosedPeriodException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
