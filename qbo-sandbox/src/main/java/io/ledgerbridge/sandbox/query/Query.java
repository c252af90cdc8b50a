package io.ledgerbridge.sandbox.query;

import java.util.List;

/** A parsed QuickBooks query: {@code SELECT * | COUNT(*) | fields FROM Entity [WHERE …] [ORDERBY …] [STARTPOSITION n] [MAXRESULTS n]}. */
public record Query(String entity, boolean count, List<String> fields, List<Condition> where, List<Order> orderBy,
                    int startPosition, int maxResults) {

    /** {@code property op value}; {@code values} holds one value, or the list of an IN. */
    public record Condition(String property, String op, List<Value> values) {
    }

    /** A literal: quoted text, a number, or true/false. */
    public record Value(String text, boolean quoted) {
    }

    public record Order(String property, boolean descending) {
    }
}
