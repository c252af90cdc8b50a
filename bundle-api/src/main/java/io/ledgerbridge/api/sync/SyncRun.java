package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * One sync run, as the Recent Syncs table shows it. Created by the connector.
 *
 * @param runId the connector's id of the run
 * @param tenant the tenant
 * @param trigger what started it
 * @param state whether it is still going
 * @param startedAt when it started
 * @param endedAt when it ended, or {@code null} while running
 * @param created records created in the remote ledger
 * @param updated records updated in the remote ledger
 * @param skipped records deliberately not pushed
 * @param failed records that failed
 * @param errors the failures, most recent first (possibly capped)
 */
public record SyncRun(String runId, TenantId tenant, SyncTrigger trigger, SyncRunState state, Instant startedAt,
        Instant endedAt, int created, int updated, int skipped, int failed, List<SyncError> errors) {
    public SyncRun {
        Checks.requiredText(runId, "runId");
        Checks.required(tenant, "tenant");
        Checks.required(trigger, "trigger");
        Checks.required(state, "state");
        Checks.required(startedAt, "startedAt");
        errors = List.copyOf(Checks.required(errors, "errors"));
    }
}
