package io.ledgerbridge.api;

import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Importing contacts and outstanding invoices from the remote ledger into the host. An import pages through the remote
 * ledger with a cursor saved after every page, so it resumes after a crash or a restart; one node works a company at a
 * time. Implemented by the connector; called by the host's import page.
 *
 * @since 1.1
 */
@ProviderType
public interface ImportOperations {

    /**
     * Starts an import and returns at once. While one is running for the tenant, returns that one instead.
     *
     * @param tenant the tenant
     * @param request what to import
     * @param by the administrator starting it
     * @return the import, {@code RUNNING}
     * @throws InvalidInputException when the tenant is not connected or the request names nothing to import
     */
    ImportRun start(TenantId tenant, ImportRequest request, HostUser by);

    /**
     * @param tenant the tenant
     * @param importId an import's id
     * @return the import with its progress, or empty when unknown
     */
    Optional<ImportRun> run(TenantId tenant, String importId);

    /**
     * @param tenant the tenant
     * @param limit at most this many
     * @return the most recent imports, newest first
     */
    List<ImportRun> recentRuns(TenantId tenant, int limit);

    /**
     * Settles an ambiguous match by linking the remote contact to the host customer the administrator chose.
     *
     * @param tenant the tenant
     * @param importId the import that reported the ambiguity
     * @param remoteId the remote ledger's id of the contact
     * @param hostCustomerId the host customer to link it to
     * @param by the administrator deciding
     * @throws InvalidInputException when the import did not report that contact as ambiguous
     */
    void resolveMatch(TenantId tenant, String importId, String remoteId, String hostCustomerId, HostUser by);

    /**
     * @param tenant the tenant
     * @param importId a dry-run import
     * @param limit at most this many
     * @return what it would do with each remote record, in the order it decided; empty for a real import
     * @since 1.2
     */
    default List<io.ledgerbridge.api.sync.ImportPlanEntry> plan(TenantId tenant, String importId, int limit) {
        return List.of();
    }
}
