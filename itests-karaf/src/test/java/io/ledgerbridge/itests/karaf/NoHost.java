package io.ledgerbridge.itests.karaf;

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
import java.util.function.Consumer;

/**
 * The three host ports of a host with no records yet, registered as services by the Karaf test (the connector
 * activates only once all three exist). Writes are refused: nothing in the test may write to the host.
 */
final class NoHost implements HostRecords, HostLedger, HostNotifier {
    @Override
    public Optional<HostCustomer> customer(TenantId tenant, String hostCustomerId) {
        return Optional.empty();
    }

    @Override
    public Optional<HostProject> project(TenantId tenant, String hostProjectId) {
        return Optional.empty();
    }

    @Override
    public Optional<HostInvoice> invoice(TenantId tenant, String hostInvoiceId) {
        return Optional.empty();
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
    }

    @Override
    public String upsertCustomer(TenantId tenant, ImportedCustomer customer) {
        throw new IllegalStateException("the Karaf test writes nothing to the host");
    }

    @Override
    public String upsertInvoice(TenantId tenant, ImportedInvoice invoice) {
        throw new IllegalStateException("the Karaf test writes nothing to the host");
    }

    @Override
    public void recordPayment(TenantId tenant, HostPayment payment) {
        throw new IllegalStateException("the Karaf test writes nothing to the host");
    }

    @Override
    public void markPaid(TenantId tenant, String hostInvoiceId, LocalDate paidOn) {
        throw new IllegalStateException("the Karaf test writes nothing to the host");
    }

    @Override
    public void applyValues(TenantId tenant, RecordRef record, Map<String, String> values) {
        throw new IllegalStateException("the Karaf test writes nothing to the host");
    }

    @Override
    public void send(TenantId tenant, Notification notification) {
    }
}
