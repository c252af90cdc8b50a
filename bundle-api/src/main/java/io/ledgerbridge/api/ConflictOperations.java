package io.ledgerbridge.api;

import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictCounts;
import io.ledgerbridge.api.sync.ConflictPage;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.ConflictResolution;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Conflicts between host records and their remote copies, and their resolution. A conflict arises when the remote
 * ledger holds a value on a field the host owns that differs from what the connector last pushed, or no longer has a
 * payment the host holds on an invoice (voided or deleted there); while it is open the connector does not overwrite the
 * remote record. Implemented by the connector; called by the host's conflict pages and record panels.
 *
 * @since 1.1
 */
@ProviderType
public interface ConflictOperations {

    /**
     * @param tenant the tenant
     * @param query which conflicts, and which page of them
     * @return the page, newest first, with the total matching the filter
     */
    ConflictPage list(TenantId tenant, ConflictQuery query);

    /**
     * @param tenant the tenant
     * @param conflictId a conflict's id
     * @return the conflict, or empty when the tenant has none with that id
     */
    Optional<Conflict> conflict(TenantId tenant, String conflictId);

    /**
     * Resolves a conflict: {@link ConflictResolution#KEEP_HOST} pushes the host's values over the remote ones (a
     * payment the remote ledger no longer has is recorded there again), {@link ConflictResolution#APPLY_REMOTE} writes
     * the remote values into the host (such a payment is removed from the host), {@link ConflictResolution#DISMISS}
     * takes the remote state as the new baseline without changing the host. Resolving a resolved conflict again with
     * the same decision returns it unchanged.
     *
     * @param tenant the tenant
     * @param conflictId the conflict
     * @param resolution the decision
     * @param by the administrator deciding (audited)
     * @return the resolved conflict
     * @throws InvalidInputException when the conflict is unknown, or was already resolved another way
     */
    Conflict resolve(TenantId tenant, String conflictId, ConflictResolution resolution, HostUser by);

    /**
     * @param tenant the tenant
     * @return open conflicts by record type, for badges
     */
    ConflictCounts counts(TenantId tenant);
}
