package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small in-memory QuickBooks company behind {@link QboGateway}, with the rules the engine depends on: display names
 * unique across customers, vendors and employees (6240), DocNumbers unique (6140), SyncTokens (5010), deleted
 * entities (610), closed books (6210), requestid replay, and void. Unit-test ring only; the sandbox is the real one.
 */
final class FakeQbo implements QboGateway {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NAMES = Set.of("Customer", "Vendor", "Employee");

    final Map<String, Map<String, ObjectNode>> entities = new ConcurrentHashMap<>();
    final Map<String, Object> replies = new ConcurrentHashMap<>();
    final Deque<QboFault> nextFaults = new ArrayDeque<>();
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger batches = new AtomicInteger();
    final List<String> requestIds = new ArrayList<>();
    final AtomicInteger ids = new AtomicInteger(100);
    volatile LocalDate bookCloseDate;
    /** The next write is accepted but its answer is lost (a timeout after QuickBooks committed). */
    volatile boolean loseNextAnswer;
    /** The next create of this entity is refused with this fault (a query before it is answered as usual). */
    final Map<String, QboFault> refuseNextCreate = new ConcurrentHashMap<>();
    /** The next create of this entity is accepted but its answer is lost (a timeout after QuickBooks committed). */
    volatile String loseNextCreateOf;
    /** Runs inside the next write, as a host change arriving while the push is in flight. */
    volatile Runnable duringNextWrite;
    /** The next batch call is refused as a whole. */
    volatile QboFault failBatchNext;
    volatile CompanyFacts facts = new CompanyFacts("9130", "US", "USD", false,
            Map.of("P.O. Number", "1"));

    // --- test set-up -------------------------------------------------------------------------------------------

    ObjectNode put(String entity, ObjectNode body) {
        String id = String.valueOf(ids.incrementAndGet());
        body.put("Id", id).put("SyncToken", "0");
        if (!body.has("Active")) {
            body.put("Active", true);
        }
        table(entity).put(id, body);
        return body;
    }

    void account(String id, String name, String type, boolean active) {
        ObjectNode a = JSON.createObjectNode().put("Id", id).put("Name", name).put("AccountType", type)
                .put("Active", active).put("SyncToken", "0");
        table("Account").put(id, a);
    }

    /** A name-list entry (Item, Class, TaxCode) with this id. */
    void listEntry(String entity, String id, String name, boolean active) {
        table(entity).put(id, JSON.createObjectNode().put("Id", id).put("Name", name).put("Active", active)
                .put("SyncToken", "0"));
    }

    void failNext(QboFault fault) {
        nextFaults.add(fault);
    }

    void deleteInQbo(String entity, String id) {
        table(entity).remove(id);
    }

    ObjectNode get(String entity, String id) {
        return table(entity).get(id);
    }

    List<ObjectNode> all(String entity) {
        return List.copyOf(table(entity).values());
    }

    // --- the gateway ----------------------------------------------------------------------------------------------

    @Override
    public synchronized ObjectNode create(TenantId tenant, String entity, ObjectNode body, String requestId) {
        ObjectNode answer = replay(requestId, () -> {
            injected();
            QboFault refused = refuseNextCreate.remove(entity);
            if (refused != null) {
                throw refused;
            }
            ObjectNode e = body.deepCopy();
            checkNames(entity, e, null);
            checkTxn(entity, e, null);
            computeTotals(entity, e);
            ObjectNode created = put(entity, e);
            afterWrite(entity, created);
            return created.deepCopy();
        });
        if (entity.equals(loseNextCreateOf)) {
            loseNextCreateOf = null;
            throw new QboFault(QboFault.Kind.TRANSIENT, 0, null, "Read timed out", null, null, null);
        }
        return answer;
    }

    @Override
    public synchronized ObjectNode update(TenantId tenant, String entity, ObjectNode body, String requestId) {
        return replay(requestId, () -> {
            injected();
            ObjectNode current = existing(entity, body.path("Id").asText());
            if (!current.path("SyncToken").asText().equals(body.path("SyncToken").asText())) {
                throw new QboFault(QboFault.Kind.STALE, 400, "5010", "Stale Object Error",
                        "You and another user were working on this at the same time.", "tid-stale", null);
            }
            ObjectNode merged = current.deepCopy();
            body.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
            checkNames(entity, merged, current.path("Id").asText());
            checkTxn(entity, merged, current.path("Id").asText());
            computeTotals(entity, merged);
            merged.put("SyncToken", String.valueOf(current.path("SyncToken").asInt() + 1));
            merged.remove("sparse");
            table(entity).put(merged.path("Id").asText(), merged);
            return merged.deepCopy();
        });
    }

