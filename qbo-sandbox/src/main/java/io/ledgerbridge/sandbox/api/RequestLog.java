package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every request the sandbox served (Accounting API and OAuth), so tests can assert "one invoice create per host
 * invoice" or "zero 429s". {@code endpoint} is "METHOD area", e.g. {@code POST invoice}, {@code GET query}.
 */
public final class RequestLog {
    /**
     * @param operation create, update, read, delete, void, query, batch, cdc, token, authorize… (null if unknown)
     * @param entity the QuickBooks entity name when there is one
     * @param queries the query statements the request carried, as received (a query call's one, a batch's items')
     * @param contentType the request body's media type without parameters (e.g. {@code application/json}), or null
     */
    public record Entry(long seq, Instant at, String realmId, String method, String path, String endpoint,
                        String operation, String entity, int status, String faultCode, String requestId, boolean replayed,
                        List<String> queries, String contentType) {
        public Entry {
            queries = queries == null ? List.of() : List.copyOf(queries);
        }

        public ObjectNode toJson() {
            ObjectNode o = Json.object().put("seq", seq).put("at", at.toString()).put("realmId", realmId)
                    .put("method", method).put("path", path).put("endpoint", endpoint).put("operation", operation)
                    .put("entity", entity).put("status", status).put("faultCode", faultCode)
                    .put("requestId", requestId).put("replayed", replayed).put("contentType", contentType);
            ArrayNode q = o.putArray("queries");
            queries.forEach(q::add);
            return o;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long seq;

    public synchronized void add(Instant at, String realmId, String method, String path, String endpoint, String operation,
                                 String entity, int status, String faultCode, String requestId, boolean replayed,
                                 List<String> queries) {
        add(at, realmId, method, path, endpoint, operation, entity, status, faultCode, requestId, replayed, queries, null);
    }

    public synchronized void add(Instant at, String realmId, String method, String path, String endpoint, String operation,
                                 String entity, int status, String faultCode, String requestId, boolean replayed,
                                 List<String> queries, String contentType) {
        entries.add(new Entry(++seq, at, realmId, method, path, endpoint, operation, entity, status, faultCode, requestId,
                replayed, queries, contentType));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized long count(Predicate<Entry> filter) {
        return entries.stream().filter(filter).count();
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** Counts by endpoint, by status, by endpoint and status, and by operation and entity. */
    public synchronized ObjectNode counts() {
        Map<String, Long> byEndpoint = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byEndpointStatus = new TreeMap<>();
        Map<String, Long> byOperation = new TreeMap<>();
        for (Entry e : entries) {
            byEndpoint.merge(e.endpoint(), 1L, Long::sum);
            byStatus.merge(Integer.toString(e.status()), 1L, Long::sum);
            byEndpointStatus.merge(e.endpoint() + " " + e.status(), 1L, Long::sum);
            if (e.operation() != null) {
                byOperation.merge(e.operation() + (e.entity() == null ? "" : " " + e.entity()), 1L, Long::sum);
            }
        }
        ObjectNode out = Json.object().put("total", entries.size());
        out.set("byEndpoint", Json.MAPPER.valueToTree(byEndpoint));
        out.set("byStatus", Json.MAPPER.valueToTree(byStatus));
        out.set("byEndpointAndStatus", Json.MAPPER.valueToTree(byEndpointStatus));
        out.set("byOperation", Json.MAPPER.valueToTree(byOperation));
        return out;
    }

    public synchronized ArrayNode toJson(int limit) {
        ArrayNode out = Json.array();
        int from = Math.max(0, entries.size() - limit);
        entries.subList(from, entries.size()).forEach(e -> out.add(e.toJson()));
        return out;
    }
}
