package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Line bookkeeping: Ids kept for known lines and issued for new ones, LineNum, amounts. */
final class Lines {
    private Lines() {
    }

    /** The request's lines, required and non-empty when {@code required}. */
    static ArrayNode of(ObjectNode e, boolean required) {
        JsonNode lines = e.get("Line");
        if (lines == null || lines.isNull()) {
            if (required) {
                throw Faults.required("Line");
            }
            ArrayNode empty = Json.array();
            e.set("Line", empty);
            return empty;
        }
        if (!lines.isArray()) {
            throw Faults.invalidType("Line");
        }
        if (required && lines.isEmpty()) {
            throw Faults.required("Line");
        }
        for (JsonNode l : lines) {
            if (!l.isObject()) {
                throw Faults.invalidType("Line");
            }
        }
        return (ArrayNode) lines;
    }

    /**
     * A line with an Id that exists on the stored version keeps it; one with no Id, an Id of 0 or less, or an
     * unknown Id is a new line and gets the next number.
     */
    static void assignIds(ArrayNode lines, ObjectNode previous, int startAt) {
        Set<String> known = new HashSet<>();
        long max = startAt - 1L;
        if (previous != null) {
            for (JsonNode l : previous.path("Line")) {
                String id = Json.text(l, "Id");
                if (id != null) {
                    known.add(id);
                    max = Math.max(max, parse(id));
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (JsonNode l : lines) {
            String id = Json.text(l, "Id");
            if (id != null && known.contains(id) && parse(id) > 0 && used.add(id)) {
                continue;
            }
            ((ObjectNode) l).put("Id", Long.toString(++max));
        }
    }

    static void number(ArrayNode lines) {
        int n = 1;
        for (JsonNode l : lines) {
            ((ObjectNode) l).put("LineNum", n++);
        }
    }

    static BigDecimal amount(JsonNode line) {
        BigDecimal a = Json.decimal(line, "Amount");
        return a == null ? BigDecimal.ZERO : a;
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void description(EntityContext ctx, JsonNode line) {
        ctx.maxLength(line, "Description", 4000);
    }

    /** A line's Amount, which the request must give (Line.Amount). */
    static BigDecimal requiredAmount(JsonNode line) {
        BigDecimal amount = Json.decimal(line, "Amount");
        if (amount == null) {
            throw Faults.required("Line.Amount");
        }
        return amount;
    }

    /** A line's DetailType, which the request must give, one of {@code allowed}. */
    static String detailType(JsonNode line, Set<String> allowed) {
        String type = Json.text(line, "DetailType");
        if (type == null) {
            throw Faults.required("Line.DetailType");
        }
        if (!allowed.contains(type)) {
            throw Faults.invalidEnum("DetailType", type);
        }
        return type;
    }
}
