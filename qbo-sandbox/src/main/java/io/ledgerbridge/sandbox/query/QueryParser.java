package io.ledgerbridge.sandbox.query;

import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.api.QboFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the QuickBooks query language as Intuit does: keywords, entity and property names are case-insensitive;
 * values are {@code 'quoted'} with {@code \'} escaping a quote, bare numbers, or true/false. What the grammar does
 * not have (OR, JOIN, GROUP BY, a missing clause) is Intuit's 4000 {@code QueryParserError}, naming the token and its
 * column; what parses but cannot run (an unknown entity, a property that is not filterable) is 4001, found later.
 */
public final class QueryParser {
    /** The largest page QuickBooks serves; a bigger MAXRESULTS is served as 1000. */
    public static final int MAX_PAGE = 1000;
    static final int DEFAULT_PAGE = 100;
    /** Words of the grammar, never names: {@code select from Customer} fails at {@code from}, as at Intuit. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "IN",
            "LIKE", "ORDER", "ORDERBY", "BY", "STARTPOSITION", "MAXRESULTS");
    private final List<String> tokens;
    private final List<Boolean> quoted;
    private final List<Integer> columns;
    private final int end;
    private int pos;

    private QueryParser(String text) {
        this.tokens = new ArrayList<>();
        this.quoted = new ArrayList<>();
        this.columns = new ArrayList<>();
        this.end = text.length() + 1;
        tokenize(text);
    }

    public static Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw Faults.queryParse("Encountered \"<EOF>\" at line 1, column 1. Was expecting: \"SELECT\"");
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
                default -> throw unexpected(pos - 1, "WHERE, AND, ORDERBY, STARTPOSITION or MAXRESULTS"
                        + ("OR".equals(kw) ? " (a QuickBooks query has no OR: use IN, or run one query per value)" : ""));
            }
        }
        if (start < 1 || max < 0) {
            throw Faults.invalidQuery("STARTPOSITION must be at least 1 and MAXRESULTS at least 0");
        }
        return new Query(entity, count, fields, where, order, start, max);
    }

    private Query.Condition condition() {
        String property = identifier();
        int opAt = pos;
        String op = next("an operator");
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
        if (quoted.get(opAt) || !List.of("=", "<", ">", "<=", ">=", "!=").contains(op)) {
            throw unexpected(opAt, "one of =, <, >, <=, >=, !=, IN, LIKE");
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
            throw unexpected(pos, "a value");
        }
        boolean q = quoted.get(pos);
        String t = tokens.get(pos++);
        if (!q && ("(".equals(t) || ")".equals(t) || ",".equals(t) || "*".equals(t))) {
            throw unexpected(pos - 1, "a value");
        }
        return new Query.Value(t, q);
    }

    private int number(String clause) {
        String t = next("a number after " + clause);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw unexpected(pos - 1, "a number after " + clause);
        }
    }

    private String identifier() {
        if (pos >= tokens.size() || quoted.get(pos) || !tokens.get(pos).matches("[A-Za-z_][A-Za-z0-9_.]*")
                || RESERVED.contains(upper(tokens.get(pos)))) {
            throw unexpected(pos, "a name");
        }
        return tokens.get(pos++);
    }

    private String next() {
        return next("more of the query");
    }

    private String next(String expecting) {
        if (pos >= tokens.size()) {
            throw unexpected(pos, expecting);
        }
        return tokens.get(pos++);
    }

    private void expect(String t) {
        if (!peekIs(t)) {
            throw unexpected(pos, "\"" + t + "\"");
        }
        pos++;
    }

    private void expectKeyword(String kw) {
        if (!peekKeyword(kw)) {
            throw unexpected(pos, "\"" + kw + "\"");
        }
        pos++;
    }

    /** Intuit's parser message: {@code Encountered " <token> " at line 1, column n. Was expecting: …}. */
    private QboFault unexpected(int at, String expecting) {
        boolean eof = at >= tokens.size();
        String found = eof ? "<EOF>" : quoted.get(at) ? "'" + tokens.get(at) + "'" : tokens.get(at);
        int column = eof ? end : columns.get(at);
        return Faults.queryParse("Encountered \"" + found + "\" at line 1, column " + column + ". Was expecting: " + expecting);
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
                int open = i;
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
                    throw Faults.queryParse("Lexical error at line 1, column " + (s.length() + 1)
                            + ". Encountered: <EOF> after : \"" + s.substring(open) + "\" (close the quoted value; "
                            + "write a quote inside it as \\')");
                }
                add(b.toString(), true, open);
            } else if ("(),*=".indexOf(c) >= 0) {
                add(String.valueOf(c), false, i);
                i++;
            } else if (c == '<' || c == '>' || c == '!') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '=') {
                    add(s.substring(i, i + 2), false, i);
                    i += 2;
                } else if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
                    add("!=", false, i);
                    i += 2;
                } else {
                    add(String.valueOf(c), false, i);
                    i++;
                }
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "(),*=<>!'".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                add(s.substring(start, i), false, start);
            }
        }
    }

    private void add(String token, boolean isQuoted, int index) {
        tokens.add(token);
        quoted.add(isQuoted);
        columns.add(index + 1);
    }
}
