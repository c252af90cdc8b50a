package io.ledgerbridge.demo.host.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostProject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The project table. Every method works inside the caller's transaction. */
public final class Projects {

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param project the project to insert or replace
     * @throws SQLException on a database failure
     */
    public void save(Connection c, TenantId tenant, HostProject project) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO project (tenant, project_id, customer_id, name,"
                + " active, updated_at) KEY (tenant, project_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, project.hostProjectId());
            s.setString(3, project.hostCustomerId());
            s.setString(4, project.name());
            s.setBoolean(5, project.active());
            Jdbc.setInstant(s, 6, project.updatedAt());
            s.executeUpdate();
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param id the project's id
     * @return the project, or empty
     * @throws SQLException on a database failure
     */
    public Optional<HostProject> find(Connection c, TenantId tenant, String id) throws SQLException {
        return query(c, "WHERE tenant = ? AND project_id = ?", tenant.value(), id).stream().findFirst();
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param customerId a customer's id, or {@code null} for every project
     * @return the projects, by name
     * @throws SQLException on a database failure
     */
    public List<HostProject> list(Connection c, TenantId tenant, String customerId) throws SQLException {
        return customerId == null ? query(c, "WHERE tenant = ? ORDER BY LOWER(name)", tenant.value())
                : query(c, "WHERE tenant = ? AND customer_id = ? ORDER BY LOWER(name)", tenant.value(), customerId);
    }

    private List<HostProject> query(Connection c, String where, String... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT project_id, customer_id, name, active, updated_at FROM project " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<HostProject> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new HostProject(r.getString("project_id"), r.getString("customer_id"),
                            r.getString("name"), r.getBoolean("active"), Jdbc.instant(r, "updated_at")));
                }
            }
            return result;
        }
    }
}
