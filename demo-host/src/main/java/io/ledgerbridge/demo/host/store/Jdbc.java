package io.ledgerbridge.demo.host.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Runs units of work on the host database: each in one transaction, committed when the work returns and rolled back
 * when it throws, so a refused change leaves nothing half-written.
 */
public final class Jdbc {
    private final DataSource dataSource;

    /** @param dataSource the host database */
    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param connection the connection, inside a transaction
         * @return the work's result
         * @throws SQLException on a database failure
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * @param work the work
     * @param <T> its result type
     * @return its result, after commit
     * @throws StoreException when the database fails (the transaction is rolled back)
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("The demo host database failed: " + e.getMessage(), e);
        }
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    /**
     * @param connection the connection
     * @param prefix the id's prefix, e.g. {@code "CUS-"}
     * @return a new id, unique across every tenant and record type
     * @throws SQLException on a database failure
     */
    public static String nextId(Connection connection, String prefix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("VALUES NEXT VALUE FOR demo_id_seq");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return prefix + rows.getLong(1);
        }
    }
}
