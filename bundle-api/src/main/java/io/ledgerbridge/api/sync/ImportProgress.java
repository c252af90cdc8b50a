package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;

/**
 * How far an import is with one kind of record.
 *
 * @param kind what is counted
 * @param total how many the remote ledger holds, or {@code -1} until it is known
 * @param done how many were handled so far
 * @param linked of those, matched to an existing host record and linked
 * @param created of those, created in the host
 * @param ambiguous of those, matched more than one host record and left for the administrator
 * @param failed of those, failed (the import's errors say why)
 * @since 1.1
 */
public record ImportProgress(ImportKind kind, int total, int done, int linked, int created, int ambiguous,
        int failed) {
    public ImportProgress {
        Checks.required(kind, "kind");
    }
}
