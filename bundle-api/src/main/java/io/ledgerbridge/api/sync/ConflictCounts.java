package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.event.RecordType;
import java.util.Map;

/**
 * Open conflicts by record type, for the badges of settings pages and navigation.
 *
 * @param open open conflicts per record type; types without any are absent
 * @since 1.1
 */
public record ConflictCounts(Map<RecordType, Integer> open) {
    public ConflictCounts {
        open = Map.copyOf(Checks.required(open, "open"));
    }

    /** @return all open conflicts */
    public int total() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }
}
