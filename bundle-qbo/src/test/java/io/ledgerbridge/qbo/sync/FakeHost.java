package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.LocalDate;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory host: its records (one tenant), the notifications it was asked to send, and what the connector wrote
 * back into it (imported customers, projects and invoices, payments, "paid", applied values), kept as the host would
 * (a payment id recorded once).
 */
class FakeHost implements HostRecords, HostNotifier, HostLedger {
    final Map<String, HostCustomer> customers = new ConcurrentHashMap<>();
    final Map<String, HostProject> projects = new ConcurrentHashMap<>();
    final Map<String, HostInvoice> invoices = new ConcurrentHashMap<>();
    final Map<String, List<HostPayment>> payments = new ConcurrentHashMap<>();
    final Map<String, HostExpense> expenses = new ConcurrentHashMap<>();
    final List<Notification> sent = new CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();
    /** Every write the connector made, e.g. "customer+ imp-c1" (created) or "invoice= i1" (updated). */
    final List<String> writes = new CopyOnWriteArrayList<>();
    /** Every recordPayment, markPaid and applyValues call, in order, as text. */
    final List<String> ledgerCalls = new CopyOnWriteArrayList<>();
    /** Customers the host fails to read (its database is down for them). */
    final java.util.Set<String> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void add(HostCustomer c) { customers.put(c.hostCustomerId(), c); }
    void add(HostProject p) { projects.put(p.hostProjectId(), p); }
    void add(HostInvoice i) { invoices.put(i.hostInvoiceId(), i); }
    void add(HostExpense e) { expenses.put(e.hostExpenseId(), e); }
    void add(HostPayment p) { payments.computeIfAbsent(p.hostInvoiceId(), k -> new CopyOnWriteArrayList<>()).add(p); }

