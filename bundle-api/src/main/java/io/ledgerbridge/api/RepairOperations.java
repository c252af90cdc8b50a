package io.ledgerbridge.api;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.RemoteRecord;
import io.ledgerbridge.api.sync.RemoteView;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Repairs of a record's link to its remote copy, for administrators: unlink it, link it to a remote record chosen
 * from a search, re-create a copy the remote ledger deleted, or follow the record a merge kept. Each operation first
 * checks that the record exists in the caller's tenant (another tenant's id is refused like an unknown one), and is
 * audited with who decided, when, and from which page. Implemented by the connector; called by record panels and the
 * errors list.
 *
 * @since 1.2
 */
@ProviderType
public interface RepairOperations {

    /**
     * What the remote ledger holds for a record now, with the repairs that fit its state.
     *
     * @param tenant the tenant
     * @param record the host record
     * @return the view ({@link RemoteView.State#NOT_LINKED} when the record has no remote copy)
     * @throws InvalidInputException when the tenant has no such record
     * @throws LedgerBridgeException when the remote ledger cannot be read now
     */
    RemoteView remote(TenantId tenant, RecordRef record);

    /**
     * Searches the remote ledger's records of a type by name, number or e-mail address, inactive ones included (they
     * are listed so that a refusal can say why).
     *
     * @param tenant the tenant
     * @param type customer, project, invoice or expense
     * @param text part of a name, a document number, an e-mail address or a remote id
     * @param limit at most this many
     * @return the matches, by remote id
     * @throws InvalidInputException when the text is blank or the type cannot be linked
     */
    List<RemoteRecord> search(TenantId tenant, RecordType type, String text, int limit);

    /**
     * Forgets the record's remote copy: nothing changes in the remote ledger, and the record's next push creates a
     * new copy there (never a replay of the first create).
     *
     * @param tenant the tenant
     * @param record the host record
     * @param by the administrator deciding
     * @param from the page the decision was made on, for the audit (e.g. {@code "record panel"})
     * @return the record's status afterwards
     * @throws InvalidInputException when the record is unknown to the tenant or not linked
     */
    RecordSyncStatus unlink(TenantId tenant, RecordRef record, HostUser by, String from);

    /**
     * Links the record to an existing remote record without pushing; its next push updates that record.
     *
     * @param tenant the tenant
     * @param record the host record
     * @param remoteId the remote record, as {@link #search} found it
     * @param by the administrator deciding
     * @param from the page the decision was made on
     * @return the record's status afterwards
     * @throws InvalidInputException when the remote record does not exist, is inactive, is of another kind, or is
     *         linked to another host record (the message says which)
     */
    RecordSyncStatus link(TenantId tenant, RecordRef record, String remoteId, HostUser by, String from);

    /**
     * Creates the record again in the remote ledger, where its copy was deleted (or merged away): the link is
     * forgotten and the record queued to be pushed.
     *
     * @param tenant the tenant
     * @param record the host record
     * @param by the administrator deciding
     * @param from the page the decision was made on
     * @return the record's status afterwards ({@code PENDING})
     * @throws InvalidInputException when the remote ledger still holds the record's copy
     */
    RecordSyncStatus recreate(TenantId tenant, RecordRef record, HostUser by, String from);

    /**
     * Links a record whose remote copy was merged into another to the surviving record, without pushing (the
     * survivor is never overwritten by this decision).
     *
     * @param tenant the tenant
     * @param record the host record
     * @param by the administrator deciding
     * @param from the page the decision was made on
     * @return the record's status afterwards
     * @throws InvalidInputException when the record's copy was not merged, or the survivor is linked to another host
     *         record
     */
    RecordSyncStatus followSurvivor(TenantId tenant, RecordRef record, HostUser by, String from);
}
