package io.ledgerbridge.karaf;

import io.ledgerbridge.api.TenantId;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;

/** A command about one tenant, its first argument (completed from the connector's tenants). */
abstract class TenantCommand extends ConnectorCommand {
    @Argument(index = 0, name = "tenant", required = true, description = "The tenant id")
    @Completion(TenantCompleter.class)
    String tenant;

    TenantId tenantId() {
        return TenantId.of(tenant);
    }
}
