package io.ledgerbridge.qbo.client.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.qbo.client.error.ErrorDetails;
import io.ledgerbridge.qbo.client.error.ErrorTranslator;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.client.query.QueryResponses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes {@code BatchItemRequest} bodies and matches {@code BatchItemResponse} elements to their items by bId. */
public final class BatchCodec {
    /** Intuit's recommended maximum of items per batch call. */
    public static final int MAX_ITEMS = 30;

    private final ObjectMapper mapper;
    private final ErrorTranslator errors;

    public BatchCodec(ObjectMapper mapper, ErrorTranslator errors) {
        this.mapper = mapper;
        this.errors = errors;
    }

    /** The request body; checks the item count and that bIds are unique. */
    public ObjectNode request(List<BatchItem> items) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_ITEMS + " items, not " + items.size());
        }
        Set<String> seen = new HashSet<>();
        ObjectNode body = mapper.createObjectNode();
        ArrayNode array = body.putArray("BatchItemRequest");
        for (BatchItem item : items) {
            if (!seen.add(item.bId())) {
                throw new IllegalArgumentException("duplicate bId in batch: " + item.bId());
            }
            ObjectNode node = array.addObject().put("bId", item.bId());
            if (item.query() != null) {
                node.put("Query", item.query().statement());
                continue;
            }
            node.put("operation", item.operation());
            if (item.optionsData() != null) {
                node.put("optionsData", item.optionsData());
            }
            node.set(item.entityType().name(), "delete".equals(item.operation()) || item.optionsData() != null
                    ? idAndSyncToken(item.entity()) : mapper.valueToTree(item.entity()));
        }
        return body;
    }

    /** The outcome of every item, in request order; an item QuickBooks did not answer becomes a failure. */
    public BatchResult response(List<BatchItem> items, JsonNode envelope, String intuitTid) {
        Map<String, JsonNode> byBId = new HashMap<>();
        for (JsonNode element : envelope.path("BatchItemResponse")) {
            byBId.put(element.path("bId").asText(), element);
        }
        List<BatchItemResult> results = new ArrayList<>();
        for (BatchItem item : items) {
            results.add(result(item, byBId.get(item.bId()), intuitTid));
        }
        return new BatchResult(results);
    }

    private BatchItemResult result(BatchItem item, JsonNode element, String intuitTid) {
        if (element == null) {
            return new BatchItemResult(item, null, null, new QboException("QB API error: QuickBooks returned no"
                    + " result for " + item.describe() + "; sync again", new ErrorDetails(item.describe(), 200,
                    null, null, "missing from BatchItemResponse", null, intuitTid), null));
        }
        if (element.hasNonNull("Fault")) {
            return new BatchItemResult(item, null, null,
                    errors.fromBatchFault(item.describe(), element.get("Fault"), intuitTid));
        }
        String name = item.entityType().name();
        if (item.query() != null) {
            return new BatchItemResult(item, null, QueryResponses.read(element.path("QueryResponse"), name,
                    castType(item), mapper), null);
        }
        try {
            QboEntity entity = mapper.treeToValue(element.path(name), item.entityType().type());
            return new BatchItemResult(item, entity, null, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("QuickBooks sent a " + name + " this client cannot read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<QboEntity> castType(BatchItem item) {
        return (Class<QboEntity>) item.entityType().type();
    }

    private ObjectNode idAndSyncToken(QboEntity entity) {
        return mapper.createObjectNode().put("Id", entity.getId()).put("SyncToken", entity.getSyncToken());
    }
}
