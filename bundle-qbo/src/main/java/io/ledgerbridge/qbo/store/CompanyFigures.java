package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionState;
import java.time.Instant;

/**
 * One tenant's figures as {@link OperationsQueries#figures} reads them for every tenant at once.
 *
 * @param tenant the tenant
 * @param state its connection ({@code DISCONNECTED} when it never connected)
 * @param companyName its company's name, or {@code null}
 * @param realmId its company's id, or {@code null}
 * @param syncEnabled whether its sync is switched on
 * @param waiting outbox rows waiting to be pushed
 * @param failed outbox rows stopped by a failure
 * @param held outbox rows held by an open conflict
 * @param oldestDue the due time of its oldest row due, or {@code null}
 * @param inboxDepth remote changes waiting to be applied
 * @param openConflicts open conflicts
 * @param pushedLastHour records QuickBooks accepted in the last hour
 * @param failedLastHour push attempts that failed for good in the last hour
 * @param leaseHolder the node holding its lease, or {@code null}
 */
public record CompanyFigures(TenantId tenant, ConnectionState state, String companyName, String realmId,
        boolean syncEnabled, long waiting, long failed, long held, Instant oldestDue, long inboxDepth,
        long openConflicts, long pushedLastHour, long failedLastHour, String leaseHolder) {
}
