package io.ledgerbridge.api;

import io.ledgerbridge.api.sync.SyncRun;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Importing from the remote ledger into the host. Implemented by the connector; called by the host's settings pages.
 */
@ProviderType
public interface ImportOperations {

    /**
     * Queues an import and returns at once; records are matched by link, e-mail and name before any is created.
     *
     * @param tenant the tenant
     * @param scopes what to import
     * @return the run, {@code RUNNING}; follow it with {@link SyncOperations#run}
     */
    SyncRun importFromRemote(TenantId tenant, Set<ImportScope> scopes);
}
