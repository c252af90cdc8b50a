package io.ledgerbridge.api.sync;

/**
 * A repair an administrator may make to a record's link ({@link io.ledgerbridge.api.RepairOperations}).
 *
 * @since 1.2
 */
public enum Repair {
    /** Forget the remote copy; the next push creates a new one. */
    UNLINK,
    /** Link to an existing remote record chosen from a search. */
    LINK,
    /** Create the record again where its remote copy was deleted. */
    RECREATE,
    /** Link to the record the remote ledger merged the copy into, without pushing. */
    FOLLOW_SURVIVOR
}
