package io.ledgerbridge.qbo.sync;

import java.time.Duration;

/**
 * Why one record's push did not complete, decided once: retry later (throttle, outage), wait for a dependency, stop
 * the record (a fault retrying cannot fix), stop the whole company (its connection), or wait for a conflict's
 * resolution.
 */
public final class PushFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the worker does with the record. */
    public enum Action { RETRY, WAIT, STOP_RECORD, STOP_COMPANY, CONFLICT }

    private final Action action;
    private final String remedy;
    private final String faultCode;
    private final String intuitTid;
    private final Duration retryAfter;

    PushFailure(Action action, String message, String remedy, String faultCode, String intuitTid,
            Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.action = action;
        this.remedy = remedy;
        this.faultCode = faultCode;
        this.intuitTid = intuitTid;
        this.retryAfter = retryAfter;
    }

    static PushFailure stop(String message, String remedy) {
        return new PushFailure(Action.STOP_RECORD, message, remedy, null, null, null, null);
    }

    /**
     * A failure outside QuickBooks (the host could not give the record, the database refused a write): the record
     * is tried again later, and stops after the configured attempts like any retryable failure.
     */
    static PushFailure unexpected(RuntimeException e) {
        return new PushFailure(Action.RETRY, "The record could not be pushed: " + e, "Nothing to do if it passes; "
                + "if it persists, check the host and the LedgerBridge database", null, null, null, e);
    }

    /** The record has an open conflict: it waits, without overwriting QuickBooks, until it is resolved. */
    static PushFailure conflict(String summary, String remedy) {
        return new PushFailure(Action.CONFLICT, summary, remedy, null, null, null, null);
    }

    static PushFailure waitFor(String message, String remedy) {
        return new PushFailure(Action.WAIT, message, remedy, null, null, null, null);
    }

    public Action action() { return action; }
    public String remedy() { return remedy; }
    public String faultCode() { return faultCode; }
    public String intuitTid() { return intuitTid; }
    public Duration retryAfter() { return retryAfter; }
}
