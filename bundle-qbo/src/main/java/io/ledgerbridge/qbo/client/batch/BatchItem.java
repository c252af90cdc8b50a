package io.ledgerbridge.qbo.client.batch;

import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.client.query.QboQuery;
import java.util.Objects;

/**
 * One operation of a batch call. Items of one batch cannot see each other's results (a customer created in one
 * item cannot be referenced by another) and may run in any order.
 *
 * @param bId the item's id, unique in the batch, at most 10 characters (QuickBooks' limit when a requestid is sent)
 * @param operation {@code create}, {@code update} or {@code delete}; null for a query
 * @param entityType the entity's kind; for a query, the queried kind
 * @param entity the payload, or null for a query
 * @param query the query, or null
 * @param optionsData QuickBooks' {@code optionsData} ({@code "void"} to void with an update), or null
 */
public record BatchItem(String bId, String operation, EntityType<?> entityType, QboEntity entity,
                        QboQuery<?> query, String optionsData) {
    /** QuickBooks' limit on {@code bId} when the batch carries a requestid (always, here). */
    public static final int MAX_BID_LENGTH = 10;

    public BatchItem {
        if (bId == null || bId.isBlank() || bId.length() > MAX_BID_LENGTH) {
            throw new IllegalArgumentException("a bId must have 1 to " + MAX_BID_LENGTH + " characters: " + bId);
        }
        Objects.requireNonNull(entityType, "entityType");
        if ((entity == null) == (query == null)) {
            throw new IllegalArgumentException("a batch item carries either an entity or a query");
        }
    }

    public static BatchItem create(String bId, QboEntity entity) {
        return new BatchItem(bId, "create", EntityType.of(entity), entity, null, null);
    }

    /** A full update: every writable field left out is cleared by QuickBooks. */
    public static BatchItem update(String bId, QboEntity entity) {
        return new BatchItem(bId, "update", EntityType.of(entity), entity, null, null);
    }

    /**
     * A sparse update: only the fields set on {@code changes} (plus Id and SyncToken) are sent and changed.
     * {@code changes} is marked sparse.
     */
    public static BatchItem sparseUpdate(String bId, QboEntity changes) {
        changes.setSparse(true);
        return new BatchItem(bId, "update", EntityType.of(changes), changes, null, null);
    }

    /** Deletes a transaction; only its Id and SyncToken are sent. */
    public static BatchItem delete(String bId, QboEntity entity) {
        return new BatchItem(bId, "delete", EntityType.of(entity), entity, null, null);
    }

    /** Voids a transaction (Invoice, Payment…): an update whose {@code optionsData} is {@code void}. */
    public static BatchItem voidTransaction(String bId, QboEntity entity) {
        return new BatchItem(bId, "update", EntityType.of(entity), entity, null, "void");
    }

    public static BatchItem query(String bId, QboQuery<?> query) {
        return new BatchItem(bId, null, query.entity(), null, query, null);
    }

    /** How the item is named in messages, e.g. {@code "batch item b1 (create Invoice)"}. */
    public String describe() {
        return "batch item " + bId + " (" + (query != null ? "query " + entityType.name()
                : ("void".equals(optionsData) ? "void" : operation) + " " + entityType.name() + (entity.getId() == null ? "" : " " + entity.getId())) + ")";
    }
}
