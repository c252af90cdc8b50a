package io.ledgerbridge.qbo.client.query;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.qbo.client.http.Utf16;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.QboEntity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * An immutable QuickBooks query ({@code SELECT * FROM Customer WHERE DisplayName = 'Amy\'s' ORDERBY Id}). Values are
 * always escaped and quoted here, so no name, however many quotes, backslashes or Unicode characters it holds, can
 * change the statement; field names must be plain identifiers. QuickBooks has no OR: conditions are ANDed.
 *
 * @param <T> the entity the query returns
 */
public final class QboQuery<T extends QboEntity> {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");

    /** Comparison operators of the QuickBooks query language. */
    public enum Op {
        EQ("="), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    private final EntityType<T> entity;
    private final List<String> conditions;
    private final List<String> order;
    private final Integer startPosition;
    private final Integer maxResults;

    private QboQuery(EntityType<T> entity, List<String> conditions, List<String> order, Integer startPosition,
                     Integer maxResults) {
        this.entity = entity;
        this.conditions = List.copyOf(conditions);
        this.order = List.copyOf(order);
        this.startPosition = startPosition;
        this.maxResults = maxResults;
    }

    /** {@code SELECT * FROM <entity>}. */
    public static <T extends QboEntity> QboQuery<T> from(EntityType<T> entity) {
        return new QboQuery<>(Objects.requireNonNull(entity, "entity"), List.of(), List.of(), null, null);
    }

    public EntityType<T> entity() {
        return entity;
    }

    /** Adds {@code field = value}. */
    public QboQuery<T> where(String field, Object value) {
        return where(field, Op.EQ, value);
    }

    /** Adds {@code field <op> value}; for {@code LIKE}, {@code %} in the value is QuickBooks' wildcard. */
    public QboQuery<T> where(String field, Op op, Object value) {
        return withCondition(field(field) + " " + op.symbol + " " + literal(field, value));
    }

    /** Adds {@code field IN (v1, v2, …)}. */
    public QboQuery<T> whereIn(String field, Object... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("IN needs at least one value");
        }
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (Object value : values) {
            list.add(literal(field, value));
        }
        return withCondition(field(field) + " IN " + list);
    }

    /** Name lists return only active records unless asked: this adds {@code Active IN (true, false)}. */
    public QboQuery<T> includeInactive() {
        return whereIn("Active", true, false);
    }

    public QboQuery<T> orderBy(String field) {
        return orderBy(field, false);
    }

    public QboQuery<T> orderBy(String field, boolean descending) {
        List<String> next = new ArrayList<>(order);
        next.add(field(field) + (descending ? " DESC" : ""));
        return new QboQuery<>(entity, conditions, next, startPosition, maxResults);
    }

    /** STARTPOSITION, counted from 1. */
    public QboQuery<T> startPosition(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("STARTPOSITION counts from 1");
        }
        return new QboQuery<>(entity, conditions, order, position, maxResults);
    }

    /** MAXRESULTS, the page size; QuickBooks accepts at most 1000. */
    public QboQuery<T> maxResults(int max) {
        if (max < 1 || max > 1000) {
            throw new IllegalArgumentException("MAXRESULTS must be between 1 and 1000");
        }
        return new QboQuery<>(entity, conditions, order, startPosition, max);
    }

    /** The statement to send. */
    public String statement() {
        return statement("*", true);
    }

    /** {@code SELECT COUNT(*)} with the same conditions (no ordering or paging). */
    public String countStatement() {
        return statement("COUNT(*)", false);
    }

    @Override
    public String toString() {
        return statement();
    }

    /**
     * A date-time as QuickBooks writes them, {@code 2026-01-05T10:20:30-08:00}: always with seconds and a numeric
     * offset ({@code +00:00}, not {@code Z}), never with fractions (rounded down).
     */
    public static String dateTime(OffsetDateTime dateTime) {
        return DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Quotes a string for the QuickBooks query language: {@code \} and {@code '} are backslash-escaped. */
    public static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private String statement(String projection, boolean paging) {
        StringBuilder s = new StringBuilder("SELECT ").append(projection).append(" FROM ").append(entity.name());
        if (!conditions.isEmpty()) {
            s.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        if (paging) {
            if (!order.isEmpty()) {
                s.append(" ORDERBY ").append(String.join(", ", order));
            }
            if (startPosition != null) {
                s.append(" STARTPOSITION ").append(startPosition);
            }
            if (maxResults != null) {
                s.append(" MAXRESULTS ").append(maxResults);
            }
        }
        return s.toString();
    }

    private QboQuery<T> withCondition(String condition) {
        List<String> next = new ArrayList<>(conditions);
        next.add(condition);
        return new QboQuery<>(entity, next, order, startPosition, maxResults);
    }

    private static String field(String field) {
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("not a QuickBooks field name: " + field);
        }
        return field;
    }

    private static String literal(String field, Object value) {
        if (value instanceof String s) {
            int broken = Utf16.brokenAt(s);
            if (broken >= 0) {
                // Sent, it would arrive as '?' and find (or miss) another record.
                throw new InvalidInputException(field, "holds a broken Unicode character (half of a surrogate pair) "
                        + "at position " + (broken + 1), "correct the " + field + " in the source record");
            }
            return quote(s);
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof java.math.BigDecimal) {
            return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        }
        if (value instanceof LocalDate date) {
            return quote(date.toString());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return quote(dateTime(dateTime));
        }
        throw new IllegalArgumentException("cannot put a " + (value == null ? "null" : value.getClass().getName())
                + " into a QuickBooks query");
    }
}
