package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.RecordType;

/**
 * Which conflicts to list, and which page.
 *
 * @param openOnly only conflicts still waiting for a decision
 * @param recordType only conflicts of this record type, or {@code null} for all
 * @param offset how many matching conflicts to skip
 * @param limit at most this many (1 to 500)
 * @since 1.1
 */
public record ConflictQuery(boolean openOnly, RecordType recordType, int offset, int limit) {
    public ConflictQuery {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative", "start at 0");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500", "ask for at most 500 conflicts a page");
        }
    }

    /**
     * @param limit at most this many
     * @return the first page of open conflicts of every type
     */
    public static ConflictQuery open(int limit) {
        return new ConflictQuery(true, null, 0, limit);
    }
}
