package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.batch.BatchItemResult;
import io.ledgerbridge.qbo.client.error.QboAuthenticationException;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.error.QboNotFoundException;
import io.ledgerbridge.qbo.client.error.QboStaleObjectException;
import io.ledgerbridge.qbo.client.error.QboThrottledException;
import io.ledgerbridge.qbo.client.error.QboTransientException;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.client.query.QboQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine's {@link QboGateway} over the QBO client: entity JSON in, the client's DTOs on the wire (the client owns
 * the company throttle, the token and its retry of 401s), and the client's error family translated into
 * {@link QboFault} here, once. The only class of the engine that knows the client.
 */
public final class ClientGateway implements QboGateway {
    private final Function<TenantId, QboClient> clients;
    private final ObjectMapper mapper;

    /**
     * @param clients the QuickBooks client of a tenant's connected company
     * @param mapper the client's mapper ({@code QboJson.newObjectMapper()})
     */
    public ClientGateway(Function<TenantId, QboClient> clients, ObjectMapper mapper) {
        this.clients = clients;
        this.mapper = mapper;
    }

    @Override
    public ObjectNode create(TenantId tenant, String entity, ObjectNode body, String requestId) {
        return call(() -> json(client(tenant).create(dto(entity, body), requestId)));
    }

    @Override
    public ObjectNode update(TenantId tenant, String entity, ObjectNode body, String requestId) {
        return call(() -> json(client(tenant).sparseUpdate(dto(entity, body), requestId)));
    }

    @Override
    public ObjectNode voidTxn(TenantId tenant, String entity, String id, String syncToken, String requestId) {
        return call(() -> json("Payment".equals(entity) ? client(tenant).voidPayment(id, syncToken, requestId)
                : client(tenant).voidInvoice(id, syncToken, requestId)));
    }

    @Override
    public ObjectNode read(TenantId tenant, String entity, String id) {
        return call(() -> json(client(tenant).read(type(entity), id)));
    }

    @Override
    public List<ObjectNode> query(TenantId tenant, String entity, Map<String, String> equals,
            boolean includeInactive) {
        return call(() -> {
            QboQuery<? extends QboEntity> q = QboQuery.from(type(entity));
            for (Map.Entry<String, String> e : equals.entrySet()) {
                q = q.where(e.getKey(), e.getValue());
            }
            if (includeInactive) {
                q = q.includeInactive();
            }
            List<ObjectNode> out = new ArrayList<>();
            for (JsonNode n : client(tenant).queryAllJson(q, 1000)) {
                out.add((ObjectNode) n);
            }
            return out;
        });
    }

    @Override
    public List<ObjectNode> page(TenantId tenant, PageQuery query, int startPosition, int maxResults) {
        return call(() -> {
            List<ObjectNode> out = new ArrayList<>();
            client(tenant).queryJson(qboQuery(query).orderBy("Id").startPosition(startPosition)
                    .maxResults(maxResults)).items().forEach(n -> out.add((ObjectNode) n));
            return out;
        });
    }

    @Override
    public int count(TenantId tenant, PageQuery query) {
        return call(() -> client(tenant).count(qboQuery(query)));
    }

    private static QboQuery<? extends QboEntity> qboQuery(PageQuery query) {
        QboQuery<? extends QboEntity> q = QboQuery.from(type(query.entity()));
        for (Condition c : query.where()) {
            q = switch (c.op()) {
                case "IN" -> q.whereIn(c.field(), c.values().toArray());
                case ">" -> q.where(c.field(), QboQuery.Op.GT, c.values().get(0));
                case ">=" -> q.where(c.field(), QboQuery.Op.GE, c.values().get(0));
                case "LIKE" -> q.where(c.field(), QboQuery.Op.LIKE, c.values().get(0));
                default -> q.where(c.field(), c.values().get(0));
            };
        }
        return query.includeInactive() ? q.includeInactive() : q;
    }

