package io.ledgerbridge.qbo.client.http;

/**
 * Told of every HTTP exchange with the QuickBooks Accounting API that got an answer, for metrics and health
 * (latency, status counts, throttle use, 429s). Called on the calling thread right after the answer was read, while
 * the company's throttle permit is still held, so it must be quick and never throw.
 */
@FunctionalInterface
public interface QboCallListener {
    /** Listens to nothing. */
    QboCallListener NONE = (realmId, operation, batchItems, status, nanos) -> { };

    /**
     * @param realmId the company called
     * @param operation what the call did, for people ({@code "create Invoice"}); may carry ids, so not a metric tag
     * @param batchItems 0 for an ordinary call, else the items of a batch call
     * @param status the HTTP status QuickBooks answered
     * @param nanos how long the exchange took, from sending to the body read (throttle waits excluded)
     */
    void onCall(String realmId, String operation, int batchItems, int status, long nanos);
}
