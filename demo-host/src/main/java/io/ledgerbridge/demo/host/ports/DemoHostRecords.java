package io.ledgerbridge.demo.host.ports;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.demo.host.DemoHost;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link HostRecords} port over the demo host's database. */
@Component(service = HostRecords.class, property = "ledgerbridge.host=demo")
public final class DemoHostRecords implements HostRecords {
    private final DemoHost host;

    /** @param host the demo host */
    @Activate
    public DemoHostRecords(@Reference DemoHost host) {
        this.host = host;
    }

    @Override
    public Optional<HostCustomer> customer(TenantId tenant, String hostCustomerId) {
        return host.store().customer(tenant, hostCustomerId);
    }

    @Override
    public Optional<HostProject> project(TenantId tenant, String hostProjectId) {
        return host.store().project(tenant, hostProjectId);
    }

    @Override
    public Optional<HostInvoice> invoice(TenantId tenant, String hostInvoiceId) {
        return host.store().invoice(tenant, hostInvoiceId);
    }

    @Override
    public List<HostPayment> payments(TenantId tenant, String hostInvoiceId) {
        return host.store().payments(tenant, hostInvoiceId);
    }

    @Override
    public Optional<HostExpense> expense(TenantId tenant, String hostExpenseId) {
        return host.store().expense(tenant, hostExpenseId);
    }

    @Override
    public void forEachChangedSince(TenantId tenant, RecordType type, Instant since, Consumer<String> sink) {
        host.store().forEachChangedSince(tenant, type, since, sink);
    }
}
