package io.ledgerbridge.qbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The catch-up due look-up and its V15 column on PostgreSQL (requires the local server). */
class CdcWatermarksPostgresTest {
    private static final Instant AT = Instant.parse("2026-12-06T09:30:00Z");

    @Test
    void dueByNextDueAtOrByAConnectionSinceTheLastCatchUp() throws Exception {
        try (Database db = new Database(TestPostgres.freshSchema("cdcdue"), null)) {
            try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO qbo_connection (tenant_id, state, qbo_realm_id, connected_at, updated_at) "
                            + "VALUES (?, 'CONNECTED', ?, ?, ?)")) {
                for (String tenant : new String[] {"idle", "fresh"}) {
                    s.setString(1, tenant);
                    s.setString(2, "realm-" + tenant);
                    s.setTimestamp(3, Timestamp.from(AT.minus(Duration.ofMinutes(2))));
                    s.setTimestamp(4, Timestamp.from(AT));
                    s.executeUpdate();
                }
            }
            CdcWatermarks watermarks = new CdcWatermarks(db.dataSource());
            watermarks.save(TenantId.of("idle"), "realm-idle", AT, AT, AT.plus(Duration.ofMinutes(15)));
            assertThat(watermarks.dueForCatchUp(AT, Instant.EPOCH)).containsExactly(TenantId.of("fresh"));
            assertThat(watermarks.dueForCatchUp(AT.plus(Duration.ofMinutes(15)), AT))
                    .containsExactly(TenantId.of("idle"));
            watermarks.postpone(TenantId.of("idle"), AT.plus(Duration.ofHours(1)));
            assertThat(watermarks.dueForCatchUp(AT.plus(Duration.ofMinutes(30)), AT)).isEmpty();
        }
    }
}
