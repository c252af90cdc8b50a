package io.ledgerbridge.demo.host.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The customer table. Every method works inside the caller's transaction. */
public final class Customers {
    private static final String COLUMNS = "customer_id, company_name, contact_name, email, phone, line1, line2, city,"
            + " region, postal_code, country, currency, updated_at";

    /**
     * Inserts or replaces one customer.
     *
     * @param c the connection
     * @param tenant the tenant
     * @param customer the customer, with its id
     * @throws SQLException on a database failure
     */
    public void save(Connection c, TenantId tenant, HostCustomer customer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO customer (tenant, " + COLUMNS
                + ") KEY (tenant, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Address a = customer.billingAddress() == null ? new Address(null, null, null, null, null, null)
                    : customer.billingAddress();
            s.setString(1, tenant.value());
            s.setString(2, customer.hostCustomerId());
            Jdbc.setText(s, 3, customer.companyName());
            Jdbc.setText(s, 4, customer.contactName());
            Jdbc.setText(s, 5, customer.email());
            Jdbc.setText(s, 6, customer.phone());
            Jdbc.setText(s, 7, a.line1());
            Jdbc.setText(s, 8, a.line2());
            Jdbc.setText(s, 9, a.city());
            Jdbc.setText(s, 10, a.region());
            Jdbc.setText(s, 11, a.postalCode());
            Jdbc.setText(s, 12, a.country());
            Jdbc.setText(s, 13, customer.currency() == null ? null : customer.currency().getCurrencyCode());
            Jdbc.setInstant(s, 14, customer.updatedAt());
            s.executeUpdate();
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param id the customer's id
     * @return the customer, or empty
     * @throws SQLException on a database failure
     */
    public Optional<HostCustomer> find(Connection c, TenantId tenant, String id) throws SQLException {
        List<HostCustomer> found = query(c, "WHERE tenant = ? AND customer_id = ?", tenant.value(), id);
        return found.stream().findFirst();
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param email an e-mail address
     * @return the first customer with that address (ignoring case), or empty
     * @throws SQLException on a database failure
     */
    public Optional<HostCustomer> findByEmail(Connection c, TenantId tenant, String email) throws SQLException {
        return query(c, "WHERE tenant = ? AND LOWER(email) = LOWER(?) ORDER BY customer_id", tenant.value(), email)
                .stream().findFirst();
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @return every customer of the tenant, by name
     * @throws SQLException on a database failure
     */
    public List<HostCustomer> list(Connection c, TenantId tenant) throws SQLException {
        return query(c, "WHERE tenant = ? ORDER BY LOWER(COALESCE(company_name, contact_name))", tenant.value());
    }

    private List<HostCustomer> query(Connection c, String where, String... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM customer " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<HostCustomer> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Address address = new Address(r.getString("line1"), r.getString("line2"), r.getString("city"),
                            r.getString("region"), r.getString("postal_code"), r.getString("country"));
                    String currency = r.getString("currency");
                    result.add(new HostCustomer(r.getString("customer_id"), r.getString("company_name"),
                            r.getString("contact_name"), r.getString("email"), r.getString("phone"),
                            address.isEmpty() ? null : address, currency == null ? null : Currency.getInstance(currency),
                            Jdbc.instant(r, "updated_at")));
                }
            }
            return result;
        }
    }
}
