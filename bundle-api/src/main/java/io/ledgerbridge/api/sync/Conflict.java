package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.time.Instant;
import java.util.Map;

/**
 * A difference between a host record and its remote copy after someone edited the remote one. Created by the
 * connector; resolved by an administrator.
 *
 * @param conflictId the connector's id of the conflict
 * @param record the host record
 * @param remoteId the remote ledger's id
 * @param hostValues the host's values of the differing fields
 * @param remoteValues the remote ledger's values of the same fields
 * @param detectedAt when the difference was found
 * @param resolution the decision, or {@code null} while open
 * @param resolvedBy the host user who decided, or {@code null}
 * @param resolvedAt when it was decided, or {@code null}
 */
public record Conflict(String conflictId, RecordRef record, String remoteId, Map<String, String> hostValues,
        Map<String, String> remoteValues, Instant detectedAt, ConflictResolution resolution, String resolvedBy,
        Instant resolvedAt) {
    public Conflict {
        Checks.requiredText(conflictId, "conflictId");
        Checks.required(record, "record");
        Checks.requiredText(remoteId, "remoteId");
        hostValues = Map.copyOf(Checks.required(hostValues, "hostValues"));
        remoteValues = Map.copyOf(Checks.required(remoteValues, "remoteValues"));
        Checks.required(detectedAt, "detectedAt");
    }

    /** @return whether the conflict still waits for a decision */
    public boolean isOpen() {
        return resolution == null;
    }
}
