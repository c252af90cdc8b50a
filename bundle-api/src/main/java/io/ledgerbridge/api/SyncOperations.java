package io.ledgerbridge.api;

import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncRun;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Pushing to the remote ledger on demand, and reading what happened. Implemented by the connector; called by host
 * screens and settings pages. Every operation is safe to call twice.
 */
@ProviderType
public interface SyncOperations {

    /**
     * Queues every record changed since the last sync (everything on the first) and returns at once.
     *
     * @param tenant the tenant
     * @return the run, {@code RUNNING}; follow it with {@link #run}
     */
    SyncRun syncNow(TenantId tenant);

    /**
     * Queues one record to be pushed again, whatever its state.
     *
     * @param tenant the tenant
     * @param record the record
     * @return its status, {@code PENDING}
     */
    RecordSyncStatus resync(TenantId tenant, RecordRef record);

    /**
     * @param tenant the tenant
     * @param record the record
     * @return its sync status, {@code NOT_SYNCED} for a record the connector has never seen
     */
    RecordSyncStatus status(TenantId tenant, RecordRef record);

    /**
     * @param tenant the tenant
     * @param runId a run's id
     * @return the run, or empty when unknown
     */
    Optional<SyncRun> run(TenantId tenant, String runId);

    /**
     * @param tenant the tenant
     * @param limit at most this many
     * @return the most recent runs, newest first
     */
    List<SyncRun> recentRuns(TenantId tenant, int limit);

    /**
     * @param tenant the tenant
     * @param limit at most this many
     * @return records whose last push failed, most recent first
     */
    List<RecordSyncStatus> failures(TenantId tenant, int limit);

    /**
     * Takes a failed record off the errors list without pushing it; the host record is left as it is and its next
     * change is pushed as usual. The decision is audited with the user's id.
     *
     * @param tenant the tenant
     * @param record the failed record
     * @param by the administrator deciding
     * @return its status afterwards (no longer {@code FAILED})
     * @throws InvalidInputException when the record has no open failure
     * @since 1.1
     */
    RecordSyncStatus ignore(TenantId tenant, RecordRef record, io.ledgerbridge.api.host.HostUser by);

    /**
     * Names a record as the host shows it to people (its invoice number, its customer's name), for lists and
     * e-mails: "Invoice 1010" rather than the host's internal id.
     *
     * @param tenant the tenant
     * @param record the record
     * @return e.g. "Invoice 1010"; its type and host id when the record cannot be read
     * @since 1.2
     */
    default String recordName(TenantId tenant, RecordRef record) {
        String type = record.type().name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + record.hostId();
    }
}
