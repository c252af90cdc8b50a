package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.time.Instant;

/**
 * One reported QuickBooks change as the inbox stores it. Realm, entity, id, operation and time identify it: the same
 * five again (an Intuit retry, a CDC window re-read) are the same change.
 *
 * @param tenant the tenant whose company changed
 * @param realmId the company
 * @param entityName QuickBooks' entity name, e.g. {@code Invoice}
 * @param qboId the entity's id (for a merge: the id merged away)
 * @param operation the operation's name ({@code RemoteChange.Operation})
 * @param lastUpdated when QuickBooks says it happened
 * @param mergedIntoId for a merge, the surviving id; otherwise {@code null}
 * @param source {@link SyncTrigger#WEBHOOK} or {@link SyncTrigger#CDC}
 * @param entityJson the entity as CDC returned it, or {@code null}
 */
public record InboxEntry(TenantId tenant, String realmId, String entityName, String qboId, String operation,
        Instant lastUpdated, String mergedIntoId, SyncTrigger source, String entityJson) {
    public InboxEntry {
        Checks.required(tenant, "tenant");
        Checks.requiredText(realmId, "realmId");
        Checks.requiredText(entityName, "entityName");
        Checks.requiredText(qboId, "qboId");
        Checks.requiredText(operation, "operation");
        Checks.required(lastUpdated, "lastUpdated");
        Checks.required(source, "source");
    }
}
