package io.ledgerbridge.qbo.inbound;

import java.time.Instant;

/**
 * One entity change a webhook names, before its company is matched to a tenant.
 *
 * @param realmId the company
 * @param entityName the watched entity's name, as QuickBooks spells it
 * @param qboId the entity's id; for a merge, the id merged away
 * @param operation what happened
 * @param lastUpdated when
 * @param mergedIntoId for a merge, the surviving id; otherwise {@code null}
 */
public record ReportedChange(String realmId, String entityName, String qboId, RemoteChange.Operation operation,
        Instant lastUpdated, String mergedIntoId) {
}
