package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.model.QboEntity;
import java.time.Instant;

/**
 * One change QuickBooks reported for one entity, from a webhook or a change-data-capture page. A webhook is only a
 * poke: {@code entity} is then {@code null} and the handler reads the entity itself; a CDC page already carries the
 * entity (or a deleted stub), so it is handed over to spare a call.
 *
 * @param tenant the tenant whose company changed
 * @param realmId the QuickBooks company
 * @param entityName QuickBooks' entity name, e.g. {@code "Invoice"}
 * @param qboId QuickBooks' id of the entity; for a merge, the id merged away (the record a link may point to)
 * @param operation what QuickBooks says happened
 * @param lastUpdated when QuickBooks says it happened
 * @param mergedIntoId for a merge, the surviving entity's id; otherwise {@code null}
 * @param source {@link SyncTrigger#WEBHOOK} or {@link SyncTrigger#CDC}
 * @param entity the entity as CDC returned it, or {@code null}
 */
public record RemoteChange(TenantId tenant, String realmId, String entityName, String qboId, Operation operation,
        Instant lastUpdated, String mergedIntoId, SyncTrigger source, QboEntity entity) {
    public RemoteChange {
        Checks.required(tenant, "tenant");
        Checks.requiredText(realmId, "realmId");
        Checks.requiredText(entityName, "entityName");
        Checks.requiredText(qboId, "qboId");
        Checks.required(operation, "operation");
        Checks.required(lastUpdated, "lastUpdated");
        Checks.required(source, "source");
    }

    /** The operations Intuit's notifications name. */
    public enum Operation {
        CREATE, UPDATE, DELETE, MERGE, VOID, EMAILED
    }
}
