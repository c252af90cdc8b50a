package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.LedgerBridgeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrades the connector's schema in place: applies each script of the migration index that the database has not
 * seen, in order, each in its own transaction, and records it in {@code qbo_schema_history}. Safe when several nodes
 * start at once: on PostgreSQL an advisory lock serialises them; on H2 the history's primary key refuses a second
 * apply and the loser re-reads.
 */
public final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final String BASE = "/io/ledgerbridge/qbo/store/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private static final long PG_LOCK_KEY = 0x4c65646765724272L;

    private final DataSource dataSource;

    /** @param dataSource the connector's database */
    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @return the versions applied by this call (empty when the schema was current)
     * @throws LedgerBridgeException when a script fails; nothing of that script is kept
     */
    public List<Integer> migrate() {
        List<Migration> migrations = readIndex();
        List<Integer> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS qbo_schema_history (version INTEGER PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            for (Migration m : migrations) {
                if (apply(c, m, postgres)) {
                    applied.add(m.version);
                }
            }
        } catch (SQLException e) {
            throw new LedgerBridgeException("Could not upgrade the LedgerBridge database: " + e.getMessage(),
                    "check that the database is reachable and the user may create tables", e);
        }
        return applied;
    }

    private boolean apply(Connection c, Migration m, boolean postgres) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (postgres) {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, PG_LOCK_KEY);
                    lock.execute();
                }
            }
            if (isApplied(c, m.version)) {
                c.rollback();
                return false;
            }
            try (Statement s = c.createStatement()) {
                for (String statement : m.statements()) {
                    s.execute(statement);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO qbo_schema_history (version, description, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, m.version);
                insert.setString(2, m.description);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            c.commit();
            LOG.info("Applied schema migration V{} {}", m.version, m.description);
            return true;
        } catch (SQLException e) {
            c.rollback();
            if (isApplied(c, m.version)) {
                return false; // another node applied it first
            }
            throw new SQLException("migration V" + m.version + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static boolean isApplied(Connection c, int version) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM qbo_schema_history WHERE version = ?")) {
            q.setInt(1, version);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<Migration> readIndex() {
        List<Migration> result = new ArrayList<>();
        int last = 0;
        for (String line : readLines(BASE + "index.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(line.strip());
            if (!m.matches()) {
                throw new IllegalStateException("bad migration name in index: " + line);
            }
            int version = Integer.parseInt(m.group(1));
            // Increasing, not necessarily consecutive: parallel branches own reserved numbers (V4, V5, V6…).
            if (version <= last) {
                throw new IllegalStateException("migration versions must increase: V" + last + " then V" + version);
            }
            last = version;
            result.add(new Migration(version, m.group(2).replace('_', ' '), String.join("\n", readLines(BASE + line.strip()))));
        }
        return result;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private record Migration(int version, String description, String script) {
        List<String> statements() {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : script.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String sql = current.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(current.toString().strip());
            }
            return statements;
        }
    }
}
