package io.ledgerbridge.qbo.sync;

import java.time.Duration;

/**
 * A failure QuickBooks reported (or a failure to reach it), as the engine needs it: the kind decides the retry, the
 * code picks the plain message. The client's error family is translated into this in one adapter.
 */
public final class QboFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The small typed family of QuickBooks failures. */
    public enum Kind {
        /** 401/403: the token or the connection; stop the company until it reconnects. */
        AUTHORIZATION,
        /** 400 validation or business fault: retrying the same request cannot help. */
        VALIDATION,
        /** 429: the throttle; wait and retry. */
        THROTTLED,
        /** 5xx, timeouts, connection failures: retry with backoff. */
        TRANSIENT,
        /** 610 or 404: the entity is gone. */
        NOT_FOUND,
        /** 5010: the SyncToken is stale. */
        STALE
    }

    private final Kind kind;
    private final int httpStatus;
    private final String code;
    private final String detail;
    private final String intuitTid;
    private final Duration retryAfter;

    /**
     * @param kind the kind
     * @param httpStatus the HTTP status, or 0 when none came back
     * @param code QuickBooks' fault code, or {@code null}
     * @param message QuickBooks' message
     * @param detail QuickBooks' detail, or {@code null}
     * @param intuitTid the {@code intuit_tid} to quote to Intuit, or {@code null}
     * @param retryAfter the server's Retry-After, or {@code null}
     */
    public QboFault(Kind kind, int httpStatus, String code, String message, String detail, String intuitTid,
            Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = code;
        this.detail = detail;
        this.intuitTid = intuitTid;
        this.retryAfter = retryAfter;
    }

    /**
     * @param code a QuickBooks validation code
     * @param message its message
     * @param detail its detail
     * @return a validation fault
     */
    public static QboFault validation(String code, String message, String detail) {
        return new QboFault(Kind.VALIDATION, 400, code, message, detail, null, null);
    }

    public Kind kind() { return kind; }
    public int httpStatus() { return httpStatus; }
    public String code() { return code; }
    public String detail() { return detail; }
    public String intuitTid() { return intuitTid; }
    public Duration retryAfter() { return retryAfter; }

    /** @return whether the same request may succeed later */
    public boolean retryable() {
        return kind == Kind.THROTTLED || kind == Kind.TRANSIENT
                // "You can only add or edit one name at a time" is a concurrency collision, not a bad request.
                || (kind == Kind.VALIDATION && "6000".equals(code) && detail != null
                        && detail.contains("at a time"));
    }
}
