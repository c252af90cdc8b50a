package io.ledgerbridge.itests;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A host whose records live in memory; registered as the host port services by the tests. */
public final class InMemoryHost implements HostRecords, HostLedger, HostNotifier {
    public final Map<String, HostCustomer> customers = new ConcurrentHashMap<>();
    public final Map<String, HostInvoice> invoices = new ConcurrentHashMap<>();
    public final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public Optional<HostCustomer> customer(TenantId tenant, String hostCustomerId) {
        return Optional.ofNullable(customers.get(hostCustomerId));
    }

    @Override
    public Optional<HostProject> project(TenantId tenant, String hostProjectId) {
        return Optional.empty();
    }

    @Override
    public Optional<HostInvoice> invoice(TenantId tenant, String hostInvoiceId) {
        return Optional.ofNullable(invoices.get(hostInvoiceId));
    }

    @Override
    public List<HostPayment> payments(TenantId tenant, String hostInvoiceId) {
        return List.of();
    }

    @Override
    public Optional<HostExpense> expense(TenantId tenant, String hostExpenseId) {
        return Optional.empty();
    }

    @Override
    public void forEachChangedSince(TenantId tenant, RecordType type, Instant since, Consumer<String> sink) {
        if (type == RecordType.CUSTOMER) {
            customers.keySet().forEach(sink);
        } else if (type == RecordType.INVOICE) {
            invoices.keySet().forEach(sink);
        }
    }

    @Override
    public String upsertCustomer(TenantId tenant, ImportedCustomer customer) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public String upsertInvoice(TenantId tenant, ImportedInvoice invoice) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void recordPayment(TenantId tenant, HostPayment payment) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void markPaid(TenantId tenant, String hostInvoiceId, LocalDate paidOn) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void applyValues(TenantId tenant, RecordRef record, Map<String, String> values) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void send(TenantId tenant, Notification notification) {
        sent.add(notification);
    }
}
