package io.ledgerbridge.qbo.client;

import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.QboEntity;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What changed since a point in time. Deleted records appear as stubs ({@link QboEntity#isDeleted()}); voided
 * transactions as full records with zero amounts. A record may appear again in the next window: apply changes
 * idempotently.
 *
 * @param serverTime QuickBooks' {@code time} of the answer: the next {@code changedSince}, rather than the local clock
 * @param changes changed records by entity name
 */
public record CdcResult(OffsetDateTime serverTime, Map<String, List<QboEntity>> changes) {
    public CdcResult {
        changes = Map.copyOf(changes);
    }

    /** The changed records of one kind (empty if none changed). */
    public <T extends QboEntity> List<T> changes(EntityType<T> type) {
        return changes.getOrDefault(type.name(), List.of()).stream().map(type.type()::cast).toList();
    }
}
