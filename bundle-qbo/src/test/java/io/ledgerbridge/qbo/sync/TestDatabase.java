package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
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
        PGSimpleDataSource base = new PGSimpleDataSource();
        base.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        base.setUser("postgres");
        String schema = "sync_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = base.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL must run on 127.0.0.1:5432 (database test, user postgres): start it "
                    + "with pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        ds.setUser("postgres");
        return ds;
    }

    /** @param pg a DataSource from {@link #postgres()}: its schema is dropped */
    static void drop(PGSimpleDataSource pg) throws SQLException {
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + c.getSchema() + " CASCADE");
        }
    }
}
