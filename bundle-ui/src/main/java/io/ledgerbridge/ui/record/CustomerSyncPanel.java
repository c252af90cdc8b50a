package io.ledgerbridge.ui.record;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The QuickBooks panel on the host's customer screen. */
@Component(service = Servlet.class, property = {
        UiContribution.PROPERTY_LABEL + "=quickbooks-customer",
        UiContribution.PROPERTY_TITLE + "=QuickBooks",
        UiContribution.PROPERTY_KIND + "=" + UiContribution.KIND_RECORD_PANEL,
        UiContribution.PROPERTY_RECORD_TYPE + "=CUSTOMER",
        UiContribution.PROPERTY_ROLE + "=" + UiContribution.ROLE_USER,
        UiContribution.PROPERTY_NAVIGATION + ":Boolean=false"})
public class CustomerSyncPanel extends SyncStatusPanel {
    private static final long serialVersionUID = 1L;

    /** @param connector the QuickBooks connector */
    @Activate
    public CustomerSyncPanel(@Reference(target = "(connector.id=quickbooks-online)") AccountingConnector connector) {
        super(connector);
    }
}
