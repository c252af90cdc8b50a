package io.ledgerbridge.api.health;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;

/**
 * One thing a check found. Created by the connector.
 *
 * @param status how bad it is
 * @param tenant the tenant it concerns, or {@code null} for the connector as a whole (its database, this node)
 * @param message what is wrong, in plain words
 * @param remedy what to do, naming the admin page that does it, or {@code null} when nothing needs doing
 */
public record HealthFinding(HealthStatus status, TenantId tenant, String message, String remedy) {
    public HealthFinding {
        Checks.required(status, "status");
        Checks.requiredText(message, "message");
    }

    /** @return the finding as one line: status, tenant, message and remedy */
    public String line() {
        return status + (tenant == null ? "" : " tenant " + tenant.value()) + ": " + message
                + (remedy == null ? "" : " Remedy: " + remedy);
    }
}
