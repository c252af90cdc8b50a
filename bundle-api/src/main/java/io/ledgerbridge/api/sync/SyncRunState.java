package io.ledgerbridge.api.sync;

/** Whether a sync run is still going. */
public enum SyncRunState {
    /** Started, records are being processed. */
    RUNNING,
    /** Finished; every record was processed (some may have failed). */
    FINISHED,
    /** Stopped before the end (the connection was lost or the connector stopped); the rest waits. */
    INTERRUPTED
}
