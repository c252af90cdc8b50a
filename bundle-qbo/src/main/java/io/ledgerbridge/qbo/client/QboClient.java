package io.ledgerbridge.qbo.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.qbo.client.batch.BatchCodec;
import io.ledgerbridge.qbo.client.batch.BatchItem;
import io.ledgerbridge.qbo.client.batch.BatchResult;
import io.ledgerbridge.qbo.client.http.QboRequest;
import io.ledgerbridge.qbo.client.http.QboResponse;
import io.ledgerbridge.qbo.client.http.QboTransport;
import io.ledgerbridge.qbo.client.model.CompanyInfo;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.Invoice;
import io.ledgerbridge.qbo.client.model.Payment;
import io.ledgerbridge.qbo.client.model.Preferences;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.client.query.QboQuery;
import io.ledgerbridge.qbo.client.query.QueryPager;
import io.ledgerbridge.qbo.client.query.QueryResponses;
import io.ledgerbridge.qbo.client.query.QueryResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The QuickBooks Online Accounting API of one company. One instance per company (realm), owned by whoever owns the
 * company's connection; thread-safe. Every call carries {@code minorversion}; every write carries the caller's
 * {@code requestid}, which must be deterministic (derived from the host record and its version) so a retried write
 * is answered from QuickBooks' replay memory instead of creating a duplicate. Failures are {@code QboException}s.
 */
public final class QboClient {
    /** QuickBooks' limit on a requestid for an ordinary call. */
    public static final int MAX_REQUEST_ID = 50;
    /** QuickBooks' limit on a requestid for a batch call. */
    public static final int MAX_BATCH_REQUEST_ID = 36;
    /** Statements longer than this go by POST: URLs past a few kilobytes are refused by proxies and servers. */
    private static final int LONG_QUERY = 1500;

    private final QboTransport transport;
    private final ObjectMapper mapper;
    private final BatchCodec batchCodec;

