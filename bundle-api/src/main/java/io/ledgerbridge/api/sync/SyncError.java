package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.time.Instant;

/**
 * One record that failed in a sync run. Created by the connector.
 *
 * @param record the host record, or {@code null} for a failure of the run as a whole
 * @param message what happened, in plain words
 * @param remedy what to do, or {@code null}
 * @param at when it happened
 */
public record SyncError(RecordRef record, String message, String remedy, Instant at) {
    public SyncError {
        Checks.requiredText(message, "message");
        Checks.required(at, "at");
    }
}
