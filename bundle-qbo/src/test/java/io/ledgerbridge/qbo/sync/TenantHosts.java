package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** A host with several tenants, each a {@link FakeHost}. */
final class TenantHosts implements HostRecords, HostNotifier {
    private final Map<TenantId, FakeHost> hosts = new ConcurrentHashMap<>();

    void ofPut(TenantId tenant, FakeHost host) {
        hosts.put(tenant, host);
    }

    FakeHost of(TenantId tenant) {
        return hosts.computeIfAbsent(tenant, t -> new FakeHost());
    }

    @Override
    public Optional<HostCustomer> customer(TenantId t, String id) { return of(t).customer(t, id); }

    @Override
    public Optional<HostProject> project(TenantId t, String id) { return of(t).project(t, id); }

    @Override
    public Optional<HostInvoice> invoice(TenantId t, String id) { return of(t).invoice(t, id); }

    @Override
    public List<HostPayment> payments(TenantId t, String id) { return of(t).payments(t, id); }

    @Override
    public Optional<HostExpense> expense(TenantId t, String id) { return of(t).expense(t, id); }

    @Override
    public void forEachChangedSince(TenantId t, RecordType type, Instant since, Consumer<String> sink) {
        of(t).forEachChangedSince(t, type, since, sink);
    }

    @Override
    public void send(TenantId t, Notification n) {
        of(t).send(t, n);
    }
}
