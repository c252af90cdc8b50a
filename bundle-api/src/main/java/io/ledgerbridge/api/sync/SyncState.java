package io.ledgerbridge.api.sync;

/** Where one host record stands with the remote ledger, as host screens show it. */
public enum SyncState {
    /** Never pushed and nothing waiting. */
    NOT_SYNCED,
    /** A change is waiting to be pushed (or is being pushed, or waits for a retry). */
    PENDING,
    /** The remote ledger holds the record as last pushed. */
    SYNCED,
    /** The last push failed; the message says why and what to do. The record stays retriable. */
    FAILED,
    /** The remote ledger was edited and differs; an administrator must keep, apply or dismiss. */
    CONFLICT,
    /** Deliberately not pushed (a draft, dated before the sync start date, sync disabled); the message says why. */
    SKIPPED
}
