package io.ledgerbridge.sandbox.query;

import io.ledgerbridge.sandbox.api.Faults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the QuickBooks query language. Keywords are case-insensitive, the entity name is not; values are
 * {@code 'quoted'} with {@code \'} escaping a quote, bare numbers, or true/false. OR, JOIN and GROUP BY are rejected.
 */
public final class QueryParser {
    /** The largest page QuickBooks serves; a bigger MAXRESULTS is served as 1000. */
    public static final int MAX_PAGE = 1000;
    static final int DEFAULT_PAGE = 100;
    private final List<String> tokens;
    private final List<Boolean> quoted;
    private int pos;

    private QueryParser(String text) {
        this.tokens = new ArrayList<>();
        this.quoted = new ArrayList<>();
        tokenize(text);
    }

    public static Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw Faults.invalidQuery("empty query");
        }
        return new QueryParser(text.trim()).query();
    }

    private Query query() {
        expectKeyword("SELECT");
        boolean count = false;
        List<String> fields = new ArrayList<>();
        if (peekIs("*")) {
            pos++;
        } else if (peekKeyword("COUNT")) {
            pos++;
            expect("(");
            expect("*");
            expect(")");
            count = true;
        } else {
            fields.add(identifier());
            while (peekIs(",")) {
                pos++;
                fields.add(identifier());
            }
        }
        expectKeyword("FROM");
        String entity = identifier();
        List<Query.Condition> where = new ArrayList<>();
        List<Query.Order> order = new ArrayList<>();
        int start = 1;
        int max = DEFAULT_PAGE;
        while (pos < tokens.size()) {
            String kw = upper(next());
            switch (kw) {
                case "WHERE" -> {
                    where.add(condition());
                    while (peekKeyword("AND")) {
                        pos++;
                        where.add(condition());
                    }
                    if (peekKeyword("OR")) {
                        throw Faults.invalidQuery("OR is not supported in a QuickBooks query");
                    }
                }
                case "ORDERBY", "ORDER" -> {
                    if ("ORDER".equals(kw)) {
                        expectKeyword("BY");
                    }
                    order.add(orderItem());
                    while (peekIs(",")) {
                        pos++;
                        order.add(orderItem());
                    }
                }
                case "STARTPOSITION" -> start = number("STARTPOSITION");
                case "MAXRESULTS" -> max = Math.min(number("MAXRESULTS"), MAX_PAGE);
                case "OR" -> throw Faults.invalidQuery("OR is not supported in a QuickBooks query");
                default -> throw Faults.invalidQuery("unexpected token " + kw);
            }
        }
        if (start < 1 || max < 0) {
            throw Faults.invalidQuery("STARTPOSITION must be at least 1 and MAXRESULTS at least 0");
        }
        return new Query(entity, count, fields, where, order, start, max);
    }

    private Query.Condition condition() {
        String property = identifier();
        String op = next();
        String upperOp = upper(op);
        if ("IN".equals(upperOp)) {
            expect("(");
            List<Query.Value> values = new ArrayList<>();
            values.add(value());
            while (peekIs(",")) {
                pos++;
                values.add(value());
            }
            expect(")");
            return new Query.Condition(property, "IN", values);
        }
        if ("LIKE".equals(upperOp)) {
            return new Query.Condition(property, "LIKE", List.of(value()));
        }
        if (!List.of("=", "<", ">", "<=", ">=", "!=").contains(op)) {
            throw Faults.invalidQuery("unsupported operator " + op);
        }
        return new Query.Condition(property, op, List.of(value()));
    }

    private Query.Order orderItem() {
        String property = identifier();
        boolean desc = false;
        if (peekKeyword("DESC")) {
            pos++;
            desc = true;
        } else if (peekKeyword("ASC")) {
            pos++;
        }
        return new Query.Order(property, desc);
    }

    private Query.Value value() {
        if (pos >= tokens.size()) {
            throw Faults.invalidQuery("a value is missing");
        }
        boolean q = quoted.get(pos);
        String t = tokens.get(pos++);
        if (!q && ("(".equals(t) || ")".equals(t) || ",".equals(t))) {
            throw Faults.invalidQuery("a value is missing before " + t);
        }
        return new Query.Value(t, q);
    }

    private int number(String clause) {
        String t = next();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw Faults.invalidQuery(clause + " needs a number, got " + t);
        }
    }

    private String identifier() {
        if (pos >= tokens.size() || quoted.get(pos)) {
            throw Faults.invalidQuery("a property or entity name is missing");
        }
        String t = tokens.get(pos++);
        if (!t.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw Faults.invalidQuery("unexpected token " + t);
        }
        return t;
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw Faults.invalidQuery("the query ends too early");
        }
        return tokens.get(pos++);
    }

    private void expect(String t) {
        if (!t.equals(next())) {
            throw Faults.invalidQuery("expected " + t);
        }
    }

    private void expectKeyword(String kw) {
        if (!kw.equals(upper(next()))) {
            throw Faults.invalidQuery("expected " + kw);
        }
    }

    private boolean peekIs(String t) {
        return pos < tokens.size() && !quoted.get(pos) && t.equals(tokens.get(pos));
    }

    private boolean peekKeyword(String kw) {
        return pos < tokens.size() && !quoted.get(pos) && kw.equals(upper(tokens.get(pos)));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private void tokenize(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder b = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        b.append(s.charAt(i + 1));
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        closed = true;
                        break;
                    } else {
                        b.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw Faults.invalidQuery("a quoted value is not closed");
                }
                add(b.toString(), true);
            } else if ("(),*=".indexOf(c) >= 0) {
                add(String.valueOf(c), false);
                i++;
            } else if (c == '<' || c == '>' || c == '!') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '=') {
                    add(s.substring(i, i + 2), false);
                    i += 2;
                } else if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
                    add("!=", false);
                    i += 2;
                } else {
                    add(String.valueOf(c), false);
                    i++;
                }
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "(),*=<>!'".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                add(s.substring(start, i), false);
            }
        }
    }

    private void add(String token, boolean isQuoted) {
        tokens.add(token);
        quoted.add(isQuoted);
    }
}
