package io.ledgerbridge.demo.host.books;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.demo.host.store.HostStore;
import io.ledgerbridge.demo.host.store.Jdbc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The host's own bookkeeping: every change a user makes on a host screen. Each change is checked, written in one
 * transaction and, once committed, published as a host event. Plain Java; thread-safe.
 */
public final class HostBooks {
    /** The tenants' home currency. */
    public static final Currency HOME_CURRENCY = Currency.getInstance("USD");

    private final HostStore store;
    private final HostEventSink events;
    private final Clock clock;

    /**
     * @param store the host database
     * @param events where committed changes are published
     * @param clock the clock for "updated at"
     */
    public HostBooks(HostStore store, HostEventSink events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @param id the customer to change, or {@code null} to create one
     * @param form the submitted fields
     * @return the customer's id
     * @throws InvalidFormException naming every refused field; nothing is written
     */
    public String saveCustomer(TenantId tenant, String id, Map<String, String> form) {
        CustomerInput in = CustomerInput.read(form);
        String saved = store.jdbc().inTransaction(c -> {
            String customerId = id == null ? nextId(c, "CUS-") : existingCustomer(c, tenant, id).hostCustomerId();
            store.customers().save(c, tenant, checked(() -> new HostCustomer(customerId, in.companyName(),
                    in.contactName(), in.email(), in.phone(), in.billingAddress(), in.currency(), now())));
            return customerId;
        });
        events.publish(HostEvent.of(tenant, HostEventKind.CUSTOMER_CHANGED, saved));
        return saved;
    }

    /**
     * @param tenant the tenant
     * @param id the project to change, or {@code null} to create one
     * @param form the submitted fields
     * @return the project's id
     * @throws InvalidFormException naming every refused field; nothing is written
     */
    public String saveProject(TenantId tenant, String id, Map<String, String> form) {
        ProjectInput in = ProjectInput.read(form);
        String saved = store.jdbc().inTransaction(c -> {
            requireCustomer(c, tenant, in.customerId(), "customerId", "Customer");
            String projectId = id == null ? nextId(c, "PRJ-") : store.projects().find(c, tenant, id)
                    .orElseThrow(() -> new RecordNotFoundException("Project", id)).hostProjectId();
            store.projects().save(c, tenant, new HostProject(projectId, in.customerId(), in.name(), in.active(), now()));
            return projectId;
        });
        events.publish(HostEvent.of(tenant, HostEventKind.PROJECT_CHANGED, saved));
        return saved;
    }

    /**
     * @param tenant the tenant
     * @param id the invoice to change, or {@code null} to create a draft
     * @param form the submitted fields
     * @return the invoice's id
     * @throws InvalidFormException naming every refused field; nothing is written
     */
    public String saveInvoice(TenantId tenant, String id, Map<String, String> form) {
        InvoiceInput in = InvoiceInput.read(form);
        String saved = store.jdbc().inTransaction(c -> {
            HostCustomer customer = requireCustomer(c, tenant, in.customerId(), "customerId", "Customer");
            if (in.projectId() != null) {
                HostProject project = store.projects().find(c, tenant, in.projectId()).orElseThrow(
                        () -> InvalidFormException.of("projectId", "Project", "does not exist", "Choose a listed project"));
                if (!project.hostCustomerId().equals(customer.hostCustomerId())) {
                    throw InvalidFormException.of("projectId", "Project", "'" + project.name()
                            + "' belongs to another customer", "Choose a project of " + customer.displayName()
                            + " or none");
                }
            }
            HostInvoice before = id == null ? null : store.invoices().find(c, tenant, id)
                    .orElseThrow(() -> new RecordNotFoundException("Invoice", id));
            if (before != null && !editable(before.status())) {
                throw InvalidFormException.of("status", "Invoice", "is " + before.status().name().toLowerCase()
                        .replace('_', ' ') + " and can no longer be edited", "Create a new invoice instead");
            }
            String invoiceId = before == null ? nextId(c, "INV-") : before.hostInvoiceId();
            String number = in.invoiceNumber() != null ? in.invoiceNumber()
                    : before != null ? before.invoiceNumber() : store.invoices().nextNumber(c, tenant);
            store.invoices().idOfNumber(c, tenant, number).filter(other -> !other.equals(invoiceId)).ifPresent(other -> {
                throw InvalidFormException.of("invoiceNumber", "Invoice number", "'" + number + "' is already used",
                        "Choose another number or leave it empty to take the next free one");
            });
            Currency currency = in.currency() != null ? in.currency()
                    : customer.currency() != null ? customer.currency() : HOME_CURRENCY;
            HostInvoice invoice = checked(() -> build(invoiceId, before, in, number, currency));
            if (invoice.discount().amount().compareTo(invoice.subtotal().amount()) > 0) {
                throw InvalidFormException.of("discount", "Discount", "is larger than the subtotal "
                        + invoice.subtotal().amount().setScale(2, RoundingMode.HALF_UP),
                        "Enter a discount no larger than the lines' sum");
            }
            List<HostPayment> payments = store.invoices().payments(c, tenant, invoiceId);
            if (before != null && !payments.isEmpty() && !before.currency().equals(currency)) {
                throw InvalidFormException.of("currency", "Currency", "cannot change once payments were received",
                        "Keep " + before.currency() + ", or create a new invoice in " + currency);
            }
            BigDecimal paid = paid(payments, currency);
            if (invoice.total().amount().compareTo(paid) < 0) {
                throw InvalidFormException.of("line.0.unitPrice", "Total", "would fall below the " + paid
                        + " already received", "Keep the total at or above the payments received");
            }
            store.invoices().save(c, tenant, invoice);
            return invoiceId;
        });
        events.publish(HostEvent.of(tenant, HostEventKind.INVOICE_CHANGED, saved));
        return saved;
    }

    /**
     * @param tenant the tenant
     * @param id the invoice
     * @param action the status change
     * @throws InvalidFormException when the action is not allowed from the invoice's status
     */
    public void changeStatus(TenantId tenant, String id, InvoiceAction action) {
        store.jdbc().inTransaction(c -> {
            HostInvoice invoice = store.invoices().find(c, tenant, id)
                    .orElseThrow(() -> new RecordNotFoundException("Invoice", id));
            if (!action.allowedFrom(invoice.status())) {
                throw InvalidFormException.of("action", action.label(), "is not possible for a "
                        + invoice.status().name().toLowerCase().replace('_', ' ') + " invoice",
                        "Use one of the actions the invoice screen offers");
            }
            store.invoices().save(c, tenant, withStatus(invoice, action.target(), now()));
            return null;
        });
        events.publish(HostEvent.of(tenant, HostEventKind.INVOICE_CHANGED, id));
    }

    /**
     * Records a payment received against an invoice and moves it to partly paid or paid.
     *
     * @param tenant the tenant
     * @param id the invoice
     * @param form the submitted fields
     * @return the payment
     * @throws InvalidFormException naming every refused field; nothing is written
     */
    public HostPayment recordPayment(TenantId tenant, String id, Map<String, String> form) {
        PaymentInput in = PaymentInput.read(form);
        HostPayment payment = store.jdbc().inTransaction(c -> {
            HostInvoice invoice = store.invoices().find(c, tenant, id)
                    .orElseThrow(() -> new RecordNotFoundException("Invoice", id));
            if (!payable(invoice.status())) {
                throw InvalidFormException.of("amount", "Payment", "cannot be recorded on a "
                        + invoice.status().name().toLowerCase().replace('_', ' ') + " invoice",
                        "Mark the invoice sent or posted first");
            }
            BigDecimal balance = invoice.total().amount().subtract(paid(store.invoices().payments(c, tenant, id),
                    invoice.currency()));
            if (in.amount().compareTo(balance) > 0) {
                throw InvalidFormException.of("amount", "Payment amount", "is more than the balance "
                        + balance.setScale(2, RoundingMode.HALF_UP), "Enter at most the balance due");
            }
            HostPayment received = new HostPayment(nextId(c, "PAY-"), id, new Money(in.amount(), invoice.currency()),
                    in.paidOn(), in.method(), in.reference());
            Instant now = now();
            store.invoices().addPayment(c, tenant, received, now);
            store.invoices().save(c, tenant, withStatus(invoice,
                    in.amount().compareTo(balance) == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID, now));
            return received;
        });
        events.publish(HostEvent.invoicePaid(tenant, payment));
        return payment;
    }

    /**
     * @param tenant the tenant
     * @param id the expense to change, or {@code null} to record one
     * @param form the submitted fields
     * @return the expense's id
     * @throws InvalidFormException naming every refused field; nothing is written
     */
    public String saveExpense(TenantId tenant, String id, Map<String, String> form) {
        ExpenseInput in = ExpenseInput.read(form, HOME_CURRENCY);
        String saved = store.jdbc().inTransaction(c -> {
            if (in.billableCustomerId() != null) {
                requireCustomer(c, tenant, in.billableCustomerId(), "billableCustomerId", "Billable to");
            }
            String expenseId = id == null ? nextId(c, "EXP-") : store.expenses().find(c, tenant, id)
                    .orElseThrow(() -> new RecordNotFoundException("Expense", id)).hostExpenseId();
            store.expenses().save(c, tenant, new HostExpense(expenseId, in.vendorName(), in.paymentMethod(),
                    in.category(), new Money(in.amount(), in.currency()), in.spentOn(), in.memo(),
                    in.billableCustomerId(), now()));
            return expenseId;
        });
        events.publish(HostEvent.of(tenant, HostEventKind.EXPENSE_RECORDED, saved));
        return saved;
    }

    /**
     * @param status an invoice status
     * @return whether the invoice's content may still change
     */
    public static boolean editable(InvoiceStatus status) {
        return status == InvoiceStatus.DRAFT || status == InvoiceStatus.APPROVED || status == InvoiceStatus.SENT
                || status == InvoiceStatus.POSTED || status == InvoiceStatus.PARTIALLY_PAID;
    }

    /**
     * @param status an invoice status
     * @return whether a payment may be recorded
     */
    public static boolean payable(InvoiceStatus status) {
        return status == InvoiceStatus.SENT || status == InvoiceStatus.POSTED || status == InvoiceStatus.PARTIALLY_PAID;
    }

    /**
     * @param payments an invoice's payments
     * @param currency the invoice's currency
     * @return their sum
     */
    public static BigDecimal paid(List<HostPayment> payments, Currency currency) {
        Money sum = Money.zero(currency);
        for (HostPayment payment : payments) {
            sum = sum.plus(payment.amount());
        }
        return sum.amount();
    }

    /**
     * @param invoice an invoice
     * @param status its new status
     * @param at when it changed
     * @return the invoice with that status
     */
    public static HostInvoice withStatus(HostInvoice invoice, InvoiceStatus status, Instant at) {
        return new HostInvoice(invoice.hostInvoiceId(), invoice.hostCustomerId(), invoice.hostProjectId(),
                invoice.invoiceNumber(), status, invoice.issueDate(), invoice.dueDate(), invoice.currency(),
                invoice.lines(), invoice.taxAmount(), invoice.taxRate(), invoice.discount(), invoice.notes(), at);
    }

    /**
     * @param subtotal the lines' sum
     * @param discount the discount
     * @param taxRate the rate in percent, or {@code null}
     * @return the tax on the discounted subtotal, to the cent
     */
    public static BigDecimal tax(BigDecimal subtotal, BigDecimal discount, BigDecimal taxRate) {
        if (taxRate == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return subtotal.subtract(discount).multiply(taxRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private HostInvoice build(String invoiceId, HostInvoice before, InvoiceInput in, String number, Currency currency) {
        List<HostInvoiceLine> lines = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (InvoiceInput.LineInput line : in.lines()) {
            lines.add(new HostInvoiceLine(line.lineId() != null ? line.lineId() : "L-" + UUID.randomUUID().toString()
                    .substring(0, 8), line.serviceCode(), null, line.name(), line.description(), line.quantity(),
                    new Money(line.unitPrice(), currency), line.taxRateCode(), line.department()));
            subtotal = subtotal.add(line.quantity().multiply(line.unitPrice()));
        }
        BigDecimal tax = tax(subtotal, in.discount(), in.taxRate());
        return new HostInvoice(invoiceId, in.customerId(), in.projectId(), number,
                before == null ? InvoiceStatus.DRAFT : before.status(), in.issueDate(), in.dueDate(), currency, lines,
                new Money(tax, currency), in.taxRate(), new Money(in.discount().setScale(2), currency), in.notes(), now());
    }

    private HostCustomer existingCustomer(Connection c, TenantId tenant, String id) throws SQLException {
        return store.customers().find(c, tenant, id).orElseThrow(() -> new RecordNotFoundException("Customer", id));
    }

    private HostCustomer requireCustomer(Connection c, TenantId tenant, String id, String field, String label)
            throws SQLException {
        return store.customers().find(c, tenant, id).orElseThrow(() -> InvalidFormException.of(field, label,
                "'" + id + "' is not a customer of this tenant", "Choose a customer from the list"));
    }

    private static String nextId(Connection c, String prefix) throws SQLException {
        return Jdbc.nextId(c, prefix);
    }

    private Instant now() {
        return clock.instant();
    }

    /** Turns a record's own check into a form error naming the field, so the API records stay the last word. */
    private static <T> T checked(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            String problem = e.getMessage().startsWith(e.field() + ": ")
                    ? e.getMessage().substring(e.field().length() + 2) : e.getMessage();
            throw InvalidFormException.of(e.field(), e.field(), problem,
                    e.remedy() == null ? "Correct the value" : capitalized(e.remedy()));
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
