package io.ledgerbridge.qbo.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.HousekeepingLease;
import io.ledgerbridge.qbo.store.NodeRegistry;
import io.ledgerbridge.qbo.store.SchemaMigrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HousekeepingModuleTest {
    @TempDir
    Path dir;

    @Test
    void aTickRefreshesThisNodeAndRunsRetentionOnceADay() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            new SchemaMigrator(db.dataSource()).migrate();
            new NodeRegistry(db.dataSource()).register("node-a", "secret", "00", Duration.ofDays(2));
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE qbo_node SET seen_at = DATEADD('DAY', -5, seen_at)");
            }
            HousekeepingModule module = new HousekeepingModule(db.dataSource(), Duration.ofDays(90), "node-a");

            module.tick();

            assertThat(new HousekeepingLease(db.dataSource()).lastDone(RetentionJob.TASK)).isPresent();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM qbo_node "
                            + "WHERE seen_at > DATEADD('HOUR', -1, CURRENT_TIMESTAMP)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("node-a's sign of life").isEqualTo(1);
            }
            module.close();
        }
    }

    @Test
    void aFailingTickIsLoggedAndTheTimerGoesOn() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.open(dir);
        new SchemaMigrator(db.dataSource()).migrate();
        HousekeepingModule module = new HousekeepingModule(db.dataSource(), Duration.ofDays(90), "node-a");
        db.close(); // every statement now fails

        assertThatCode(module::tick).doesNotThrowAnyException();
        module.close();
    }
}
