package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.time.Instant;

/**
 * One record's sync status, for the host's record screens. Created by the connector.
 *
 * @param record the host record
 * @param state where it stands
 * @param remoteId the remote ledger's id of the record, or {@code null} when not linked
 * @param lastSyncedAt when it was last pushed successfully, or {@code null}
 * @param message what happened last, in plain words, or {@code null} when all is well
 * @param remedy what to do about a failure, or {@code null}
 * @param attempts how many times the pending change was tried
 */
public record RecordSyncStatus(RecordRef record, SyncState state, String remoteId, Instant lastSyncedAt,
        String message, String remedy, int attempts) {
    public RecordSyncStatus {
        Checks.required(record, "record");
        Checks.required(state, "state");
    }

    /**
     * @param record the host record
     * @return the status of a record the connector has never seen
     */
    public static RecordSyncStatus notSynced(RecordRef record) {
        return new RecordSyncStatus(record, SyncState.NOT_SYNCED, null, null, null, null, 0);
    }
}
