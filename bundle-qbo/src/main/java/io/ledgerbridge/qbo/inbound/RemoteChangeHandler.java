package io.ledgerbridge.qbo.inbound;

/**
 * Applies one reported QuickBooks change to LedgerBridge and the host: ignores its own echoes, records payments and
 * "fully paid", raises conflicts, marks deleted or merged links. Called by the worker that holds the company's lease,
 * never on a request thread; it may call QuickBooks and the host ports. Must be safe to call twice with the same
 * change (inbox retries and CDC overlap deliver duplicates).
 */
public interface RemoteChangeHandler {

    /**
     * @param change the change
     * @throws RuntimeException a retryable failure (the caller keeps the change and retries it later)
     */
    void handle(RemoteChange change);
}
