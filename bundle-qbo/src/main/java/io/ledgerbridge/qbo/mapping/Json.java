package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small builders for QuickBooks JSON shapes. */
final class Json {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    static ObjectNode object() {
        return F.objectNode();
    }

    /** A ReferenceType: {@code {"value": id}}. */
    static ObjectNode ref(String id) {
        return F.objectNode().put("value", id);
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
