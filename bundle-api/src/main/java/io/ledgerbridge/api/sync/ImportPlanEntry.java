package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.util.List;

/**
 * What a dry-run import would do with one remote record. Created by the connector.
 *
 * @param kind the record's kind
 * @param remoteId the remote ledger's id
 * @param remoteName its name (display name, or an invoice's number) in the remote ledger
 * @param action what the import would do
 * @param hostRecords the host record it would link to ({@link Action#LINK}), the candidates it cannot choose between
 *        ({@link Action#AMBIGUOUS}); empty otherwise
 * @since 1.2
 */
public record ImportPlanEntry(ImportKind kind, String remoteId, String remoteName, Action action,
        List<RecordRef> hostRecords) {
    /** What the import would do. */
    public enum Action {
        /** create a new host record */
        CREATE,
        /** link to an existing host record (and update it) */
        LINK,
        /** nothing: more than one host record matches */
        AMBIGUOUS,
        /** nothing: inactive or merged away in the remote ledger */
        SKIP
    }

    public ImportPlanEntry {
        Checks.required(kind, "kind");
        Checks.requiredText(remoteId, "remoteId");
        Checks.required(action, "action");
        hostRecords = List.copyOf(Checks.required(hostRecords, "hostRecords"));
    }
}
