package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.SettingsStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/** The connector's database as the inbound tests need it: a tenant connected to a realm, with sync switched on. */
final class InboundRig {
    static final TenantId T = TenantId.of("acme");

    private InboundRig() {
    }

    static Database open(Path dir) {
        EmbeddedDatabase embedded = EmbeddedDatabase.open(dir);
        return new Database(embedded.dataSource(), embedded);
    }

    /** Connects {@code tenant} to {@code realm} as the OAuth side records it, and turns its sync on. */
    static void connect(Database db, TenantId tenant, String realm, Instant at) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO qbo_connection (tenant_id, state, qbo_realm_id, connected_at, updated_at) "
                        + "VALUES (?, 'CONNECTED', ?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, realm);
            s.setTimestamp(3, Timestamp.from(at));
            s.setTimestamp(4, Timestamp.from(at));
            s.executeUpdate();
        }
        new SettingsStore(db, Clock.systemUTC()).save(tenant,
                ConnectorSettings.defaults().toBuilder().enabled(true).autoSyncInterval(null).build());
    }
}
