package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.sync.RecordRef;

/**
 * A row of the customer links mapping names a customer of this tenant and a customer QuickBooks has, active and not
 * a sub-customer: a link to an id QuickBooks does not have would only fail at the customer's first push.
 */
final class CustomerLinkCheck {
    private static final String REMEDY = "check the id in QuickBooks, or use Link to a QuickBooks record on the "
            + "customer's QuickBooks panel, which finds it by name, number or e-mail";

    private final TenantRecords records;
    private final QboGateway qbo;

    CustomerLinkCheck(HostRecords records, QboGateway qbo) {
        this.records = new TenantRecords(records);
        this.qbo = qbo;
    }

    void check(TenantId tenant, Mapping row) {
        records.requireExists(tenant, RecordRef.of(RecordType.CUSTOMER, row.hostKey()),
                "use the customer's id as the host's customer list shows it");
        ObjectNode customer;
        try {
            customer = qbo.read(tenant, "Customer", row.remoteId());
        } catch (QboFault f) {
            if (f.kind() == QboFault.Kind.NOT_FOUND) {
                throw new InvalidInputException("remoteId", "QuickBooks has no customer " + row.remoteId(), REMEDY);
            }
            throw new LedgerBridgeException("QuickBooks could not be asked whether it has customer " + row.remoteId()
                    + ": " + f.getMessage(), "save the row again in a minute; nothing was saved");
        }
        String name = customer.path("DisplayName").asText();
        if (!customer.path("Active").asBoolean(true)) {
            throw new InvalidInputException("remoteId", "QuickBooks customer " + row.remoteId() + " (" + name
                    + ") is inactive", "make it active in QuickBooks first, or choose another");
        }
        if (customer.path("Job").asBoolean(false)) {
            throw new InvalidInputException("remoteId", "QuickBooks customer " + row.remoteId() + " (" + name
                    + ") is a sub-customer (a project)", "link the parent customer instead");
        }
    }
}
