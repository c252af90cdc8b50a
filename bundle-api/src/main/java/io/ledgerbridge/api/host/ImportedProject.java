package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;

/**
 * A sub-customer (a job) the connector brings from the remote ledger for the host to create or update as a project.
 * Created by the connector; handed to {@link HostLedger#upsertProject}.
 *
 * @param hostProjectId the host's id when the job is already linked, or {@code null} to create one
 * @param remoteId the remote ledger's id of the job
 * @param hostCustomerId the host's id of the customer the project belongs to (already imported or matched)
 * @param name the project's name (the job's own name, without its parent's)
 * @param active whether the job is active in the remote ledger
 * @since 1.1
 */
public record ImportedProject(String hostProjectId, String remoteId, String hostCustomerId, String name,
        boolean active) {
    public ImportedProject {
        hostProjectId = Checks.blankToNull(hostProjectId);
        Checks.requiredText(remoteId, "remoteId");
        Checks.requiredText(hostCustomerId, "hostCustomerId");
        Checks.requiredText(name, "name");
    }
}
