package io.ledgerbridge.demo.host.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The invoice, invoice_line and payment tables. Every method works inside the caller's transaction. */
public final class Invoices {
    private static final String COLUMNS = "invoice_id, customer_id, project_id, invoice_number, status, issue_date,"
            + " due_date, currency, tax_rate, tax_amount, discount, notes, updated_at";

    /**
     * Inserts or replaces an invoice with its lines.
     *
     * @param c the connection
     * @param tenant the tenant
     * @param invoice the invoice
     * @throws SQLException on a database failure
     */
    public void save(Connection c, TenantId tenant, HostInvoice invoice) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO invoice (tenant, " + COLUMNS
                + ") KEY (tenant, invoice_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, invoice.hostInvoiceId());
            s.setString(3, invoice.hostCustomerId());
            Jdbc.setText(s, 4, invoice.hostProjectId());
            s.setString(5, invoice.invoiceNumber());
            s.setString(6, invoice.status().name());
            Jdbc.setDate(s, 7, invoice.issueDate());
            Jdbc.setDate(s, 8, invoice.dueDate());
            s.setString(9, invoice.currency().getCurrencyCode());
            s.setBigDecimal(10, invoice.taxRate());
            s.setBigDecimal(11, invoice.taxAmount().amount());
            s.setBigDecimal(12, invoice.discount().amount());
            Jdbc.setText(s, 13, invoice.notes());
            Jdbc.setInstant(s, 14, invoice.updatedAt());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM invoice_line WHERE tenant = ? AND invoice_id = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, invoice.hostInvoiceId());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO invoice_line (tenant, invoice_id, line_no, line_id,"
                + " service_code, catalog_item_id, name, description, quantity, unit_price, tax_rate_code, department)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int number = 0;
            for (HostInvoiceLine line : invoice.lines()) {
                s.setString(1, tenant.value());
                s.setString(2, invoice.hostInvoiceId());
                s.setInt(3, ++number);
                s.setString(4, line.lineId());
                Jdbc.setText(s, 5, line.serviceCode());
                Jdbc.setText(s, 6, line.catalogItemId());
                Jdbc.setText(s, 7, line.name());
                Jdbc.setText(s, 8, line.description());
                s.setBigDecimal(9, line.quantity());
                s.setBigDecimal(10, line.unitPrice().amount());
                Jdbc.setText(s, 11, line.taxRateCode());
                Jdbc.setText(s, 12, line.department());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param id the invoice's id
     * @return the invoice with its lines, or empty
     * @throws SQLException on a database failure
     */
    public Optional<HostInvoice> find(Connection c, TenantId tenant, String id) throws SQLException {
        return query(c, "WHERE tenant = ? AND invoice_id = ?", tenant.value(), id).stream().findFirst();
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param customerId a customer's id, or {@code null} for every invoice
     * @return the invoices, newest first
     * @throws SQLException on a database failure
     */
    public List<HostInvoice> list(Connection c, TenantId tenant, String customerId) throws SQLException {
        String order = " ORDER BY issue_date DESC, invoice_number DESC";
        return customerId == null ? query(c, "WHERE tenant = ?" + order, tenant.value())
                : query(c, "WHERE tenant = ? AND customer_id = ?" + order, tenant.value(), customerId);
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param number an invoice number
     * @return the id of the invoice carrying that number, or empty
     * @throws SQLException on a database failure
     */
    public Optional<String> idOfNumber(Connection c, TenantId tenant, String number) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT invoice_id FROM invoice WHERE tenant = ? AND invoice_number = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, number);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @return the next free numeric invoice number
     * @throws SQLException on a database failure
     */
    public String nextNumber(Connection c, TenantId tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(CAST(invoice_number AS BIGINT)), 1000) + 1"
                + " FROM invoice WHERE tenant = ? AND REGEXP_LIKE(invoice_number, '^[0-9]{1,15}$')")) {
            s.setString(1, tenant.value());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Long.toString(r.getLong(1));
            }
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param payment the payment to add
     * @param recordedAt when the host recorded it
     * @throws SQLException on a database failure
     */
    public void addPayment(Connection c, TenantId tenant, HostPayment payment, Instant recordedAt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payment (tenant, payment_id, invoice_id, amount,"
                + " currency, paid_on, method, reference, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, payment.hostPaymentId());
            s.setString(3, payment.hostInvoiceId());
            s.setBigDecimal(4, payment.amount().amount());
            s.setString(5, payment.amount().currency().getCurrencyCode());
            Jdbc.setDate(s, 6, payment.paidOn());
            Jdbc.setText(s, 7, payment.method());
            Jdbc.setText(s, 8, payment.reference());
            Jdbc.setInstant(s, 9, recordedAt);
            s.executeUpdate();
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param invoiceId the invoice
     * @param paymentId one of its payments
     * @return whether it was there (and is removed now)
     * @throws SQLException on a database failure
     */
    public boolean removePayment(Connection c, TenantId tenant, String invoiceId, String paymentId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM payment WHERE tenant = ? AND invoice_id = ? AND payment_id = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, invoiceId);
            s.setString(3, paymentId);
            return s.executeUpdate() > 0;
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param invoiceId the invoice
     * @return its payments, oldest first
     * @throws SQLException on a database failure
     */
    public List<HostPayment> payments(Connection c, TenantId tenant, String invoiceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT payment_id, amount, currency, paid_on, method, reference"
                + " FROM payment WHERE tenant = ? AND invoice_id = ? ORDER BY paid_on, recorded_at, payment_id")) {
            s.setString(1, tenant.value());
            s.setString(2, invoiceId);
            List<HostPayment> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new HostPayment(r.getString("payment_id"), invoiceId,
                            Money.of(r.getBigDecimal("amount"), r.getString("currency")), Jdbc.date(r, "paid_on"),
                            r.getString("method"), r.getString("reference")));
                }
            }
            return result;
        }
    }

    private List<HostInvoice> query(Connection c, String where, String... parameters) throws SQLException {
        List<HostInvoice> headers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM invoice " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Currency currency = Currency.getInstance(r.getString("currency"));
                    headers.add(new HostInvoice(r.getString("invoice_id"), r.getString("customer_id"),
                            r.getString("project_id"), r.getString("invoice_number"),
                            InvoiceStatus.valueOf(r.getString("status")), Jdbc.date(r, "issue_date"),
                            Jdbc.date(r, "due_date"), currency, List.of(),
                            new Money(r.getBigDecimal("tax_amount"), currency), r.getBigDecimal("tax_rate"),
                            new Money(r.getBigDecimal("discount"), currency), r.getString("notes"),
                            Jdbc.instant(r, "updated_at")));
                }
            }
        }
        List<HostInvoice> result = new ArrayList<>(headers.size());
        for (HostInvoice h : headers) {
            result.add(new HostInvoice(h.hostInvoiceId(), h.hostCustomerId(), h.hostProjectId(), h.invoiceNumber(),
                    h.status(), h.issueDate(), h.dueDate(), h.currency(), lines(c, parameters[0], h), h.taxAmount(),
                    h.taxRate(), h.discount(), h.notes(), h.updatedAt()));
        }
        return result;
    }

    private List<HostInvoiceLine> lines(Connection c, String tenant, HostInvoice invoice) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT line_id, service_code, catalog_item_id, name, description,"
                + " quantity, unit_price, tax_rate_code, department FROM invoice_line"
                + " WHERE tenant = ? AND invoice_id = ? ORDER BY line_no")) {
            s.setString(1, tenant);
            s.setString(2, invoice.hostInvoiceId());
            List<HostInvoiceLine> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(new HostInvoiceLine(r.getString("line_id"), r.getString("service_code"),
                            r.getString("catalog_item_id"), r.getString("name"), r.getString("description"),
                            trim(r.getBigDecimal("quantity")),
                            new Money(price(r.getBigDecimal("unit_price")), invoice.currency()),
                            r.getString("tax_rate_code"), r.getString("department")));
                }
            }
            return lines;
        }
    }

    private static BigDecimal trim(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal price(BigDecimal value) {
        return value.setScale(Math.max(2, trim(value).scale()));
    }
}
