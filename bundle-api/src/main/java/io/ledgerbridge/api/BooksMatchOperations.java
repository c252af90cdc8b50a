package io.ledgerbridge.api;

import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The books-match report: every linked customer's open balance and every linked invoice's total and balance compared
 * on both sides, what only one side holds, each difference with its likely cause and the action that fixes it. A run
 * pages through the remote ledger (one query per 1,000 records) on the node holding the company's lease; it runs on
 * demand and after each auto-sync window, and the last report is kept. Implemented by the connector; called by the
 * host's books-match page.
 *
 * @since 1.2
 */
@ProviderType
public interface BooksMatchOperations {

    /**
     * Asks for a report and returns at once; a report already asked for or running is not asked for twice.
     *
     * @param tenant the tenant
     * @param by the administrator asking
     * @throws InvalidInputException when the tenant is not connected
     */
    void request(TenantId tenant, HostUser by);

    /**
     * @param tenant the tenant
     * @return the last finished report (with its time), and whether another is asked for or running
     */
    Optional<BooksMatchReport> latest(TenantId tenant);

    /**
     * Forgets the link of a record whose counterpart is gone (deleted on one side), so its next push creates it
     * afresh. The decision is audited with the user's id.
     *
     * @param tenant the tenant
     * @param record the host record
     * @param by the administrator deciding
     * @throws InvalidInputException when the record has no link
     */
    void unlink(TenantId tenant, RecordRef record, HostUser by);

    /**
     * Links a host record that has none to the remote record the report found for it (same name or number), so the
     * two are kept in step from now on instead of pushing a duplicate. Audited with the user's id.
     *
     * @param tenant the tenant
     * @param record the host record, without a link
     * @param remoteId the remote ledger's id of the record
     * @param by the administrator deciding
     * @throws InvalidInputException when the record is linked already, or the remote record is linked to another
     */
    void link(TenantId tenant, RecordRef record, String remoteId, HostUser by);
}
