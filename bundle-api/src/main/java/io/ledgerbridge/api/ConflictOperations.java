package io.ledgerbridge.api;

import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictResolution;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Conflicts between host records and remote edits. Implemented by the connector; called by the host's conflict
 * review page.
 */
@ProviderType
public interface ConflictOperations {

    /**
     * @param tenant the tenant
     * @return the open conflicts, oldest first
     */
    List<Conflict> open(TenantId tenant);

    /**
     * @param tenant the tenant
     * @param conflictId the conflict
     * @param resolution keep the host's values, apply the remote ones, or dismiss
     * @param userId the host user deciding
     * @return the conflict as resolved
     */
    Conflict resolve(TenantId tenant, String conflictId, ConflictResolution resolution, String userId);
}
