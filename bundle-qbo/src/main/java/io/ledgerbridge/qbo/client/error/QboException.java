package io.ledgerbridge.qbo.client.error;

import java.util.Objects;

/**
 * Base of every failure the QuickBooks client reports. The message is written for the administrator: it says what
 * failed and what to do about it; the fields carry what QuickBooks said, for the sync log and for Intuit support.
 * Only {@link ErrorTranslator} decides which subclass a response becomes.
 */
public class QboException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorDetails details;

    public QboException(String message, ErrorDetails details, Throwable cause) {
        super(message, cause);
        this.details = Objects.requireNonNull(details, "details");
    }

    public ErrorDetails details() {
        return details;
    }

    /** What the connector was doing, e.g. {@code "update Customer 58"}. */
    public String operation() {
        return details.operation();
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int httpStatus() {
        return details.httpStatus();
    }

    /** The QuickBooks fault code, e.g. {@code "6240"}, or null. */
    public String code() {
        return details.code();
    }

    public String faultMessage() {
        return details.faultMessage();
    }

    public String detail() {
        return details.detail();
    }

    /** The field QuickBooks blamed, or null. */
    public String element() {
        return details.element();
    }

    /** The {@code intuit_tid} of the response, to quote to Intuit support, or null. */
    public String intuitTid() {
        return details.intuitTid();
    }
}
