package io.ledgerbridge.qbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migrationsApplyOnceAndSurviveAReopen() throws Exception {
        try (EmbeddedDatabase embedded = EmbeddedDatabase.open(dir)) {
            assertThat(new SchemaMigrator(embedded.dataSource()).migrate()).contains(1);
            assertThat(new SchemaMigrator(embedded.dataSource()).migrate()).isEmpty();
            try (Connection c = embedded.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM qbo_schema_history")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.open(dir)) {
            assertThat(new SchemaMigrator(again.dataSource()).migrate()).isEmpty();
        }
    }

    @Test
    void closingOneDatabaseLeavesAnotherOnTheSameStoreWorking() throws Exception {
        try (EmbeddedDatabase embedded = EmbeddedDatabase.open(dir)) {
            Database first = new Database(embedded.dataSource(), null);
            Database second = new Database(embedded.dataSource(), null);
            first.close();

            RecordLink found = second.read(em -> em.find(RecordLink.class,
                    new RecordLink.Key(TenantId.of("t").value(), RecordType.CUSTOMER.name(), "c1")));

            assertThat(found).isNull();
            second.close();
        }
    }
}
