package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.LedgerBridgeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs one plain-SQL statement in its own auto-committed connection, translating failures once. */
final class SqlRunner {
    private final DataSource dataSource;
    private final String what;

    SqlRunner(DataSource dataSource, String what) {
        this.dataSource = dataSource;
        this.what = what;
    }

    int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> List<T> query(String sql, RowReader<T> reader, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** @return the database's current time ({@code CURRENT_TIMESTAMP}): one clock for every node sharing it */
    java.time.Instant databaseNow() {
        return query("SELECT CURRENT_TIMESTAMP", rs -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
                .get(0);
    }

    /** Runs one statement for many rows in one transaction (all or nothing). */
    void batch(String sql, List<Object[]> rows) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(s, row);
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** @return whether the insert happened (false when a unique key was taken) */
    boolean insertIfAbsent(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            if (Jdbc.isConstraintViolation(e)) {
                return false;
            }
            throw failure(e);
        }
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof java.time.Instant instant) {
                s.setTimestamp(i + 1, java.sql.Timestamp.from(instant));
            } else if (a == null) {
                s.setObject(i + 1, null);
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    private LedgerBridgeException failure(SQLException e) {
        return new LedgerBridgeException("Could not " + what + ": " + e.getMessage(), "check the LedgerBridge database",
                e);
    }
}
