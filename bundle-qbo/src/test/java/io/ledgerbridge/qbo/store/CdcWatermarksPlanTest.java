package io.ledgerbridge.qbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poll's due look-up reads rows through the due-time indexes (V15), not by visiting every connected company. */
class CdcWatermarksPlanTest {
    @TempDir
    Path dir;

    @Test
    void theDueLookUpUsesTheNextDueAndConnectedAtIndexes() throws Exception {
        EmbeddedDatabase embedded = EmbeddedDatabase.open(dir);
        try (Database db = new Database(embedded.dataSource(), embedded); Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN " + CdcWatermarks.DUE_QUERY.replace("?",
                        "TIMESTAMP WITH TIME ZONE '2026-12-06 09:30:00+00'"))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("IX_QBO_CDC_WATERMARK_DUE: NEXT_DUE_AT <=")
                    .contains("IX_QBO_CONNECTION_CONNECTED: CONNECTED_AT >=");
        }
    }
}
