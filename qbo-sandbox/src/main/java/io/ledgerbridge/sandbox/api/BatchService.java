package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.entity.EntityKind;
import io.ledgerbridge.sandbox.entity.EntityKinds;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.query.QueryEngine;
import io.ledgerbridge.sandbox.store.Company;
import java.util.Iterator;
import java.util.Set;

/**
 * {@code POST /batch}: up to 30 items, each a create, update, delete, void or query. Items run in order and fail
 * on their own; each result carries its {@code bId}; the HTTP status stays 200.
 */
public final class BatchService {
    public static final int MAX_ITEMS = 30;
    private final EntityService entities;

    public BatchService(EntityService entities) {
        this.entities = entities;
    }

    /** The number of items in a batch body, for throttling; 1 when it cannot be read. */
    public static int size(JsonNode body) {
        JsonNode items = body == null ? null : body.get("BatchItemRequest");
        return items != null && items.isArray() ? Math.max(1, items.size()) : 1;
    }

    ArrayNode run(Company company, JsonNode body, Set<String> include) {
        JsonNode items = body.get("BatchItemRequest");
        if (items == null || !items.isArray()) {
            throw Faults.required("BatchItemRequest");
        }
        if (items.size() > MAX_ITEMS) {
            throw QboFault.validation("1000", "Batch size limit exceeded",
                    "The batch holds " + items.size() + " items; at most " + MAX_ITEMS + " are allowed.", "BatchItemRequest");
        }
        ArrayNode out = Json.array();
        for (JsonNode item : items) {
            ObjectNode result = Json.object();
            try {
                item(company, item, result, include);
            } catch (QboFault fault) {
                result.removeAll();
                result.set("Fault", fault.faultNode());
            }
            result.put("bId", Json.text(item, "bId"));
            out.add(result);
        }
        return out;
    }

    private void item(Company company, JsonNode item, ObjectNode result, Set<String> include) {
        if (Json.text(item, "bId") == null) {
            throw Faults.required("bId");
        }
        if (item.has("Query")) {
            result.set("QueryResponse", QueryEngine.run(company, Json.text(item, "Query"), n -> null));
            return;
        }
        EntityKind kind = null;
        JsonNode payload = null;
        Iterator<String> names = item.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (EntityKinds.byName(name) != null) {
                kind = EntityKinds.byName(name);
                payload = item.get(name);
            } else if (!Set.of("bId", "operation", "optionsData").contains(name)) {
                throw Faults.unknownProperty(name, "BatchItemRequest");
            }
        }
        if (kind == null) {
            throw Faults.required("an entity or Query");
        }
        String operation = Json.text(item, "operation");
        operation = operation == null ? "create" : operation.toLowerCase();
        boolean voidIt = "void".equals(operation) || "void".equalsIgnoreCase(Json.text(item, "optionsData"));
        ObjectNode answer = switch (voidIt ? "void" : operation) {
            case "create", "update" -> entities.save(company, kind, payload, include.contains("allowduplicatedocnum"));
            case "delete" -> entities.delete(company, kind, payload);
            case "void" -> entities.voidTxn(company, kind, payload);
            default -> throw Faults.invalidEnum("operation", operation);
        };
        result.set(kind.name(), answer);
    }
}
