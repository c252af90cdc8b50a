package io.ledgerbridge.api.sync;

/** What an administrator decided about a conflict. */
public enum ConflictResolution {
    /** Keep the host's values: push them to the remote ledger again. */
    KEEP_HOST,
    /** Apply the remote ledger's values to the host. */
    APPLY_REMOTE,
    /** Do nothing; close the conflict. */
    DISMISS
}
