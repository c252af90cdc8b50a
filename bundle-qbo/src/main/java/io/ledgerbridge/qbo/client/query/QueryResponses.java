package io.ledgerbridge.qbo.client.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code QueryResponse} object: {@code {"Customer":[…],"startPosition":1,"maxResults":2,"totalCount":2}}. */
public final class QueryResponses {
    private QueryResponses() {
    }

    /**
     * @param queryResponse the {@code QueryResponse} node; an empty object past the end
     * @param entityName the entity's key in it
     * @param type what to read each record as ({@code JsonNode} keeps it raw)
     * @param mapper the QuickBooks mapper
     */
    public static <R> QueryResult<R> read(JsonNode queryResponse, String entityName, Class<R> type,
                                          ObjectMapper mapper) {
        List<R> items = new ArrayList<>();
        for (JsonNode record : queryResponse.path(entityName)) {
            try {
                items.add(mapper.treeToValue(record, type));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("QuickBooks sent a " + entityName + " this client cannot read: "
                        + e.getOriginalMessage(), e);
            }
        }
        JsonNode total = queryResponse.get("totalCount");
        return new QueryResult<>(items, queryResponse.path("startPosition").asInt(0),
                total == null ? null : total.asInt());
    }
}
