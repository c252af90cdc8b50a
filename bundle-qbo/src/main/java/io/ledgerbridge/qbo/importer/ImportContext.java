package io.ledgerbridge.qbo.importer;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.ImportRequest;

/**
 * One import's constants while a node works it.
 *
 * @param importId the import
 * @param tenant the tenant
 * @param realmId the company
 * @param request what was asked
 * @param settings the tenant's settings (display-name rules for matching)
 */
record ImportContext(String importId, TenantId tenant, String realmId, ImportRequest request,
        ConnectorSettings settings) {
    boolean dryRun() {
        return request.dryRun();
    }
}
