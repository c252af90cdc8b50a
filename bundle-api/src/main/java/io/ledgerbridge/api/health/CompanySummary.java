package io.ledgerbridge.api.health;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionState;
import java.time.Duration;

/**
 * One tenant's company at a glance, for consoles and dashboards. Created by the connector.
 *
 * @param tenant the tenant
 * @param state its connection
 * @param companyName the connected company's name, or {@code null}
 * @param syncEnabled whether its sync is switched on (Settings → Integrations → QuickBooks → Configuration)
 * @param waiting records waiting to be pushed
 * @param failed records whose push failed and waits for an administrator (Accounting sync page)
 * @param held records held back by an open conflict
 * @param oldestDue how long the oldest record due has waited, or {@code null} when none is due
 * @param inboxDepth remote changes waiting to be applied
 * @param openConflicts open conflicts
 * @param heldBy the node working the company now (its lease), or {@code null}
 */
public record CompanySummary(TenantId tenant, ConnectionState state, String companyName, boolean syncEnabled,
        long waiting, long failed, long held, Duration oldestDue, long inboxDepth, long openConflicts,
        String heldBy) {
    public CompanySummary {
        Checks.required(tenant, "tenant");
        Checks.required(state, "state");
    }
}
