package io.ledgerbridge.qbo.client.query;

import java.util.List;

/**
 * One page of a query.
 *
 * @param items the records of the page; empty past the end
 * @param startPosition the page's STARTPOSITION, or 0 when QuickBooks did not say
 * @param totalCount the {@code totalCount} QuickBooks sends for {@code COUNT(*)}, or null
 * @param <T> the record type
 */
public record QueryResult<T>(List<T> items, int startPosition, Integer totalCount) {
    public QueryResult {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
