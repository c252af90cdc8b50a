package io.ledgerbridge.qbo.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh schema in the local PostgreSQL for one test (the test command requires the server). */
public final class TestPostgres {
    private TestPostgres() {
    }

    /**
     * @param prefix the schema name's prefix
     * @return a DataSource working in a new schema
     * @throws SQLException naming how to start PostgreSQL when it does not run
     */
    public static PGSimpleDataSource freshSchema(String prefix) throws SQLException {
        PGSimpleDataSource base = new PGSimpleDataSource();
        base.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        base.setUser("postgres");
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
}
