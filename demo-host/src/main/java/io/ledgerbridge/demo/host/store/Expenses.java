package io.ledgerbridge.demo.host.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The expense table. Every method works inside the caller's transaction. */
public final class Expenses {
    private static final String COLUMNS = "expense_id, vendor_name, payment_method, category, amount, currency,"
            + " spent_on, memo, billable_customer_id, updated_at";

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param expense the expense to insert or replace
     * @throws SQLException on a database failure
     */
    public void save(Connection c, TenantId tenant, HostExpense expense) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO expense (tenant, " + COLUMNS
                + ") KEY (tenant, expense_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, expense.hostExpenseId());
            s.setString(3, expense.vendorName());
            s.setString(4, expense.paymentMethod());
            s.setString(5, expense.category());
            s.setBigDecimal(6, expense.amount().amount());
            s.setString(7, expense.amount().currency().getCurrencyCode());
            Jdbc.setDate(s, 8, expense.spentOn());
            Jdbc.setText(s, 9, expense.memo());
            Jdbc.setText(s, 10, expense.billableHostCustomerId());
            Jdbc.setInstant(s, 11, expense.updatedAt());
            s.executeUpdate();
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param id the expense's id
     * @return the expense, or empty
     * @throws SQLException on a database failure
     */
    public Optional<HostExpense> find(Connection c, TenantId tenant, String id) throws SQLException {
        return query(c, "WHERE tenant = ? AND expense_id = ?", tenant.value(), id).stream().findFirst();
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @return every expense, newest first
     * @throws SQLException on a database failure
     */
    public List<HostExpense> list(Connection c, TenantId tenant) throws SQLException {
        return query(c, "WHERE tenant = ? ORDER BY spent_on DESC, expense_id DESC", tenant.value());
    }

    private List<HostExpense> query(Connection c, String where, String... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM expense " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<HostExpense> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new HostExpense(r.getString("expense_id"), r.getString("vendor_name"),
                            r.getString("payment_method"), r.getString("category"),
                            Money.of(r.getBigDecimal("amount"), r.getString("currency")), Jdbc.date(r, "spent_on"),
                            r.getString("memo"), r.getString("billable_customer_id"), Jdbc.instant(r, "updated_at")));
                }
            }
            return result;
        }
    }
}
