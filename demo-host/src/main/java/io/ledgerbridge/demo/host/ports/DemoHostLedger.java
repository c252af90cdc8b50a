package io.ledgerbridge.demo.host.ports;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.ImportedProject;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.demo.host.DemoHost;
import java.time.LocalDate;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link HostLedger} port: the connector's writes into the demo host's database. */
@Component(service = HostLedger.class, property = "ledgerbridge.host=demo")
public final class DemoHostLedger implements HostLedger {
    private final DemoHost host;

    /** @param host the demo host */
    @Activate
    public DemoHostLedger(@Reference DemoHost host) {
        this.host = host;
    }

    @Override
    public String upsertCustomer(TenantId tenant, ImportedCustomer customer) {
        return host.ledger().upsertCustomer(tenant, customer);
    }

    @Override
    public String upsertProject(TenantId tenant, ImportedProject project) {
        return host.ledger().upsertProject(tenant, project);
    }

    @Override
    public String upsertInvoice(TenantId tenant, ImportedInvoice invoice) {
        return host.ledger().upsertInvoice(tenant, invoice);
    }

    @Override
    public void recordPayment(TenantId tenant, HostPayment payment) {
        host.ledger().recordPayment(tenant, payment);
    }

    @Override
    public void markPaid(TenantId tenant, String hostInvoiceId, LocalDate paidOn) {
        host.ledger().markPaid(tenant, hostInvoiceId, paidOn);
    }

    @Override
    public void applyValues(TenantId tenant, RecordRef record, Map<String, String> values) {
        host.ledger().applyValues(tenant, record, values);
    }
}