    @Override
    public synchronized ObjectNode voidTxn(TenantId tenant, String entity, String id, String syncToken,
            String requestId) {
        return replay(requestId, () -> {
            injected();
            ObjectNode current = existing(entity, id);
            if (!current.path("SyncToken").asText().equals(syncToken)) {
                throw new QboFault(QboFault.Kind.STALE, 400, "5010", "Stale Object Error", "stale", null, null);
            }
            current.put("TotalAmt", 0).put("Balance", 0).put("PrivateNote", "Voided")
                    .put("SyncToken", String.valueOf(current.path("SyncToken").asInt() + 1));
            current.withArray("Line").forEach(l -> ((ObjectNode) l).put("Amount", 0));
            return current.deepCopy();
        });
    }

    @Override
    public synchronized ObjectNode read(TenantId tenant, String entity, String id) {
        injected();
        return existing(entity, id).deepCopy();
    }

    @Override
    public synchronized List<ObjectNode> query(TenantId tenant, String entity, Map<String, String> equals,
            boolean withInactive) {
        injected();
        return table(entity).values().stream()
                .filter(e -> withInactive || e.path("Active").asBoolean(true))
                .filter(e -> equals.entrySet().stream().allMatch(c -> value(e, c.getKey()).equalsIgnoreCase(
                        c.getValue())))
                .map(ObjectNode::deepCopy).toList();
    }

    @Override
    public synchronized List<BatchResult> batch(TenantId tenant, List<BatchItem> items, String requestId) {
        batches.incrementAndGet();
        QboFault refused = failBatchNext;
        if (refused != null) {
            failBatchNext = null;
            throw refused;
        }
        @SuppressWarnings("unchecked")
        boolean lose = loseNextAnswer;
        loseNextAnswer = false;
        List<BatchResult> r = (List<BatchResult>) replayAny(requestId, () -> {
            List<BatchResult> out = new ArrayList<>();
            for (BatchItem item : items) {
                try {
                    ObjectNode e = "create".equals(item.operation()) ? create(tenant, item.entity(), item.body(), null)
                            : update(tenant, item.entity(), item.body(), null);
                    out.add(new BatchResult(item.bId(), e, null));
                } catch (QboFault f) {
                    out.add(new BatchResult(item.bId(), null, f));
                }
            }
            loseNextAnswer = lose;
            return out;
        });
        return r;
    }

    @Override
    public CompanyFacts company(TenantId tenant) {
        return facts;
    }

    @Override
    public synchronized List<ObjectNode> page(TenantId tenant, PageQuery query, int start, int max) {
        injected();
        return matching(query).stream().skip(start - 1L).limit(max).map(ObjectNode::deepCopy).toList();
    }

    @Override
    public synchronized int count(TenantId tenant, PageQuery query) {
        injected();
        return matching(query).size();
    }

    private List<ObjectNode> matching(PageQuery query) {
        return table(query.entity()).values().stream()
                .filter(e -> query.includeInactive() || e.path("Active").asBoolean(true))
                .filter(e -> query.where().stream().allMatch(c -> switch (c.op()) {
                    case "IN" -> c.values().stream().anyMatch(v -> value(e, c.field()).equalsIgnoreCase(v));
                    case ">" -> new java.math.BigDecimal(value(e, c.field())).compareTo(
                            new java.math.BigDecimal(c.values().get(0))) > 0;
                    default -> value(e, c.field()).equalsIgnoreCase(c.values().get(0));
                }))
                .sorted(java.util.Comparator.comparingLong(e -> Long.parseLong(e.path("Id").asText())))
                .toList();
    }

    // --- rules ------------------------------------------------------------------------------------------------------

    private void injected() {
        QboFault f = nextFaults.poll();
        if (f != null) {
            throw f;
        }
    }

    private ObjectNode replay(String requestId, java.util.function.Supplier<ObjectNode> write) {
        return (ObjectNode) replayAny(requestId, write::get);
    }

    private Object replayAny(String requestId, java.util.function.Supplier<Object> write) {
        if (requestId != null) {
            requestIds.add(requestId);
            Object earlier = replies.get(requestId);
            if (earlier instanceof QboFault f) {
                throw f;
            }
            if (earlier instanceof ObjectNode n) {
                return n.deepCopy();
            }
            if (earlier != null) {
                return earlier;
            }
        }
        try {
            Object result = write.get();
            writes.incrementAndGet();
            Runnable during = duringNextWrite;
            if (during != null) {
                duringNextWrite = null;
                during.run();
            }
            if (requestId != null) {
                replies.put(requestId, result instanceof ObjectNode n ? n.deepCopy() : result);
            }
            if (loseNextAnswer) {
                loseNextAnswer = false;
                throw new QboFault(QboFault.Kind.TRANSIENT, 0, null, "Read timed out", null, null, null);
            }
            return result;
        } catch (QboFault f) {
            if (requestId != null && f.kind() == QboFault.Kind.VALIDATION) {
                replies.put(requestId, f);
            }
            throw f;
        }
    }

