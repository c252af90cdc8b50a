package io.ledgerbridge.qbo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Small JDBC helpers shared by the plain-SQL parts of the store. */
final class Jdbc {
    private Jdbc() {
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the LedgerBridge database: " + e.getMessage(), e);
        }
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** The length of the connector's text columns for messages and remedies ({@code VARCHAR(4000)}). */
    static final int TEXT_COLUMN = 4000;

    /** @return the text cut to {@link #TEXT_COLUMN} characters, so a long message never fails its write */
    static String cut(String text) {
        return cut(text, TEXT_COLUMN);
    }

    /** @return the text cut to {@code max} characters, never between the two halves of a surrogate pair */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /** SQLSTATE class 23: integrity constraint violation (a unique key taken by a concurrent insert). */
    static boolean isConstraintViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
            if (x.getNextException() == x) {
                break;
            }
        }
        return false;
    }
}
