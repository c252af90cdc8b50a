package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/** The tests' databases: an embedded H2 file database in a temporary directory, or a fresh PostgreSQL schema. */
final class TestDatabase {
    private TestDatabase() {
    }

    static Database open(Path dir) {
        EmbeddedDatabase embedded = EmbeddedDatabase.open(dir);
        return new Database(embedded.dataSource(), embedded);
    }

    /**
     * @return a DataSource on a fresh schema of the local PostgreSQL (drop it with {@link #drop})
     * @throws SQLException naming how to start PostgreSQL when it does not answer
     */
    static PGSimpleDataSource postgres() throws SQLException {
        return TestPostgres.freshSchema("sync");
    }

    /** @param pg a DataSource from {@link #postgres()}: its schema is dropped */
    static void drop(PGSimpleDataSource pg) throws SQLException {
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + c.getSchema() + " CASCADE");
        }
    }
}
