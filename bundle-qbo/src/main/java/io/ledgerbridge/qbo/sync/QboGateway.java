package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import java.util.List;

/**
 * What the engine needs of QuickBooks, over entity JSON in QuickBooks' own names (the mapper builds it). One adapter
 * implements it over the QBO client (which owns the rate limiter and translates faults into {@link QboFault}).
 * Every write carries the engine's deterministic {@code requestid}, so a retry replays instead of writing twice.
 */
public interface QboGateway {

    /**
     * @param tenant the company's tenant
     * @param entity QuickBooks' entity name, e.g. {@code Customer}
     * @param body the entity without Id
     * @param requestId the idempotency key (at most 50 characters)
     * @return the created entity as QuickBooks returned it
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    ObjectNode create(TenantId tenant, String entity, ObjectNode body, String requestId);

    /**
     * A sparse update: only the fields in the body change.
     *
     * @param tenant the company's tenant
     * @param entity the entity name
     * @param body Id, SyncToken and the fields to change
     * @param requestId the idempotency key
     * @return the updated entity
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    ObjectNode update(TenantId tenant, String entity, ObjectNode body, String requestId);

    /**
     * Voids a transaction (never deletes it).
     *
     * @param tenant the company's tenant
     * @param entity {@code Invoice} or {@code Payment}
     * @param id its Id
     * @param syncToken its SyncToken
     * @param requestId the idempotency key
     * @return the voided entity
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    ObjectNode voidTxn(TenantId tenant, String entity, String id, String syncToken, String requestId);

    /**
     * @param tenant the company's tenant
     * @param entity the entity name
     * @param id its Id
     * @return the entity
     * @throws QboFault NOT_FOUND when it was deleted
     */
    ObjectNode read(TenantId tenant, String entity, String id);

    /**
     * @param tenant the company's tenant
     * @param entity the entity name, e.g. {@code Customer}
     * @param equals field = value conditions, ANDed (values are quoted by the implementation)
     * @param includeInactive whether inactive name-list records are included
     * @return the matching entities (every page)
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    List<ObjectNode> query(TenantId tenant, String entity, java.util.Map<String, String> equals,
            boolean includeInactive);

    /**
     * Several look-ups at once (the client sends them as batch calls of up to 30 queries).
     *
     * @param tenant the company's tenant
     * @param queries the look-ups
     * @return each look-up's matches, in order
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    default List<List<ObjectNode>> queries(TenantId tenant, List<Query> queries) {
        return queries.stream().map(q -> query(tenant, q.entity(), q.equals(), q.includeInactive())).toList();
    }

    /**
     * One look-up.
     *
     * @param entity the entity name
     * @param equals field = value conditions
     * @param includeInactive whether inactive records count
     */
    record Query(String entity, java.util.Map<String, String> equals, boolean includeInactive) {
    }

    /**
     * One page of a query ordered by Id, for paging through a whole list (imports, the company's customer index).
     *
     * @param tenant the company's tenant
     * @param query the conditions
     * @param startPosition the first row, counted from 1
     * @param maxResults the page size, at most 1000
     * @return the page (shorter than {@code maxResults} only at the end)
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    List<ObjectNode> page(TenantId tenant, PageQuery query, int startPosition, int maxResults);

    /**
     * @param tenant the company's tenant
     * @param query the conditions
     * @return how many rows the query matches ({@code SELECT COUNT(*)})
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    int count(TenantId tenant, PageQuery query);

    /**
     * A query to page through.
     *
     * @param entity the entity name
     * @param where conditions, ANDed
     * @param includeInactive whether inactive name-list records are included
     */
    record PageQuery(String entity, List<Condition> where, boolean includeInactive) {
        public PageQuery {
            where = List.copyOf(where);
        }
    }

    /**
     * One condition of a {@link PageQuery}.
     *
     * @param field the field
     * @param op {@code =}, {@code >}, {@code >=}, {@code IN} or {@code LIKE} ({@code %} the wildcard)
     * @param values one value, or the IN list
     */
    record Condition(String field, String op, List<String> values) {
        public Condition {
            values = List.copyOf(values);
        }
    }

    /**
     * Independent writes in one call (at most 30); each item succeeds or fails on its own.
     *
     * @param tenant the company's tenant
     * @param items the writes
     * @param requestId the batch's idempotency key (at most 36 characters)
     * @return one result per item, by bId
     * @throws QboFault when the batch as a whole fails
     */
    List<BatchResult> batch(TenantId tenant, List<BatchItem> items, String requestId);

    /**
     * @param tenant the company's tenant
     * @return the company's country, home currency and preferences the engine checks
     * @throws QboFault when QuickBooks refuses or cannot be reached
     */
    CompanyFacts company(TenantId tenant);

    /**
     * When the company's throttle would let a flight of work go; nothing is taken. A turn asks before it claims rows,
     * so it never plans records it could not send.
     *
     * @param tenant the tenant
     * @param operations the operations the flight would send
     * @param batchCalls how many of them travel in batch calls
     * @return an instant at or before now when it may go now
     */
    default java.time.Instant readyAt(TenantId tenant, int operations, int batchCalls) {
        return java.time.Instant.MIN;
    }

    /**
     * One write of a batch.
     *
     * @param bId the item's id in the batch (at most 10 characters)
     * @param operation {@code create} or {@code update}
     * @param entity the entity name
     * @param body the entity
     */
    record BatchItem(String bId, String operation, String entity, ObjectNode body) {
    }

    /**
     * One result of a batch.
     *
     * @param bId the item's id
     * @param entity the written entity, or {@code null} on a fault
     * @param fault the fault, or {@code null} on success
     */
    record BatchResult(String bId, ObjectNode entity, QboFault fault) {
    }

    /**
     * The company facts that decide how records travel.
     *
     * @param realmId the company
     * @param country ISO country, e.g. US, CA, GB
     * @param homeCurrency the home currency code
     * @param multiCurrency whether multi-currency is on
     * @param invoiceCustomFields the company's invoice custom fields: name to DefinitionId
     */
    record CompanyFacts(String realmId, String country, String homeCurrency, boolean multiCurrency,
            java.util.Map<String, String> invoiceCustomFields) {
        public CompanyFacts {
            invoiceCustomFields = java.util.Map.copyOf(invoiceCustomFields);
        }
    }
}
