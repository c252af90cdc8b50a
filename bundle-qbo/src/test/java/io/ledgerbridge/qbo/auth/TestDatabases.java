package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.qbo.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/** Databases for the tests: an H2 file in a temporary directory, or a fresh schema in the local PostgreSQL. */
final class TestDatabases {
    private TestDatabases() {
    }

    /** @return a pool over an H2 file database in {@code dir}; several {@link Database}s may share it */
    static JdbcConnectionPool h2(Path dir) {
        return JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("ledgerbridge").toAbsolutePath()
                + ";LOCK_TIMEOUT=10000", "sa", "");
    }

    /** @return a DataSource on a new schema of the local PostgreSQL, or {@code null} when it is not running */
    static PGSimpleDataSource postgresOrNull() {
        PGSimpleDataSource base = new PGSimpleDataSource();
        base.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        base.setUser("postgres");
        base.setConnectTimeout(2);
        String schema = "auth_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = base.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            return null;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        ds.setUser("postgres");
        return ds;
    }

    /** Drops the schema a {@link #postgresOrNull()} DataSource works in. */
    static void drop(PGSimpleDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + c.getSchema() + " CASCADE");
        }
    }

    /** @return every text value in every table of the connector's schema, for "no token at rest" checks */
    static List<String> allText(DataSource ds) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            values.add(table + "." + rs.getMetaData().getColumnName(i) + "=" + rs.getString(i));
                        }
                    }
                }
            }
        }
        return values;
    }

    /** @return H2's SCRIPT dump of the whole database */
    static String h2Script(DataSource ds) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }
}
