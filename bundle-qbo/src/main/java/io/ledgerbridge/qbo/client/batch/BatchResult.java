package io.ledgerbridge.qbo.client.batch;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcomes of a batch call by {@code bId}, in the order the items were sent. */
public final class BatchResult {
    private final Map<String, BatchItemResult> byBId;

    public BatchResult(List<BatchItemResult> results) {
        Map<String, BatchItemResult> map = new LinkedHashMap<>();
        results.forEach(r -> map.put(r.bId(), r));
        this.byBId = java.util.Collections.unmodifiableMap(map);
    }

    /** The outcome of the item {@code bId}. */
    public BatchItemResult get(String bId) {
        BatchItemResult result = byBId.get(bId);
        if (result == null) {
            throw new IllegalArgumentException("no batch item " + bId);
        }
        return result;
    }

    public Collection<BatchItemResult> all() {
        return byBId.values();
    }

    public boolean allSucceeded() {
        return byBId.values().stream().allMatch(BatchItemResult::isSuccess);
    }
}
