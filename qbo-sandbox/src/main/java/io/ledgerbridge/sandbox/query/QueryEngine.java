package io.ledgerbridge.sandbox.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.entity.EntityKind;
import io.ledgerbridge.sandbox.entity.EntityKinds;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.store.FieldIndex;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Runs a {@link Query} against one company. Entity and property names match without case and answer under their
 * canonical names; name lists answer active records unless the WHERE names Active; text compares case-insensitively;
 * a page past the end is an empty {@code QueryResponse}.
 */
public final class QueryEngine {
    /** The queryable documents that are not entity kinds (the router serves them by these names). */
    private static final List<String> SINGLETONS = List.of("CompanyInfo", "Preferences");

    private QueryEngine() {
    }

    /** The {@code QueryResponse} object for {@code text}; {@code extra} supplies CompanyInfo and Preferences. */
    public static ObjectNode run(Company company, String text, Function<String, ObjectNode> singletons) {
        Query q = QueryParser.parse(text);
        EntityKind kind = EntityKinds.byPath(q.entity());
        String entity = kind != null ? kind.name()
                : SINGLETONS.stream().filter(n -> n.equalsIgnoreCase(q.entity())).findFirst().orElse(q.entity());
        ObjectNode singleton = kind == null ? singletons.apply(entity) : null;
        if (kind == null && singleton == null) {
            throw Faults.invalidQuery("invalid context declaration: " + q.entity());
        }
        if (kind != null) {
            q.where().forEach(c -> Filterable.check(kind.name(), c.property()));
        }
        ZoneId zone = company.settings().zone();
        boolean namesActive = q.where().stream().anyMatch(c -> c.property().equalsIgnoreCase("Active"));
        List<ObjectNode> matches = new ArrayList<>();
        synchronized (company.lock()) {
            Collection<ObjectNode> candidates = kind != null ? candidates(company, kind.name(), q.where()) : List.of(singleton);
            for (ObjectNode e : candidates) {
                if (kind != null && kind.nameList() && !namesActive && !Json.bool(e, "Active", true)) {
                    continue;
                }
                if (q.where().stream().allMatch(c -> matches(e, c, zone))) {
                    matches.add(kind != null ? e.deepCopy() : e);
                }
            }
        }
        ObjectNode response = Json.object();
        if (q.count()) {
            response.put("totalCount", matches.size());
            return response;
        }
        matches.sort(comparator(q, kind, zone));
        int from = q.startPosition() - 1;
        int to = Math.min(matches.size(), from + q.maxResults());
        if (from >= matches.size() || from >= to) {
            return response;
        }
        ArrayNode page = Json.array();
        for (ObjectNode e : matches.subList(from, to)) {
            page.add(project(e, q.fields()));
        }
        response.set(entity, page);
        response.put("startPosition", q.startPosition());
        response.put("maxResults", page.size());
        return response;
    }

    /**
     * The entities a WHERE can match: from a company index when a condition compares an indexed field (Id,
     * DisplayName, Name, DocNumber, PrimaryEmailAddr) by {@code =}, {@code IN} or a {@code LIKE 'prefix%'}, otherwise
     * every entity of the type. An index answers a superset; {@link #matches} decides as it does for a scan.
     */
    private static Collection<ObjectNode> candidates(Company company, String type, List<Query.Condition> where) {
        for (Query.Condition c : where) {
            String field = Company.SEARCHABLE.stream().filter(f -> f.equalsIgnoreCase(c.property())).findFirst().orElse(null);
            if (field == null) {
                continue;
            }
            // a value that reads as a date compares as an instant, which no text index knows
            boolean dates = c.values().stream().anyMatch(v -> looksLikeDate(v.text()));
            if (("=".equals(c.op()) || "IN".equals(c.op())) && !dates) {
                Set<ObjectNode> found = Collections.newSetFromMap(new IdentityHashMap<>());
                c.values().forEach(v -> found.addAll(company.lookUp(type, field, v.text())));
                return found;
            }
            String pattern = "LIKE".equals(c.op()) ? c.values().get(0).text() : "";
            int wildcard = pattern.indexOf('%');
            String prefix = wildcard < 0 ? pattern : pattern.substring(0, wildcard);
            if (!prefix.isBlank()) {
                return company.lookUpPrefix(type, field, prefix);
            }
        }
        return company.all(type);
    }

