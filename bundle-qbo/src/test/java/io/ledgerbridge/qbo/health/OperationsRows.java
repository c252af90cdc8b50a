package io.ledgerbridge.qbo.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Writes the connector's tables as its parts leave them, for the health and metrics tests. */
final class OperationsRows {
    private final DataSource ds;
    private int ids;

    OperationsRows(DataSource ds) {
        this.ds = ds;
    }

    OperationsRows connection(String tenant, String state, String realm, Instant connectedAt, String message,
            String remedy) throws SQLException {
        return run("INSERT INTO qbo_connection (tenant_id, state, qbo_realm_id, message, remedy, connected_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", tenant, state, realm, message, remedy, connectedAt,
                connectedAt);
    }

    OperationsRows token(String tenant, String realm, Instant idleExpiry, Instant hardExpiry) throws SQLException {
        Instant issued = Instant.parse("2026-01-01T00:00:00Z");
        return run("INSERT INTO qbo_token (tenant_id, qbo_realm_id, version, access_token_enc, access_expires_at, "
                + "refresh_token_enc, refresh_idle_expires_at, refresh_hard_expires_at, first_issued_at, refreshed_at) "
                + "VALUES (?, ?, 1, 'x', ?, 'y', ?, ?, ?, ?)", tenant, realm, idleExpiry, idleExpiry, hardExpiry,
                issued, issued);
    }

    OperationsRows settings(String tenant, boolean enabled) throws SQLException {
        return run("INSERT INTO qbo_settings (tenant_id, settings_json, enabled, updated_at) VALUES (?, '{}', ?, ?)",
                tenant, enabled, Instant.parse("2026-01-01T00:00:00Z"));
    }

    OperationsRows outbox(String tenant, String state, Instant dueAt) throws SQLException {
        String id = "r" + ++ids;
        return run("INSERT INTO qbo_outbox (tenant_id, record_type, host_record_id, host_event_id, sync_trigger, "
                + "state, change_count, first_event_at, last_event_at, due_at, attempts) "
                + "VALUES (?, 'INVOICE', ?, ?, 'EVENT', ?, 1, ?, ?, ?, 0)", tenant, id, id, state, dueAt, dueAt, dueAt);
    }

    OperationsRows inbox(String tenant, String realm, Instant receivedAt) throws SQLException {
        String id = String.valueOf(++ids);
        return run("INSERT INTO qbo_inbox (tenant_id, qbo_realm_id, entity_name, qbo_id, operation, last_updated, "
                + "source, state, attempts, due_at, received_at) VALUES (?, ?, 'Invoice', ?, 'UPDATE', ?, 'WEBHOOK', "
                + "'PENDING', 0, ?, ?)", tenant, realm, id, receivedAt.toString(), receivedAt, receivedAt);
    }

    OperationsRows watermark(String tenant, String realm, Instant at) throws SQLException {
        return run("INSERT INTO qbo_cdc_watermark (tenant_id, qbo_realm_id, changed_since, polled_at) "
                + "VALUES (?, ?, ?, ?)", tenant, realm, at, at);
    }

    OperationsRows log(String tenant, String outcome, Instant at) throws SQLException {
        return run("INSERT INTO qbo_sync_log (tenant_id, record_type, host_record_id, outcome, occurred_at) "
                + "VALUES (?, 'INVOICE', ?, ?, ?)", tenant, "l" + ++ids, outcome, at);
    }

    OperationsRows conflict(String tenant, Instant at) throws SQLException {
        String id = "c" + ++ids;
        return run("INSERT INTO qbo_conflict (conflict_id, tenant_id, record_type, host_record_id, open_record, qbo_id, "
                + "host_values, remote_values, remote_snapshot, detected_at, updated_at) "
                + "VALUES (?, ?, 'INVOICE', ?, ?, '9', '{}', '{}', '{}', ?, ?)", id, tenant, id, id, at, at);
    }

    OperationsRows lease(String tenant, String holder, Instant until) throws SQLException {
        return run("INSERT INTO qbo_company_lease (tenant_id, holder, lease_until) VALUES (?, ?, ?)", tenant, holder,
                until);
    }

    private OperationsRows run(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i] instanceof Instant t ? Timestamp.from(t) : args[i]);
            }
            s.executeUpdate();
        }
        return this;
    }
}
