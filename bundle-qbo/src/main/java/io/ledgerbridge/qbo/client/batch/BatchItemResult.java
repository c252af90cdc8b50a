package io.ledgerbridge.qbo.client.batch;

import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.client.query.QueryResult;

/**
 * The outcome of one batch item: exactly one of entity, query result or failure is set.
 *
 * @param item the item sent
 * @param entity the entity QuickBooks returned (a {@code Deleted} stub for a delete), or null
 * @param queryResult the result of a query item, or null
 * @param failure the item's fault, translated like any other QuickBooks failure, or null
 */
public record BatchItemResult(BatchItem item, QboEntity entity, QueryResult<QboEntity> queryResult,
                              QboException failure) {

    public String bId() {
        return item.bId();
    }

    public boolean isSuccess() {
        return failure == null;
    }

    /** The entity, typed. */
    public <T extends QboEntity> T entity(Class<T> type) {
        return type.cast(entity);
    }
}