    public QboClient(QboTransport transport, ObjectMapper mapper) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.batchCodec = new BatchCodec(mapper, transport.errors());
    }

    /** The company (realm) id this client works for. */
    public String realmId() {
        return transport.endpoint().realmId();
    }

    /**
     * @param operations operations a flight of work would send
     * @param batchCalls how many of its calls are batch calls
     * @return when the company's throttle would let that flight go (now, or later); nothing is taken
     */
    public java.time.Instant readyAt(int operations, int batchCalls) {
        return transport.throttle().availableAt(operations, batchCalls);
    }

    /** Creates {@code entity} (without Id) and returns it as QuickBooks stored it. */
    public <T extends QboEntity> T create(T entity, String requestId) {
        EntityType<T> type = EntityType.of(entity);
        return write("create " + type.name(), type, Map.of(), entity, requestId);
    }

    /** Reads one record by Id. */
    public <T extends QboEntity> T read(EntityType<T> type, String id) {
        requireText(id, "id");
        String path = type.path() + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        return unwrap(type, send(QboRequest.get("read " + type.name() + " " + id, path, Map.of())));
    }

    /**
     * A full update: every writable field not set on {@code entity} is cleared by QuickBooks, including fields this
     * client does not model. Prefer {@link #sparseUpdate} for records QuickBooks users also edit.
     */
    public <T extends QboEntity> T update(T entity, String requestId) {
        EntityType<T> type = EntityType.of(entity);
        requireIdAndSyncToken(entity);
        return write("update " + type.name() + " " + entity.getId(), type, Map.of(), entity, requestId);
    }

    /**
     * A sparse update: only the fields set on {@code changes} change; it must carry Id and the current SyncToken.
     * A {@code Line} list, if set, replaces all lines.
     */
    public <T extends QboEntity> T sparseUpdate(T changes, String requestId) {
        EntityType<T> type = EntityType.of(changes);
        requireIdAndSyncToken(changes);
        ObjectNode body = mapper.valueToTree(changes);
        body.put("sparse", true);
        return write("update " + type.name() + " " + changes.getId(), type, Map.of(), body, requestId);
    }

    /** Deletes a transaction; returns QuickBooks' {@code Deleted} stub. Name-list records cannot be deleted. */
    public <T extends QboEntity> T delete(T entity, String requestId) {
        EntityType<T> type = EntityType.of(entity);
        requireIdAndSyncToken(entity);
        return write("delete " + type.name() + " " + entity.getId(), type, Map.of("operation", "delete"),
                idAndSyncToken(entity.getId(), entity.getSyncToken()), requestId);
    }

    /** Voids an invoice: amounts become zero, the record stays (void, never delete, a synced invoice). */
    public Invoice voidInvoice(String id, String syncToken, String requestId) {
        return write("void Invoice " + id, EntityType.INVOICE, Map.of("operation", "void"),
                idAndSyncToken(id, syncToken), requestId);
    }

    /** Voids a payment ({@code operation=update&include=void} with a sparse body, as QuickBooks requires). */
    public Payment voidPayment(String id, String syncToken, String requestId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("operation", "update");
        params.put("include", "void");
        return write("void Payment " + id, EntityType.PAYMENT, params,
                idAndSyncToken(id, syncToken).put("sparse", true), requestId);
    }

    /**
     * Makes a name-list record (Customer, Vendor, Item, Account…) inactive, the only way QuickBooks removes one:
     * a sparse update of {@code Active=false}, sending its name along as QuickBooks' own clients do.
     */
    public <T extends QboEntity> T deactivate(T entity, String requestId) {
        EntityType<T> type = EntityType.of(entity);
        requireIdAndSyncToken(entity);
        ObjectNode full = mapper.valueToTree(entity);
        ObjectNode body = idAndSyncToken(entity.getId(), entity.getSyncToken()).put("sparse", true)
                .put("Active", false);
        for (String name : List.of("DisplayName", "Name")) {
            if (full.hasNonNull(name)) {
                body.set(name, full.get(name));
            }
        }
        return write("deactivate " + type.name() + " " + entity.getId(), type, Map.of(), body, requestId);
    }

    /** Runs one query page with GET (or POST when the statement is too long for a URL). */
    public <T extends QboEntity> QueryResult<T> query(QboQuery<T> query) {
        return query(query, query.entity().type(), false);
    }

    /** Runs one query page with POST and {@code Content-Type: application/text} (for long statements). */
    public <T extends QboEntity> QueryResult<T> queryByPost(QboQuery<T> query) {
        return query(query, query.entity().type(), true);
    }

    /** Runs one query page and returns the records as QuickBooks sent them, every field included. */
    public QueryResult<JsonNode> queryJson(QboQuery<?> query) {
        return query(query, JsonNode.class, false);
    }

    /** {@code SELECT COUNT(*)} with the query's conditions. */
    public int count(QboQuery<?> query) {
        JsonNode envelope = send(QboRequest.get("count " + query.entity().name(), "query",
                Map.of("query", query.countStatement()))).body();
        return envelope.path("QueryResponse").path("totalCount").asInt(0);
    }

    /** All records of the query, fetched lazily 1000 at a time. */
    public <T extends QboEntity> QueryPager<T, T> queryAll(QboQuery<T> query) {
        return new QueryPager<>(query, QueryPager.MAX_PAGE, this::query);
    }

    /** All records of the query as raw JSON, fetched lazily {@code pageSize} at a time. */
    public <T extends QboEntity> QueryPager<T, JsonNode> queryAllJson(QboQuery<T> query, int pageSize) {
        return new QueryPager<>(query, pageSize, this::queryJson);
    }

    public CompanyInfo companyInfo() {
        String path = EntityType.COMPANY_INFO.path() + "/" + realmId();
        return unwrap(EntityType.COMPANY_INFO, send(QboRequest.get("read CompanyInfo", path, Map.of())));
    }

    public Preferences preferences() {
        return unwrap(EntityType.PREFERENCES, send(QboRequest.get("read Preferences",
                EntityType.PREFERENCES.path(), Map.of())));
    }

    /**
     * Sends up to 30 operations in one call. Each item succeeds or fails on its own (HTTP stays 200); results are
     * matched to items by bId and each item's fault is translated like any other failure.
     *
     * @param requestId at most 36 characters for a batch
     */
    public BatchResult batch(List<BatchItem> items, String requestId) {
        requireRequestId(requestId, MAX_BATCH_REQUEST_ID);
        QboRequest request = new QboRequest("batch of " + items.size(), "POST", "batch",
                Map.of("requestid", requestId), batchCodec.request(items), QboRequest.JSON, items.size());
        QboResponse response = send(request);
        return batchCodec.response(items, response.body(), response.intuitTid());
    }

    /**
     * Change data capture: the records of {@code entities} changed since {@code changedSince} (QuickBooks looks back
     * at most 30 days and returns at most 1000 records per call: keep windows short). TaxCode and TaxRate are not
     * covered by QuickBooks' CDC. {@code changedSince} is sent to the second, rounded down.
     */
    public CdcResult cdc(Collection<EntityType<?>> entities, OffsetDateTime changedSince) {
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("name at least one entity");
        }
        String names = entities.stream().map(EntityType::name).collect(Collectors.joining(","));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("entities", names);
        params.put("changedSince", QboQuery.dateTime(changedSince));
        JsonNode envelope = send(QboRequest.get("change data capture of " + names, "cdc", params)).body();
        Map<String, List<QboEntity>> changes = new HashMap<>();
        for (JsonNode response : envelope.path("CDCResponse").path(0).path("QueryResponse")) {
            for (EntityType<?> type : entities) {
                if (response.has(type.name())) {
                    changes.computeIfAbsent(type.name(), k -> new ArrayList<>()).addAll(
                            QueryResponses.read(response, type.name(), type.type(), mapper).items());
                }
            }
        }
        return new CdcResult(serverTime(envelope), changes);
    }

    private <R> QueryResult<R> query(QboQuery<?> query, Class<R> as, boolean post) {
        String operation = "query " + query.entity().name();
        QboRequest request = post || query.statement().length() > LONG_QUERY
                ? new QboRequest(operation, "POST", "query", Map.of(), query.statement(), QboRequest.TEXT, 0)
                : QboRequest.get(operation, "query", Map.of("query", query.statement()));
        return QueryResponses.read(send(request).body().path("QueryResponse"), query.entity().name(), as, mapper);
    }

    private <T extends QboEntity> T write(String operation, EntityType<T> type, Map<String, String> params,
                                          Object body, String requestId) {
        requireRequestId(requestId, MAX_REQUEST_ID);
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("requestid", requestId);
        return unwrap(type, send(QboRequest.postJson(operation, type.path(), all, body)));
    }

    private QboResponse send(QboRequest request) {
        return transport.send(request);
    }

    private <T extends QboEntity> T unwrap(EntityType<T> type, QboResponse response) {
        JsonNode node = response.body().get(type.name());
        if (node == null) {
            throw new IllegalStateException("QuickBooks answered without a " + type.name() + " (intuit_tid "
                    + response.intuitTid() + ")");
        }
        try {
            return mapper.treeToValue(node, type.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("QuickBooks sent a " + type.name() + " this client cannot read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private ObjectNode idAndSyncToken(String id, String syncToken) {
        requireText(id, "Id");
        requireText(syncToken, "SyncToken");
        return mapper.createObjectNode().put("Id", id).put("SyncToken", syncToken);
    }

    private static OffsetDateTime serverTime(JsonNode envelope) {
        return envelope.hasNonNull("time") ? OffsetDateTime.parse(envelope.get("time").asText()) : null;
    }

    private static void requireIdAndSyncToken(QboEntity entity) {
        requireText(entity.getId(), "Id");
        requireText(entity.getSyncToken(), "SyncToken");
    }

    private static void requireRequestId(String requestId, int max) {
        requireText(requestId, "requestid");
        if (requestId.length() > max) {
            throw new IllegalArgumentException("a requestid has at most " + max + " characters: " + requestId);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