    @Override
    public List<List<ObjectNode>> queries(TenantId tenant, List<Query> queries) {
        return call(() -> {
            List<List<ObjectNode>> out = new ArrayList<>();
            for (int from = 0; from < queries.size(); from += 30) {
                List<Query> chunk = queries.subList(from, Math.min(from + 30, queries.size()));
                List<io.ledgerbridge.qbo.client.batch.BatchItem> items = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    Query q = chunk.get(i);
                    QboQuery<? extends QboEntity> query = QboQuery.from(type(q.entity()));
                    for (Map.Entry<String, String> e : q.equals().entrySet()) {
                        query = query.where(e.getKey(), e.getValue());
                    }
                    items.add(io.ledgerbridge.qbo.client.batch.BatchItem.query("q" + i,
                            q.includeInactive() ? query.includeInactive() : query));
                }
                // Reads only: the requestid just has to be unique.
                String requestId = java.util.UUID.randomUUID().toString().replace("-", "");
                var result = client(tenant).batch(items, requestId);
                for (int i = 0; i < chunk.size(); i++) {
                    BatchItemResult r = result.get("q" + i);
                    if (!r.isSuccess()) {
                        throw fault(r.failure());
                    }
                    List<ObjectNode> found = new ArrayList<>();
                    r.queryResult().items().forEach(e -> found.add(json(e)));
                    out.add(found);
                }
            }
            return out;
        });
    }

    @Override
    public List<BatchResult> batch(TenantId tenant, List<BatchItem> items, String requestId) {
        return call(() -> {
            List<io.ledgerbridge.qbo.client.batch.BatchItem> sent = new ArrayList<>();
            for (BatchItem i : items) {
                QboEntity dto = dto(i.entity(), i.body());
                sent.add("create".equals(i.operation()) ? io.ledgerbridge.qbo.client.batch.BatchItem.create(i.bId(), dto)
                        : io.ledgerbridge.qbo.client.batch.BatchItem.sparseUpdate(i.bId(), dto));
            }
            List<BatchResult> out = new ArrayList<>();
            for (BatchItemResult r : client(tenant).batch(sent, requestId).all()) {
                out.add(r.isSuccess() ? new BatchResult(r.bId(), json(r.entity()), null)
                        : new BatchResult(r.bId(), null, fault(r.failure())));
            }
            return out;
        });
    }

    @Override
    public java.time.Instant readyAt(TenantId tenant, int operations, int batchCalls) {
        return client(tenant).readyAt(operations, batchCalls);
    }

    @Override
    public CompanyFacts company(TenantId tenant) {
        return call(() -> {
            QboClient c = client(tenant);
            JsonNode prefs = mapper.valueToTree(c.preferences());
            JsonNode info = mapper.valueToTree(c.companyInfo());
            JsonNode currency = prefs.path("CurrencyPrefs");
            return new CompanyFacts(c.realmId(), info.path("Country").asText("US"),
                    currency.path("HomeCurrency").path("value").asText("USD"),
                    currency.path("MultiCurrencyEnabled").asBoolean(false),
                    customFields(prefs.path("SalesFormsPrefs").path("CustomField")));
        });
    }

    /**
     * Sales custom field definitions: QuickBooks keeps their names as {@code SalesFormsPrefs.SalesCustomName<n>}
     * string values, and {@code n} is the DefinitionId a transaction's CustomField carries.
     */
    private static Map<String, String> customFields(JsonNode groups) {
        Map<String, String> byName = new java.util.HashMap<>();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("SalesFormsPrefs\\.SalesCustomName(\\d+)");
        for (JsonNode group : groups) {
            for (JsonNode field : group.path("CustomField")) {
                var m = name.matcher(field.path("Name").asText(""));
                String value = field.path("StringValue").asText("");
                if (m.matches() && !value.isBlank()) {
                    byName.put(value, m.group(1));
                }
            }
        }
        return byName;
    }

    private QboClient client(TenantId tenant) {
        return clients.apply(tenant);
    }

    private QboEntity dto(String entity, ObjectNode body) {
        try {
            return mapper.treeToValue(body, type(entity).type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the mapper built a " + entity + " the client cannot read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private ObjectNode json(Object dto) {
        return mapper.valueToTree(dto);
    }

    private static EntityType<? extends QboEntity> type(String entity) {
        return EntityType.named(entity).map(t -> (EntityType<? extends QboEntity>) t)
                .orElseThrow(() -> new IllegalArgumentException("the client has no entity " + entity));
    }

    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (QboException e) {
            throw fault(e);
        } catch (io.ledgerbridge.api.InvalidInputException e) {
            throw e; // a value QuickBooks cannot be asked about is the record's fault, not the connection's
        } catch (LedgerBridgeException e) {
            // The token source could not give a token (reconnect required, refresh failed): the company stops.
            throw new QboFault(QboFault.Kind.AUTHORIZATION, 401, null, e.getMessage(), e.remedy(), null, null);
        }
    }

    /** The one translation of the client's error family into the engine's kinds. */
    static QboFault fault(QboException e) {
        QboFault.Kind kind;
        if (e instanceof QboAuthenticationException) {
            kind = QboFault.Kind.AUTHORIZATION;
        } else if (e instanceof QboThrottledException) {
            kind = QboFault.Kind.THROTTLED;
        } else if (e instanceof QboTransientException) {
            kind = QboFault.Kind.TRANSIENT;
        } else if (e instanceof QboStaleObjectException) {
            kind = QboFault.Kind.STALE;
        } else if (e instanceof QboNotFoundException) {
            kind = QboFault.Kind.NOT_FOUND;
        } else if (e.httpStatus() == 401 || e.httpStatus() == 403) {
            kind = QboFault.Kind.AUTHORIZATION;
        } else if (e.httpStatus() == 429) {
            kind = QboFault.Kind.THROTTLED;
        } else if (e.httpStatus() == 0 || e.httpStatus() >= 500) {
            kind = QboFault.Kind.TRANSIENT;
        } else {
            kind = QboFault.Kind.VALIDATION;
        }
        java.time.Duration retryAfter = e instanceof QboThrottledException t ? t.retryAfter().orElse(null) : null;
        String message = e.faultMessage() == null ? e.getMessage() : e.faultMessage();
        return new QboFault(kind, e.httpStatus(), e.code(), message, e.detail(), e.intuitTid(), retryAfter);
    }
}
