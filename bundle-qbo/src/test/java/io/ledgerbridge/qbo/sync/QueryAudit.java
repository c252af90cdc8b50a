package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.api.RequestLog;
import io.ledgerbridge.sandbox.query.Query;
import io.ledgerbridge.sandbox.query.QueryParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every query statement the sandbox received (its request log, batch items included) and counts those whose
 * parsed WHERE clause is not what the connector means to ask: every look-up is one equality, optionally with
 * {@code Active IN (true, false)}, and a fuzz value (found by its marker) must arrive whole, inside that equality's
 * quoted value. For a look-up the fuzz made directly, the value must be exactly the one given, on the field given.
 */
final class QueryAudit {
    private static final Pattern MARKER = Pattern.compile("fz\\d+x");

    private final Map<String, String[]> expected = new HashMap<>();

    /** Records a direct look-up: {@code field = value}, the value starting with its marker. */
    void expect(String value, String field) {
        Matcher m = MARKER.matcher(value);
        if (m.lookingAt()) {
            expected.put(m.group(), new String[] {field, value});
        }
    }

    /** @return how many statements were audited */
    int audit(QboSandbox sandbox, FuzzTally tally) {
        int statements = 0;
        for (RequestLog.Entry entry : sandbox.admin().requests()) {
            for (String statement : entry.queries()) {
                statements++;
                String problem = problem(statement);
                if (problem != null) {
                    tally.injected(problem + ": " + statement);
                }
            }
        }
        return statements;
    }

    private String problem(String statement) {
        Query q;
        try {
            q = QueryParser.parse(statement);
        } catch (RuntimeException e) {
            return "does not parse (" + e.getMessage() + ")";
        }
        Query.Condition equality = null;
        for (Query.Condition c : q.where()) {
            if (isActiveBoth(c)) {
                continue;
            }
            if (equality != null || !"=".equals(c.op()) || c.values().size() != 1 || !c.values().get(0).quoted()) {
                return "not a single equality";
            }
            equality = c;
        }
        Matcher m = MARKER.matcher(statement);
        while (m.find()) {
            String marker = m.group();
            if (equality == null || !equality.values().get(0).text().contains(marker)) {
                return "the value with " + marker + " escaped its quotes";
            }
            String[] wanted = expected.get(marker);
            if (wanted != null && (!wanted[0].equals(equality.property())
                    || !wanted[1].equals(equality.values().get(0).text()))) {
                return "asked " + wanted[0] + " = <the value of " + marker + ">, received " + equality.property()
                        + " = " + equality.values().get(0).text();
            }
        }
        return null;
    }

    private static boolean isActiveBoth(Query.Condition c) {
        return "Active".equals(c.property()) && "IN".equals(c.op()) && c.values().size() == 2
                && c.values().stream().noneMatch(Query.Value::quoted)
                && List.of("true", "false").equals(c.values().stream().map(Query.Value::text).toList());
    }
}
