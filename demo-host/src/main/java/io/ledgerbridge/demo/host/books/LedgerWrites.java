package io.ledgerbridge.demo.host.books;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.ImportedProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.demo.host.store.HostStore;
import io.ledgerbridge.demo.host.store.Jdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * What the connector writes back into the host (the {@code HostLedger} port): imported contacts and invoices,
 * payments, "fully paid" and conflict values. Each call is one transaction. No host event is published: the
 * connector brought the change, so an echo would only be ignored.
 */
public final class LedgerWrites {
    /** The prefix of the invoice field that removes a payment: {@code payments.<paymentId>}. */
    private static final String PAYMENTS = "payments.";

    private final HostStore store;
    private final Clock clock;

    /**
     * @param store the host database
     * @param clock the clock for "updated at"
     */
    public LedgerWrites(HostStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @param in the contact
     * @return the customer's id
     */
    public String upsertCustomer(TenantId tenant, ImportedCustomer in) {
        return store.jdbc().inTransaction(c -> {
            if (in.hostCustomerId() != null && store.customers().find(c, tenant, in.hostCustomerId()).isEmpty()) {
                throw notFound("customer", in.hostCustomerId());
            }
            String id = in.hostCustomerId() != null ? in.hostCustomerId() : Jdbc.nextId(c, "CUS-");
            Currency currency = in.currencyCode() == null ? null : Money.of("0", in.currencyCode()).currency();
            store.customers().save(c, tenant, new HostCustomer(id, in.companyName(), in.contactName(), in.email(),
                    in.phone(), in.billingAddress(), currency, clock.instant()));
            return id;
        });
    }

    /**
     * @param tenant the tenant
     * @param in the project imported from a sub-customer
     * @return the project's id
     */
    public String upsertProject(TenantId tenant, ImportedProject in) {
        return store.jdbc().inTransaction(c -> {
            store.customers().find(c, tenant, in.hostCustomerId()).orElseThrow(() -> new InvalidInputException(
                    "hostCustomerId", "customer " + in.hostCustomerId() + " does not exist in the host",
                    "import the sub-customer's parent first"));
            if (in.hostProjectId() != null && store.projects().find(c, tenant, in.hostProjectId()).isEmpty()) {
                throw notFound("project", in.hostProjectId());
            }
            String id = in.hostProjectId() != null ? in.hostProjectId() : Jdbc.nextId(c, "PRJ-");
            store.projects().save(c, tenant, new HostProject(id, in.hostCustomerId(), in.name(), in.active(),
                    clock.instant()));
            return id;
        });
    }

    /**
     * Creates or updates an outstanding invoice. No payment is booked here: the connector records the remote payments
     * made so far through {@link #recordPayment}, so the status follows the payments already recorded.
     *
     * @param tenant the tenant
     * @param in the invoice
     * @return the invoice's id
     */
    public String upsertInvoice(TenantId tenant, ImportedInvoice in) {
        return store.jdbc().inTransaction(c -> {
            store.customers().find(c, tenant, in.hostCustomerId()).orElseThrow(() -> new InvalidInputException(
                    "hostCustomerId", "customer " + in.hostCustomerId() + " does not exist in the host",
                    "import the invoice's customer first"));
            if (in.hostInvoiceId() != null && store.invoices().find(c, tenant, in.hostInvoiceId()).isEmpty()) {
                throw notFound("invoice", in.hostInvoiceId());
            }
            String id = in.hostInvoiceId() != null ? in.hostInvoiceId() : Jdbc.nextId(c, "INV-");
            store.invoices().idOfNumber(c, tenant, in.invoiceNumber()).filter(other -> !other.equals(id))
                    .ifPresent(other -> {
                        throw new InvalidInputException("invoiceNumber", "number " + in.invoiceNumber()
                                + " is already used by host invoice " + other, "link the remote invoice to " + other
                                + " instead of importing it again, or renumber one of them");
                    });
            Currency currency = in.total().currency();
            Money subtotal = Money.zero(currency);
            for (var line : in.lines()) {
                subtotal = subtotal.plus(line.amount());
            }
            BigDecimal tax = in.total().amount().subtract(subtotal.amount()).max(BigDecimal.ZERO);
            BigDecimal received = HostBooks.paid(store.invoices().payments(c, tenant, id), currency);
            HostInvoice invoice = new HostInvoice(id, in.hostCustomerId(), null, in.invoiceNumber(), InvoiceStatus.SENT,
                    in.issueDate(), in.dueDate(), currency, in.lines(), new Money(tax, currency), null,
                    Money.zero(currency), in.notes(), clock.instant());
            // Judged against the host's own total, as recordPayment judges it.
            store.invoices().save(c, tenant, HostBooks.withStatus(invoice, statusOf(received,
                    invoice.total().amount()), invoice.updatedAt()));
            return id;
        });
    }

    /**
     * Records a remote payment once; a second call with the same payment id changes nothing.
     *
     * @param tenant the tenant
     * @param payment the payment
     */
    public void recordPayment(TenantId tenant, HostPayment payment) {
        store.jdbc().inTransaction(c -> {
            HostInvoice invoice = invoice(c, tenant, payment.hostInvoiceId());
            var payments = store.invoices().payments(c, tenant, invoice.hostInvoiceId());
            if (payments.stream().anyMatch(p -> p.hostPaymentId().equals(payment.hostPaymentId()))) {
                return null;
            }
            Instant now = clock.instant();
            store.invoices().addPayment(c, tenant, payment, now);
            BigDecimal paid = HostBooks.paid(payments, invoice.currency()).add(payment.amount().amount());
            store.invoices().save(c, tenant, HostBooks.withStatus(invoice, statusOf(paid, invoice.total().amount()),
                    now));
            return null;
        });
    }

    /**
     * @param tenant the tenant
     * @param invoiceId the invoice
     * @param paidOn the date the remote ledger shows
     */
    public void markPaid(TenantId tenant, String invoiceId, LocalDate paidOn) {
        store.jdbc().inTransaction(c -> {
            HostInvoice invoice = invoice(c, tenant, invoiceId);
            if (invoice.status() != InvoiceStatus.PAID) {
                store.invoices().save(c, tenant, HostBooks.withStatus(invoice, InvoiceStatus.PAID, clock.instant()));
            }
            return null;
        });
    }

    /**
     * Applies conflict values, named as the record components of {@code io.ledgerbridge.api.host} name them
     * ({@code billingAddress.city} for address parts). Every value is checked by the same rules as the host's forms,
     * and all of them are applied or none. On an invoice, {@code payments.<paymentId>} with an empty value removes
     * that payment (the remote ledger no longer has it), and a paid or partly paid invoice takes the status its
     * remaining payments give it.
     *
     * @param tenant the tenant
     * @param record the record
     * @param values field names to new values
     * @throws InvalidInputException naming the first unknown or refused field
     */
    public void applyValues(TenantId tenant, RecordRef record, Map<String, String> values) {
        try {
            store.jdbc().inTransaction(c -> {
                switch (record.type()) {
                    case CUSTOMER -> applyToCustomer(c, tenant, record.hostId(), values);
                    case PROJECT -> applyToProject(c, tenant, record.hostId(), values);
                    case INVOICE -> applyToInvoice(c, tenant, record.hostId(), values);
                    case EXPENSE -> applyToExpense(c, tenant, record.hostId(), values);
                    case PAYMENT -> throw new InvalidInputException("record", "payments are not edited",
                            "apply values to the invoice instead");
                }
                return null;
            });
        } catch (InvalidFormException e) {
            FieldError first = e.errors().get(0);
            throw new InvalidInputException(first.field(), first.problem(), first.remedy());
        }
    }

    private void applyToCustomer(Connection c, TenantId tenant, String id, Map<String, String> values)
            throws SQLException {
        HostCustomer now = store.customers().find(c, tenant, id)
                .orElseThrow(() -> notFound("customer", id));
        Address a = now.billingAddress() == null ? new Address(null, null, null, null, null, null) : now.billingAddress();
        Map<String, String> form = new HashMap<>();
        form.put("companyName", now.companyName());
        form.put("contactName", now.contactName());
        form.put("email", now.email());
        form.put("phone", now.phone());
        form.put("line1", a.line1());
        form.put("line2", a.line2());
        form.put("city", a.city());
        form.put("region", a.region());
        form.put("postalCode", a.postalCode());
        form.put("country", a.country());
        form.put("currency", now.currency() == null ? null : now.currency().getCurrencyCode());
        for (var entry : values.entrySet()) {
            String key = entry.getKey().startsWith("billingAddress.") ? entry.getKey().substring(15) : entry.getKey();
            if (!form.containsKey(key)) {
                throw unknown(entry.getKey(), "customer");
            }
            form.put(key, entry.getValue());
        }
        CustomerInput in = CustomerInput.read(form);
        store.customers().save(c, tenant, new HostCustomer(id, in.companyName(), in.contactName(), in.email(),
                in.phone(), in.billingAddress(), in.currency(), clock.instant()));
    }

    private void applyToProject(Connection c, TenantId tenant, String id, Map<String, String> values)
            throws SQLException {
        HostProject now = store.projects().find(c, tenant, id).orElseThrow(() -> notFound("project", id));
        String name = now.name();
        boolean active = now.active();
        for (var entry : values.entrySet()) {
            switch (entry.getKey()) {
                case "name" -> name = entry.getValue();
                case "active" -> active = Boolean.parseBoolean(entry.getValue());
                default -> throw unknown(entry.getKey(), "project");
            }
        }
        store.projects().save(c, tenant, new HostProject(id, now.hostCustomerId(), name, active, clock.instant()));
    }

    private void applyToInvoice(Connection c, TenantId tenant, String id, Map<String, String> values)
            throws SQLException {
        HostInvoice now = invoice(c, tenant, id);
        String number = now.invoiceNumber();
        LocalDate issued = now.issueDate();
        LocalDate due = now.dueDate();
        String notes = now.notes();
        InvoiceStatus status = now.status();
        boolean statusGiven = values.containsKey("status");
        boolean paymentRemoved = false;
        FormReader r = new FormReader(values);
        for (String key : values.keySet()) {
            if (key.startsWith(PAYMENTS)) {
                // The remote ledger no longer has the payment: neither does the host. Gone already: nothing to do.
                if (!values.get(key).isEmpty()) {
                    throw new InvalidInputException(key, "a payment can only be removed (an empty value)",
                            "record or change payments on the invoice screen");
                }
                paymentRemoved |= store.invoices().removePayment(c, tenant, id, key.substring(PAYMENTS.length()));
                continue;
            }
            switch (key) {
                case "invoiceNumber" -> number = r.requiredText(key, key, 21);
                case "issueDate" -> issued = r.date(key, key, true);
                case "dueDate" -> due = r.date(key, key, false);
                case "notes" -> notes = r.text(key, key, 4000);
                case "status" -> status = InvoiceStatus.valueOf(r.choice(key, key,
                        java.util.Arrays.stream(InvoiceStatus.values()).map(Enum::name).toList(), true));
                default -> throw unknown(key, "invoice");
            }
        }
        r.throwIfInvalid();
        boolean byPayments = status == InvoiceStatus.PAID || status == InvoiceStatus.PARTIALLY_PAID;
        if (paymentRemoved && !statusGiven && byPayments) {
            status = statusOf(HostBooks.paid(store.invoices().payments(c, tenant, id), now.currency()),
                    now.total().amount());
        }
        store.invoices().save(c, tenant, new HostInvoice(id, now.hostCustomerId(), now.hostProjectId(), number, status,
                issued, due, now.currency(), now.lines(), now.taxAmount(), now.taxRate(), now.discount(), notes,
                clock.instant()));
    }

    private void applyToExpense(Connection c, TenantId tenant, String id, Map<String, String> values)
            throws SQLException {
        HostExpense now = store.expenses().find(c, tenant, id).orElseThrow(() -> notFound("expense", id));
        Map<String, String> form = new HashMap<>();
        form.put("vendorName", now.vendorName());
        form.put("paymentMethod", now.paymentMethod());
        form.put("category", now.category());
        form.put("amount", now.amount().amount().toPlainString());
        form.put("currency", now.amount().currency().getCurrencyCode());
        form.put("spentOn", now.spentOn().toString());
        form.put("memo", now.memo());
        form.put("billableHostCustomerId", now.billableHostCustomerId());
        for (var entry : values.entrySet()) {
            String key = entry.getKey().equals("amount.amount") ? "amount" : entry.getKey();
            if (!form.containsKey(key)) {
                throw unknown(entry.getKey(), "expense");
            }
            form.put(key, entry.getValue());
        }
        form.put("billableCustomerId", form.remove("billableHostCustomerId"));
        ExpenseInput in = ExpenseInput.read(form, HostBooks.HOME_CURRENCY);
        store.expenses().save(c, tenant, new HostExpense(id, in.vendorName(), in.paymentMethod(), in.category(),
                new Money(in.amount(), in.currency()), in.spentOn(), in.memo(), in.billableCustomerId(),
                clock.instant()));
    }

    private static InvoiceStatus statusOf(BigDecimal paid, BigDecimal total) {
        return paid.compareTo(total) >= 0 ? InvoiceStatus.PAID
                : paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.SENT;
    }

    private HostInvoice invoice(Connection c, TenantId tenant, String id) throws SQLException {
        return store.invoices().find(c, tenant, id).orElseThrow(() -> notFound("invoice", id));
    }

    private static InvalidInputException notFound(String type, String id) {
        return new InvalidInputException("hostId", type + " " + id + " does not exist in the host",
                "re-link the record or import it again");
    }

    private static InvalidInputException unknown(String field, String type) {
        return new InvalidInputException(field, "is not a field the host lets the connector change on a " + type,
                "resolve this difference by editing the record in the host");
    }
}