    @Override
    public Optional<HostCustomer> customer(TenantId tenant, String id) {
        if (unreadable.contains(id)) {
            throw new IllegalStateException("host database unavailable");
        }
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public Optional<HostProject> project(TenantId tenant, String id) { return Optional.ofNullable(projects.get(id)); }

    @Override
    public Optional<HostInvoice> invoice(TenantId tenant, String id) { return Optional.ofNullable(invoices.get(id)); }

    @Override
    public List<HostPayment> payments(TenantId tenant, String invoiceId) {
        return List.copyOf(payments.getOrDefault(invoiceId, List.of()));
    }

    @Override
    public Optional<HostExpense> expense(TenantId tenant, String id) { return Optional.ofNullable(expenses.get(id)); }

    @Override
    public void forEachChangedSince(TenantId tenant, RecordType type, Instant since, Consumer<String> sink) {
        List<String> ids = new ArrayList<>();
        switch (type) {
            case CUSTOMER -> customers.values().stream().filter(c -> since == null || !c.updatedAt().isBefore(since))
                    .forEach(c -> ids.add(c.hostCustomerId()));
            case PROJECT -> projects.values().stream().filter(c -> since == null || !c.updatedAt().isBefore(since))
                    .forEach(c -> ids.add(c.hostProjectId()));
            case INVOICE -> invoices.values().stream().filter(c -> since == null || !c.updatedAt().isBefore(since))
                    .forEach(c -> ids.add(c.hostInvoiceId()));
            case EXPENSE -> expenses.values().stream().filter(c -> since == null || !c.updatedAt().isBefore(since))
                    .forEach(c -> ids.add(c.hostExpenseId()));
            default -> throw new IllegalArgumentException("not swept: " + type);
        }
        ids.forEach(sink);
    }

    @Override
    public void send(TenantId tenant, Notification notification) {
        sent.add(notification);
    }

    @Override
    public String upsertCustomer(TenantId tenant, ImportedCustomer c) {
        String id = c.hostCustomerId() != null ? c.hostCustomerId() : "imp-c" + nextId.incrementAndGet();
        add(new HostCustomer(id, c.companyName(), c.contactName(), c.email(), c.phone(), c.billingAddress(),
                c.currencyCode() == null ? null : java.util.Currency.getInstance(c.currencyCode()), Instant.now()));
        writes.add((c.hostCustomerId() == null ? "customer+ " : "customer= ") + id);
        return id;
    }

    @Override
    public String upsertProject(TenantId tenant, io.ledgerbridge.api.host.ImportedProject p) {
        String id = p.hostProjectId() != null ? p.hostProjectId() : "imp-p" + nextId.incrementAndGet();
        add(new HostProject(id, p.hostCustomerId(), p.name(), p.active(), Instant.now()));
        writes.add((p.hostProjectId() == null ? "project+ " : "project= ") + id);
        return id;
    }

    @Override
    public String upsertInvoice(TenantId tenant, ImportedInvoice i) {
        String id = i.hostInvoiceId() != null ? i.hostInvoiceId() : "imp-i" + nextId.incrementAndGet();
        add(new HostInvoice(id, i.hostCustomerId(), null, i.invoiceNumber(), InvoiceStatus.SENT, i.issueDate(),
                i.dueDate(), i.total().currency(), i.lines(), io.ledgerbridge.api.host.Money.zero(i.total().currency()),
                null, null, i.notes(), Instant.now()));
        writes.add((i.hostInvoiceId() == null ? "invoice+ " : "invoice= ") + id);
        return id;
    }

    @Override
    public void recordPayment(TenantId tenant, HostPayment payment) {
        ledgerCalls.add("recordPayment " + payment.hostPaymentId() + " " + payment.amount().amount().toPlainString());
        writes.add("payment+ " + payment.hostPaymentId());
        List<HostPayment> of = payments.computeIfAbsent(payment.hostInvoiceId(), k -> new CopyOnWriteArrayList<>());
        if (of.stream().noneMatch(p -> p.hostPaymentId().equals(payment.hostPaymentId()))) {
            of.add(payment);
        }
    }

    @Override
    public void markPaid(TenantId tenant, String hostInvoiceId, LocalDate paidOn) {
        ledgerCalls.add("markPaid " + hostInvoiceId);
        writes.add("paid " + hostInvoiceId);
        invoices.computeIfPresent(hostInvoiceId, (k, i) -> with(i, Map.of("status", "PAID")));
    }

    @Override
    public void applyValues(TenantId tenant, RecordRef record, Map<String, String> values) {
        ledgerCalls.add("applyValues " + record + " " + new java.util.TreeMap<>(values));
        writes.add("values " + record);
        switch (record.type()) {
            case CUSTOMER -> customers.computeIfPresent(record.hostId(), (k, c) -> new HostCustomer(k,
                    values.getOrDefault("companyName", c.companyName()),
                    values.getOrDefault("contactName", c.contactName()), values.getOrDefault("email", c.email()),
                    values.getOrDefault("phone", c.phone()), c.billingAddress(), c.currency(), Instant.now()));
            case PROJECT -> projects.computeIfPresent(record.hostId(), (k, p) -> new HostProject(k,
                    p.hostCustomerId(), values.getOrDefault("name", p.name()), p.active(), Instant.now()));
            case INVOICE -> invoices.computeIfPresent(record.hostId(), (k, i) -> with(withoutPayments(i, values),
                    values));
            default -> throw new IllegalArgumentException("not applied in this fake: " + record);
        }
    }

    /** {@code payments.<id>}: the payment is removed; a PAID invoice its payments no longer cover is not paid. */
    private HostInvoice withoutPayments(HostInvoice i, Map<String, String> values) {
        List<HostPayment> of = payments.getOrDefault(i.hostInvoiceId(), new CopyOnWriteArrayList<>());
        boolean removed = of.removeIf(p -> "".equals(values.get("payments." + p.hostPaymentId())));
        java.math.BigDecimal paid = of.stream().map(p -> p.amount().amount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        if (!removed || paid.compareTo(i.total().amount()) >= 0
                || i.status() != InvoiceStatus.PAID && i.status() != InvoiceStatus.PARTIALLY_PAID) {
            return i;
        }
        return with(i, Map.of("status", (paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.SENT)
                .name()));
    }

    private static HostInvoice with(HostInvoice i, Map<String, String> values) {
        return new HostInvoice(i.hostInvoiceId(), i.hostCustomerId(), i.hostProjectId(),
                values.getOrDefault("invoiceNumber", i.invoiceNumber()),
                InvoiceStatus.valueOf(values.getOrDefault("status", i.status().name())),
                values.containsKey("issueDate") ? LocalDate.parse(values.get("issueDate")) : i.issueDate(),
                i.dueDate(), i.currency(), i.lines(), i.taxAmount(), i.taxRate(), i.discount(),
                values.getOrDefault("notes", i.notes()), Instant.now());
    }
}
