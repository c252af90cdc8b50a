package io.ledgerbridge.api.sync;

/** What started a sync run. */
public enum SyncTrigger {
    /** Host events, processed as they arrive. */
    EVENT,
    /** An administrator clicked Sync now. */
    SYNC_NOW,
    /** The auto-sync schedule. */
    SCHEDULE,
    /** A user pushed one record again. */
    RESYNC,
    /** An import from the remote ledger. */
    IMPORT,
    /** A webhook from the remote ledger. */
    WEBHOOK,
    /** A change-data-capture poll of the remote ledger. */
    CDC
}
