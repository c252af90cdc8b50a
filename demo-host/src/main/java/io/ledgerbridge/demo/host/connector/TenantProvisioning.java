package io.ledgerbridge.demo.host.connector;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a host's onboarding does for a new organisation: sets the organisation's accounts address as the notification
 * recipient, once, when the tenant still has the connector's defaults. Sync stays off: nothing (the sample data
 * included) is pushed before an administrator has connected, looked at the configuration and mappings, and turned
 * sync on (the Connection page's first-run checklist). An administrator's later changes are left alone.
 */
@Component(immediate = true)
public class TenantProvisioning {
    private static final Logger LOG = LoggerFactory.getLogger(TenantProvisioning.class);
    static final List<TenantId> TENANTS = List.of(TenantId.of("demo"), TenantId.of("demo2"));

    /** @param connector the QuickBooks connector */
    @Activate
    public TenantProvisioning(@Reference(target = "(connector.id=quickbooks-online)") AccountingConnector connector) {
        for (TenantId tenant : TENANTS) {
            try {
                provision(connector, tenant);
            } catch (LedgerBridgeException e) {
                LOG.warn("Could not set up QuickBooks for tenant {}: {} ({})", tenant, e.getMessage(), e.remedy());
            }
        }
    }

    static void provision(AccountingConnector connector, TenantId tenant) {
        ConnectorSettings current = connector.settings().settings(tenant);
        if (!current.equals(ConnectorSettings.defaults())) {
            return;
        }
        connector.settings().updateSettings(tenant, current.toBuilder()
                .notificationRecipients(List.of("accounts@" + tenant.value() + ".example")).build());
        LOG.info("Set up QuickBooks for tenant {} (notifications to accounts@{}.example); sync stays off until an "
                + "administrator turns it on", tenant, tenant);
    }
}
