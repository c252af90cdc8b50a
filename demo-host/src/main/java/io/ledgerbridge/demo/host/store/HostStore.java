package io.ledgerbridge.demo.host.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The host database: its tables and the reads the screens and the host ports need. Writes go through
 * {@link #jdbc()} so a caller can put several tables in one transaction. Plain Java; thread-safe.
 */
public final class HostStore {
    private final Jdbc jdbc;
    private final Customers customers = new Customers();
    private final Projects projects = new Projects();
    private final Invoices invoices = new Invoices();
    private final Expenses expenses = new Expenses();
    private final Notifications notifications = new Notifications();

    /**
     * Opens the store and brings its schema up to date.
     *
     * @param dataSource the host database
     */
    public HostStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
        jdbc.inTransaction(c -> {
            Schema.apply(c);
            return null;
        });
    }

    /** @return the transaction runner */
    public Jdbc jdbc() {
        return jdbc;
    }

    /** @return the customer table */
    public Customers customers() {
        return customers;
    }

    /** @return the project table */
    public Projects projects() {
        return projects;
    }

    /** @return the invoice, line and payment tables */
    public Invoices invoices() {
        return invoices;
    }

    /** @return the expense table */
    public Expenses expenses() {
        return expenses;
    }

    /** @return the notification outbox */
    public Notifications notifications() {
        return notifications;
    }

    /**
     * @param tenant the tenant
     * @param id the customer's id
     * @return the customer, or empty
     */
    public Optional<HostCustomer> customer(TenantId tenant, String id) {
        return jdbc.inTransaction(c -> customers.find(c, tenant, id));
    }

    /**
     * @param tenant the tenant
     * @param id the project's id
     * @return the project, or empty
     */
    public Optional<HostProject> project(TenantId tenant, String id) {
        return jdbc.inTransaction(c -> projects.find(c, tenant, id));
    }

    /**
     * @param tenant the tenant
     * @param id the invoice's id
     * @return the invoice, or empty
     */
    public Optional<HostInvoice> invoice(TenantId tenant, String id) {
        return jdbc.inTransaction(c -> invoices.find(c, tenant, id));
    }

    /**
     * @param tenant the tenant
     * @param invoiceId the invoice's id
     * @return its payments, oldest first
     */
    public List<HostPayment> payments(TenantId tenant, String invoiceId) {
        return jdbc.inTransaction(c -> invoices.payments(c, tenant, invoiceId));
    }

    /**
     * @param tenant the tenant
     * @param id the expense's id
     * @return the expense, or empty
     */
    public Optional<HostExpense> expense(TenantId tenant, String id) {
        return jdbc.inTransaction(c -> expenses.find(c, tenant, id));
    }

    /**
     * Streams the ids of one type's records changed at or after an instant, straight from the result set.
     *
     * @param tenant the tenant
     * @param type the record type
     * @param since the instant, or {@code null} for all
     * @param sink receives each id
     */
    public void forEachChangedSince(TenantId tenant, RecordType type, Instant since, Consumer<String> sink) {
        String[] table = switch (type) {
            case CUSTOMER -> new String[] {"customer", "customer_id", "updated_at"};
            case PROJECT -> new String[] {"project", "project_id", "updated_at"};
            case INVOICE -> new String[] {"invoice", "invoice_id", "updated_at"};
            case EXPENSE -> new String[] {"expense", "expense_id", "updated_at"};
            case PAYMENT -> new String[] {"payment", "payment_id", "recorded_at"};
        };
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + table[1] + " FROM " + table[0]
                    + " WHERE tenant = ? AND " + table[2] + " >= ? ORDER BY " + table[2] + ", " + table[1])) {
                s.setFetchSize(500);
                s.setString(1, tenant.value());
                s.setObject(2, OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, ZoneOffset.UTC));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(r.getString(1));
                    }
                }
            }
            return null;
        });
    }
}
