package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * One import from the remote ledger, as the import page shows it while it runs and after.
 *
 * @param importId the connector's id of the import
 * @param tenant the tenant
 * @param request what was asked
 * @param state whether it is still going ({@code INTERRUPTED} ones resume on their own)
 * @param startedBy the host user who started it
 * @param startedAt when it started
 * @param endedAt when it ended, or {@code null} while running
 * @param progress per kind, in the order the import works them
 * @param ambiguous contacts that matched more than one host record (possibly capped)
 * @param errors what failed, most recent first (possibly capped)
 * @since 1.1
 */
public record ImportRun(String importId, TenantId tenant, ImportRequest request, SyncRunState state,
        String startedBy, Instant startedAt, Instant endedAt, List<ImportProgress> progress,
        List<AmbiguousMatch> ambiguous, List<SyncError> errors) {
    public ImportRun {
        Checks.requiredText(importId, "importId");
        Checks.required(tenant, "tenant");
        Checks.required(request, "request");
        Checks.required(state, "state");
        Checks.required(startedAt, "startedAt");
        progress = List.copyOf(Checks.required(progress, "progress"));
        ambiguous = List.copyOf(Checks.required(ambiguous, "ambiguous"));
        errors = List.copyOf(Checks.required(errors, "errors"));
    }
}