    private static ObjectNode project(ObjectNode e, List<String> fields) {
        if (fields.isEmpty()) {
            return e;
        }
        ObjectNode out = Json.object().put("domain", "QBO").put("sparse", true);
        for (String f : fields) {
            // a nested property (MetaData.CreateTime) brings its whole top-level object, under the canonical name
            String name = canonicalField(e, f.split("\\.")[0]);
            if (name != null) {
                out.set(name, e.get(name));
            }
        }
        return out;
    }

    private static String canonicalField(JsonNode e, String name) {
        var names = e.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (n.equalsIgnoreCase(name)) {
                return n;
            }
        }
        return null;
    }

    static JsonNode resolve(JsonNode e, String property) {
        JsonNode cursor = e;
        for (String part : property.split("\\.")) {
            if (cursor == null) {
                return null;
            }
            JsonNode next = cursor.get(part);
            if (next == null && cursor.isObject()) {
                // the docs write both MetaData and Metadata
                var names = cursor.fieldNames();
                while (names.hasNext()) {
                    String n = names.next();
                    if (n.equalsIgnoreCase(part)) {
                        next = cursor.get(n);
                        break;
                    }
                }
            }
            cursor = next;
        }
        if (cursor != null && cursor.isObject()) {
            // references compare by value, e-mail by address, web address by URI
            for (String inner : new String[] {"value", "Address", "URI", "FreeFormNumber"}) {
                if (cursor.has(inner)) {
                    return cursor.get(inner);
                }
            }
        }
        return cursor;
    }

    private static boolean matches(ObjectNode e, Query.Condition c, ZoneId zone) {
        JsonNode actual = resolve(e, c.property());
        if (actual == null || actual.isNull()) {
            return false;
        }
        return switch (c.op()) {
            case "IN" -> c.values().stream().anyMatch(v -> compare(actual, v, zone) == 0);
            case "LIKE" -> like(actual.asText(), c.values().get(0).text());
            case "=" -> compare(actual, c.values().get(0), zone) == 0;
            case "!=" -> compare(actual, c.values().get(0), zone) != 0;
            case "<" -> compare(actual, c.values().get(0), zone) < 0;
            case ">" -> compare(actual, c.values().get(0), zone) > 0;
            case "<=" -> compare(actual, c.values().get(0), zone) <= 0;
            default -> compare(actual, c.values().get(0), zone) >= 0;
        };
    }

    private static boolean like(String actual, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("%", -1)) {
            if (regex.length() > 0 || pattern.startsWith("%")) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        String r = pattern.startsWith("%") ? regex.toString() : regex.toString().replaceFirst("^\\.\\*", "");
        return Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(actual).matches();
    }

    static int compare(JsonNode actual, Query.Value v, ZoneId zone) {
        String expected = v.text();
        if (actual.isBoolean()) {
            return Boolean.compare(actual.asBoolean(), Boolean.parseBoolean(expected));
        }
        BigDecimal a = FieldIndex.number(actual.asText());
        BigDecimal b = FieldIndex.number(expected);
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        if (looksLikeDate(actual.asText()) && looksLikeDate(expected)) {
            Instant ia = Times.parseInstant(actual.asText(), zone);
            Instant ib = Times.parseInstant(expected, zone);
            if (ia != null && ib != null) {
                return ia.compareTo(ib);
            }
        }
        return actual.asText().compareToIgnoreCase(expected);
    }

    private static boolean looksLikeDate(String s) {
        return s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
    }

    private static Comparator<ObjectNode> comparator(Query q, EntityKind kind, ZoneId zone) {
        Comparator<ObjectNode> byId = Comparator.comparing(e -> idNumber(e.path("Id").asText()));
        List<Query.Order> orders = new ArrayList<>(q.orderBy());
        if (orders.isEmpty() && kind != null && !"Id".equals(kind.defaultOrder())) {
            orders.add(new Query.Order(kind.defaultOrder(), false));
        }
        Comparator<ObjectNode> result = null;
        for (Query.Order o : orders) {
            Comparator<ObjectNode> c = "Id".equalsIgnoreCase(o.property()) ? byId : (x, y) -> {
                JsonNode a = resolve(x, o.property());
                JsonNode b = resolve(y, o.property());
                if (a == null || b == null) {
                    return a == null ? (b == null ? 0 : -1) : 1;
                }
                return compare(a, new Query.Value(b.asText(), true), zone);
            };
            if (o.descending()) {
                c = c.reversed();
            }
            result = result == null ? c : result.thenComparing(c);
        }
        return result == null ? byId : result.thenComparing(byId);
    }

    private static long idNumber(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE + id.toUpperCase(Locale.ROOT).hashCode();
        }
    }
}
