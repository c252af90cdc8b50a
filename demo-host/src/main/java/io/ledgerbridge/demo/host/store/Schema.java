package io.ledgerbridge.demo.host.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the host's tables (idempotently) and remembers whether the sample data was written. */
public final class Schema {
    private static final String SEEDED = "sample-data";

    private Schema() {
    }

    /**
     * @param c the connection
     * @throws SQLException on a database failure
     */
    public static void apply(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String sql : script().split(";\\s*\\n")) {
                String trimmed = sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b)
                        .strip();
                if (!trimmed.isEmpty()) {
                    statement.execute(trimmed);
                }
            }
        }
    }

    /**
     * Marks the sample data as written, once.
     *
     * @param c the connection
     * @return whether this call marked it, i.e. the caller should write the sample data now
     * @throws SQLException on a database failure
     */
    public static boolean claimSampleData(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM demo_meta WHERE meta_key = ?")) {
            s.setString(1, SEEDED);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO demo_meta (meta_key, meta_value) VALUES (?, ?)")) {
            s.setString(1, SEEDED);
            s.setString(2, "written");
            s.executeUpdate();
        }
        return true;
    }

    private static String script() {
        try (InputStream in = Schema.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the demo host bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("schema.sql cannot be read", e);
        }
    }
}
