package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * The last books-match report of a tenant, and whether a new one is on its way.
 *
 * @param tenant the tenant
 * @param trigger {@link SyncTrigger#SYNC_NOW} for one asked for on the page, {@link SyncTrigger#SCHEDULE} for one run
 *        after an auto-sync window
 * @param requestedBy the administrator who asked for it, or {@code null} after an auto-sync window
 * @param startedAt when the run started, or {@code null} when no report finished yet
 * @param finishedAt when it finished, or {@code null} when no report finished yet
 * @param customersCompared linked customers (and projects) compared
 * @param invoicesCompared linked invoices compared
 * @param remoteCalls calls made to the remote ledger
 * @param differenceCount differences found (the list may hold fewer)
 * @param differences the differences, customers first (possibly capped)
 * @param pendingSince when the next report was asked for, or {@code null} when none is waiting or running
 * @param problem why the last run stopped before the end, or {@code null}
 * @param remedy what to do about it, or {@code null}
 * @since 1.2
 */
public record BooksMatchReport(TenantId tenant, SyncTrigger trigger, String requestedBy, Instant startedAt,
        Instant finishedAt, int customersCompared, int invoicesCompared, int remoteCalls, int differenceCount,
        List<BooksDifference> differences, Instant pendingSince, String problem, String remedy) {
    public BooksMatchReport {
        Checks.required(tenant, "tenant");
        differences = List.copyOf(Checks.required(differences, "differences"));
    }

    /** @return records compared in all */
    public int recordsCompared() {
        return customersCompared + invoicesCompared;
    }

    /** @return whether a report finished at least once */
    public boolean finished() {
        return finishedAt != null;
    }
}