    private ObjectNode existing(String entity, String id) {
        ObjectNode e = table(entity).get(id);
        if (e == null) {
            throw new QboFault(QboFault.Kind.NOT_FOUND, 400, "610", "Object Not Found",
                    "Object Not Found : Another user has deleted this transaction.", "tid-610", null);
        }
        return e;
    }

    private void checkNames(String entity, ObjectNode e, String selfId) {
        if (!NAMES.contains(entity)) {
            return;
        }
        String name = e.path("DisplayName").asText();
        if (name.contains(":") || name.contains("\t") || name.contains("\n") || name.length() > 500) {
            throw QboFault.validation("2050", "Invalid DisplayName", name);
        }
        for (String other : NAMES) {
            for (ObjectNode o : table(other).values()) {
                if (o.path("DisplayName").asText().equalsIgnoreCase(name)
                        && !(other.equals(entity) && o.path("Id").asText().equals(selfId))) {
                    throw QboFault.validation("6240", "Duplicate Name Exists Error",
                            "The name supplied already exists. : Another customer, vendor or employee is already "
                                    + "using this name. Please use a different name.");
                }
            }
        }
    }

    private void checkTxn(String entity, ObjectNode e, String selfId) {
        if (bookCloseDate != null && e.has("TxnDate")
                && !LocalDate.parse(e.path("TxnDate").asText()).isAfter(bookCloseDate)) {
            throw QboFault.validation("6210", "Account Period Closed, Cannot Update Through Services API",
                    "The account period has closed and the account books cannot be updated through through the QBO "
                            + "Services API. Please use the QBO website to make these changes.");
        }
        if ("Invoice".equals(entity) && e.hasNonNull("DocNumber")) {
            for (ObjectNode o : table("Invoice").values()) {
                if (o.path("DocNumber").asText().equals(e.path("DocNumber").asText())
                        && !o.path("Id").asText().equals(selfId)) {
                    throw QboFault.validation("6140", "Duplicate Document Number Error",
                            "Duplicate Document Number Error : You must specify a different number. DocNumber="
                                    + e.path("DocNumber").asText() + " is assigned to TxnType=Invoice with TxnId="
                                    + o.path("Id").asText());
                }
            }
        }
        if (("Invoice".equals(entity) || "Payment".equals(entity)) && e.has("CustomerRef")
                && !table("Customer").containsKey(e.path("CustomerRef").path("value").asText())) {
            throw new QboFault(QboFault.Kind.NOT_FOUND, 400, "610", "Object Not Found", "customer", null, null);
        }
    }

    private void computeTotals(String entity, ObjectNode e) {
        if ("Invoice".equals(entity)) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode l : e.withArray("Line")) {
                BigDecimal amount = l.path("Amount").decimalValue();
                total = "DiscountLineDetail".equals(l.path("DetailType").asText()) ? total.subtract(amount)
                        : total.add(amount);
            }
            total = total.add(e.path("TxnTaxDetail").path("TotalTax").decimalValue());
            e.put("TotalAmt", total);
            BigDecimal paid = BigDecimal.ZERO;
            for (ObjectNode p : table("Payment").values()) {
                for (JsonNode l : p.withArray("Line")) {
                    if (l.path("LinkedTxn").path(0).path("TxnId").asText().equals(e.path("Id").asText())) {
                        paid = paid.add(l.path("Amount").decimalValue());
                    }
                }
            }
            e.put("Balance", total.subtract(paid));
        }
        if ("Purchase".equals(entity)) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode l : e.withArray("Line")) {
                total = total.add(l.path("Amount").decimalValue());
            }
            e.put("TotalAmt", total);
        }
    }

    private void afterWrite(String entity, ObjectNode created) {
        if (!"Payment".equals(entity)) {
            return;
        }
        // Applying a payment changes the invoice: its Balance, its LinkedTxn and so its SyncToken.
        for (JsonNode l : created.withArray("Line")) {
            ObjectNode invoice = table("Invoice").get(l.path("LinkedTxn").path(0).path("TxnId").asText());
            if (invoice != null) {
                invoice.put("Balance", invoice.path("Balance").decimalValue().subtract(l.path("Amount").decimalValue()));
                ArrayNode linked = invoice.withArray("LinkedTxn");
                linked.addObject().put("TxnId", created.path("Id").asText()).put("TxnType", "Payment");
                invoice.put("SyncToken", String.valueOf(invoice.path("SyncToken").asInt() + 1));
            }
        }
    }

    private static String value(JsonNode e, String field) {
        JsonNode v = e.path(field);
        if (v.isObject()) {
            v = v.has("Address") ? v.path("Address") : v.path("value");
        }
        return v.asText("");
    }

    private Map<String, ObjectNode> table(String entity) {
        return entities.computeIfAbsent(entity, k -> new ConcurrentHashMap<>());
    }
}
