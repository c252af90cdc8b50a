package com.example.erp;

import io.ledgerbridge.api.InvalidInputException;
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
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The host's books, kept in memory: the customers and invoices the connector reads ({@link HostRecords}), the ledger
 * it writes what QuickBooks brings back into ({@link HostLedger}) and the mail it asks the host to send
 * ({@link HostNotifier}). The connector calls them from its own worker threads, several at once and never on the
 * thread that saved a record, so every method is thread-safe. A real host reads its database here and makes each
 * {@link HostLedger} call one transaction.
 */
public final class Books implements HostRecords, HostLedger, HostNotifier {
    private final Map<Key, HostCustomer> customers = new ConcurrentHashMap<>();
    private final Map<Key, HostInvoice> invoices = new ConcurrentHashMap<>();
    private final Map<Key, List<HostPayment>> paymentsByInvoice = new ConcurrentHashMap<>();
    private final List<Notification> outbox = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    private record Key(TenantId tenant, String id) {
    }

    /**
     * Saves a customer as the host's own screens do.
     *
     * @param tenant the organisation
     * @param customer the customer
     */
    public void save(TenantId tenant, HostCustomer customer) {
        customers.put(new Key(tenant, customer.hostCustomerId()), customer);
    }

    /** @return the notifications the connector asked the host to send, oldest first */
    public List<Notification> sentNotifications() {
        return List.copyOf(outbox);
    }

    @Override
    public Optional<HostCustomer> customer(TenantId tenant, String hostCustomerId) {
        return Optional.ofNullable(customers.get(new Key(tenant, hostCustomerId)));
    }

    @Override
    public Optional<HostProject> project(TenantId tenant, String hostProjectId) {
        return Optional.empty(); // this host has no projects
    }

    @Override
    public Optional<HostInvoice> invoice(TenantId tenant, String hostInvoiceId) {
        return Optional.ofNullable(invoices.get(new Key(tenant, hostInvoiceId)));
    }

    @Override
    public List<HostPayment> payments(TenantId tenant, String hostInvoiceId) {
        return List.copyOf(paymentsByInvoice.getOrDefault(new Key(tenant, hostInvoiceId), List.of()));
    }

    @Override
    public Optional<HostExpense> expense(TenantId tenant, String hostExpenseId) {
        return Optional.empty(); // this host has no expenses
    }

    @Override
    public void forEachChangedSince(TenantId tenant, RecordType type, Instant since, Consumer<String> sink) {
        switch (type) {
            case CUSTOMER -> customers.forEach((key, c) -> {
                if (key.tenant().equals(tenant) && (since == null || !c.updatedAt().isBefore(since))) {
                    sink.accept(c.hostCustomerId());
                }
            });
            case INVOICE -> invoices.forEach((key, i) -> {
                if (key.tenant().equals(tenant) && (since == null || !i.updatedAt().isBefore(since))) {
                    sink.accept(i.hostInvoiceId());
                }
            });
            default -> {
                // no projects or expenses in this host; payments travel with their invoice
            }
        }
    }

    @Override
    public String upsertCustomer(TenantId tenant, ImportedCustomer c) {
        String id = c.hostCustomerId() != null ? c.hostCustomerId() : "c-" + ids.incrementAndGet();
        Currency currency = c.currencyCode() == null ? null : Currency.getInstance(c.currencyCode());
        customers.put(new Key(tenant, id), new HostCustomer(id, c.companyName(), c.contactName(), c.email(),
                c.phone(), c.billingAddress(), currency, Instant.now()));
        return id;
    }

    @Override
    public String upsertInvoice(TenantId tenant, ImportedInvoice i) {
        String id = i.hostInvoiceId() != null ? i.hostInvoiceId() : "i-" + ids.incrementAndGet();
        invoices.put(new Key(tenant, id), new HostInvoice(id, i.hostCustomerId(), null, i.invoiceNumber(),
                InvoiceStatus.SENT, i.issueDate(), i.dueDate(), i.total().currency(), i.lines(), null, null, null,
                i.notes(), Instant.now()));
        return id;
    }

    @Override
    public void recordPayment(TenantId tenant, HostPayment payment) {
        // The connector may hand the same payment again (a repeated import or change): its id makes that a no-op.
        paymentsByInvoice.compute(new Key(tenant, payment.hostInvoiceId()), (key, list) -> {
            List<HostPayment> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
            if (next.stream().noneMatch(p -> p.hostPaymentId().equals(payment.hostPaymentId()))) {
                next.add(payment);
            }
            return next;
        });
    }

    @Override
    public void markPaid(TenantId tenant, String hostInvoiceId, LocalDate paidOn) {
        invoices.computeIfPresent(new Key(tenant, hostInvoiceId), (key, i) -> new HostInvoice(i.hostInvoiceId(),
                i.hostCustomerId(), i.hostProjectId(), i.invoiceNumber(), InvoiceStatus.PAID, i.issueDate(),
                i.dueDate(), i.currency(), i.lines(), i.taxAmount(), i.taxRate(), i.discount(), i.notes(),
                Instant.now()));
    }

    @Override
    public void applyValues(TenantId tenant, RecordRef record, Map<String, String> values) {
        if (record.type() != RecordType.CUSTOMER) {
            throw new InvalidInputException("record", "this host takes values from QuickBooks for customers only",
                    "keep LedgerBridge's values or dismiss the conflict, and change the record in the host");
        }
        customers.computeIfPresent(new Key(tenant, record.hostId()), (key, c) -> {
            // all of the values or none: the record is replaced in one step
            String companyName = c.companyName();
            String contactName = c.contactName();
            String email = c.email();
            String phone = c.phone();
            for (Map.Entry<String, String> value : values.entrySet()) {
                switch (value.getKey()) {
                    case "companyName" -> companyName = value.getValue();
                    case "contactName" -> contactName = value.getValue();
                    case "email" -> email = value.getValue();
                    case "phone" -> phone = value.getValue();
                    default -> throw new InvalidInputException(value.getKey(), "this host cannot change it",
                            "keep LedgerBridge's values or dismiss the conflict");
                }
            }
            return new HostCustomer(c.hostCustomerId(), companyName, contactName, email, phone, c.billingAddress(),
                    c.currency(), Instant.now());
        });
    }

    @Override
    public void send(TenantId tenant, Notification notification) {
        outbox.add(notification); // a real host hands it to its mail channel
    }
}
