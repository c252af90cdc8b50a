package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.SandboxClock;
import io.ledgerbridge.sandbox.entity.EntityContext;
import io.ledgerbridge.sandbox.entity.EntityKind;
import io.ledgerbridge.sandbox.faults.FaultInjector;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.store.CompanyRegistry;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Create, read, full and sparse update, delete and void, with SyncToken counting and the envelope fields
 * (domain, sparse, Id, SyncToken, MetaData). One company is changed by one operation at a time.
 */
public final class EntityService {
    private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,18}");
    private static final Set<String> ENVELOPE = Set.of("Id", "SyncToken", "MetaData", "domain", "sparse", "status");
    private final CompanyRegistry companies;
    private final SandboxClock clock;
    private final FaultInjector faults;

    public EntityService(CompanyRegistry companies, SandboxClock clock, FaultInjector faults) {
        this.companies = companies;
        this.clock = clock;
        this.faults = faults;
    }

    public ObjectNode read(Company company, EntityKind kind, String id) {
        checkId(kind, id);
        synchronized (company.lock()) {
            ObjectNode e = company.get(kind.name(), id);
            if (e == null) {
                throw company.wasDeleted(kind.name(), id) ? Faults.deletedTransaction() : Faults.objectNotFound();
            }
            return e.deepCopy();
        }
    }

    /** POST of an entity body: a create without Id, otherwise a full or ({@code sparse:true}) sparse update. */
    public ObjectNode save(Company company, EntityKind kind, JsonNode body, boolean allowDuplicateDocNumber) {
        ObjectNode request = checkBody(kind, body);
        if (!kind.writable()) {
            throw Faults.operationNotSupported(request.has("Id") ? "Update" : "Create", kind.name());
        }
        synchronized (company.lock()) {
            EntityContext ctx = new EntityContext(company, clock.now(), allowDuplicateDocNumber);
            String id = Json.text(request, "Id");
            ObjectNode saved = id == null ? create(ctx, kind, request) : update(ctx, kind, request, id);
            return saved.deepCopy();
        }
    }

    private ObjectNode create(EntityContext ctx, EntityKind kind, ObjectNode request) {
        ObjectNode e = request.deepCopy();
        ENVELOPE.forEach(e::remove);
        kind.prepare(ctx, e, null);
        String id = ctx.company().nextId(kind.name());
        ObjectNode meta = Json.object().put("CreateTime", ctx.metaTime()).put("LastUpdatedTime", ctx.metaTime());
        ObjectNode stored = assemble(e, id, "0", meta);
        ctx.company().put(kind.name(), stored);
        kind.afterSave(ctx, stored, null);
        fire(ctx, kind.name(), id, "Create");
        return stored;
    }

    private ObjectNode update(EntityContext ctx, EntityKind kind, ObjectNode request, String id) {
        ObjectNode existing = current(ctx.company(), kind, request, id);
        ObjectNode e;
        if (Json.bool(request, "sparse", false)) {
            e = existing.deepCopy();
            Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (ENVELOPE.contains(f.getKey())) {
                    continue;
                }
                if (f.getValue().isNull()) {
                    e.remove(f.getKey());
                } else {
                    e.set(f.getKey(), f.getValue().deepCopy());
                }
            }
        } else {
            // a full update sets every writable field left out to NULL; read-only ones stay
            e = request.deepCopy();
            for (String keep : kind.keptOnFullUpdate()) {
                if (!e.has(keep) && existing.has(keep)) {
                    e.set(keep, existing.get(keep).deepCopy());
                }
            }
        }
        ENVELOPE.forEach(e::remove);
        e.put("Id", id);
        kind.prepare(ctx, e, existing);
        e.remove("Id");
        ObjectNode before = existing.deepCopy();
        ENVELOPE.forEach(before::remove);
        if (before.equals(e)) {
            return existing; // nothing changed: QuickBooks keeps SyncToken and LastUpdatedTime (observed)
        }
        ObjectNode meta = Json.object().put("CreateTime", Json.text(existing.get("MetaData"), "CreateTime"))
                .put("LastUpdatedTime", ctx.metaTime());
        ObjectNode stored = assemble(e, id, next(existing), meta);
        ctx.company().put(kind.name(), stored);
        kind.afterSave(ctx, stored, existing);
        fire(ctx, kind.name(), id, "Update");
        return stored;
    }

    /** {@code operation=delete}: transactions only; answers the recorded {@code status:"Deleted"} stub. */
    public ObjectNode delete(Company company, EntityKind kind, JsonNode body) {
        ObjectNode request = checkBody(kind, body);
        if (!kind.transaction()) {
            throw Faults.operationNotSupported("Delete", kind.name());
        }
        String id = Json.text(request, "Id");
        if (id == null) {
            throw Faults.required("Id");
        }
        synchronized (company.lock()) {
            EntityContext ctx = new EntityContext(company, clock.now(), false);
            ObjectNode existing = current(company, kind, request, id);
            ctx.openPeriod(Times.parseDate(Json.text(existing, "TxnDate")));
            if ("Invoice".equals(kind.name()) && hasPayments(existing)) {
                throw Faults.business("This invoice has payments applied to it. Delete or unapply the payments first.");
            }
            company.remove(kind.name(), id, ctx.now());
            kind.afterSave(ctx, null, existing);
            fire(ctx, kind.name(), id, "Delete");
            return Json.object().put("domain", "QBO").put("status", "Deleted").put("Id", id);
        }
    }

    /** {@code operation=void} (and Payment's {@code include=void}): amounts to zero, "Voided" memo, SyncToken + 1. */
    public ObjectNode voidTxn(Company company, EntityKind kind, JsonNode body) {
        ObjectNode request = checkBody(kind, body);
        if (!kind.voidable()) {
            throw Faults.operationNotSupported("Void", kind.name());
        }
        String id = Json.text(request, "Id");
        if (id == null) {
            throw Faults.required("Id");
        }
        synchronized (company.lock()) {
            EntityContext ctx = new EntityContext(company, clock.now(), false);
            ObjectNode existing = current(company, kind, request, id);
            ctx.openPeriod(Times.parseDate(Json.text(existing, "TxnDate")));
            ObjectNode e = existing.deepCopy();
            zeroAmounts(kind.name(), e);
            String note = Json.text(existing, "PrivateNote");
            e.put("PrivateNote", note == null || note.isBlank() ? "Voided" : "Voided - " + note);
            ((ObjectNode) e.get("MetaData")).put("LastUpdatedTime", ctx.metaTime());
            e.put("SyncToken", next(existing));
            company.markVoided(kind.name(), id);
            company.put(kind.name(), e);
            kind.afterSave(ctx, e, existing);
            fire(ctx, kind.name(), id, "Void");
            return e.deepCopy();
        }
    }

    /**
     * {@code POST /invoice/{id}/send[?sendTo=]}: marks the invoice e-mailed (EmailStatus EmailSent, DeliveryInfo) and
     * announces it with the webhook operation Emailed. No e-mail leaves the machine.
     */
    public ObjectNode send(Company company, EntityKind kind, String id, String sendTo) {
        if (!"Invoice".equals(kind.name()) && !"Estimate".equals(kind.name()) && !"SalesReceipt".equals(kind.name())
                && !"CreditMemo".equals(kind.name())) {
            throw Faults.operationNotSupported("Send", kind.name());
        }
        checkId(kind, id);
        synchronized (company.lock()) {
            EntityContext ctx = new EntityContext(company, clock.now(), false);
            ObjectNode existing = company.get(kind.name(), id);
            if (existing == null) {
                throw company.wasDeleted(kind.name(), id) ? Faults.deletedTransaction() : Faults.objectNotFound();
            }
            ObjectNode e = existing.deepCopy();
            if (sendTo != null && !sendTo.isBlank()) {
                e.set("BillEmail", Json.object().put("Address", sendTo));
                ctx.email(e, "BillEmail");
            }
            if (Json.text(e.path("BillEmail"), "Address") == null) {
                throw Faults.business("An e-mail address is required to send this transaction. Set BillEmail or pass sendTo.");
            }
            e.put("EmailStatus", "EmailSent");
            e.set("DeliveryInfo", Json.object().put("DeliveryType", "Email").put("DeliveryTime", ctx.metaTime()));
            ((ObjectNode) e.get("MetaData")).put("LastUpdatedTime", ctx.metaTime());
            e.put("SyncToken", next(existing));
            company.put(kind.name(), e);
            companies.fire(company.realmId(), kind.name(), id, "Emailed", ctx.now(), null);
            return e.deepCopy();
        }
    }

    private static void zeroAmounts(String type, ObjectNode e) {
        if ("Payment".equals(type)) {
            e.set("Line", Json.array());
            e.put("TotalAmt", 0);
            e.put("UnappliedAmt", 0);
            return;
        }
        for (JsonNode line : e.path("Line")) {
            ((ObjectNode) line).put("Amount", 0);
        }
        e.put("TotalAmt", 0);
        if (e.has("Balance")) {
            e.put("Balance", 0);
        }
        if (e.has("RemainingCredit")) {
            e.put("RemainingCredit", 0);
        }
        if (e.get("TxnTaxDetail") instanceof ObjectNode tax) {
            tax.put("TotalTax", 0);
            tax.remove("TaxLine");
        }
    }

    private ObjectNode current(Company company, EntityKind kind, ObjectNode request, String id) {
        checkId(kind, id);
        ObjectNode existing = company.get(kind.name(), id);
        if (existing == null) {
            throw company.wasDeleted(kind.name(), id) ? Faults.deletedTransaction() : Faults.objectNotFound();
        }
        String token = Json.text(request, "SyncToken");
        if (token == null) {
            throw Faults.required("SyncToken");
        }
        if (faults.takeStale(company.realmId(), kind.name(), id) || !token.equals(Json.text(existing, "SyncToken"))) {
            throw Faults.stale();
        }
        return existing;
    }

    private static boolean hasPayments(ObjectNode invoice) {
        for (JsonNode link : invoice.path("LinkedTxn")) {
            if ("Payment".equals(Json.text(link, "TxnType"))) {
                return true;
            }
        }
        return false;
    }

    static void checkId(EntityKind kind, String id) {
        boolean pseudo = "TaxCode".equals(kind.name()) && ("TAX".equals(id) || "NON".equals(id));
        if (id == null || !(pseudo || NUMERIC_ID.matcher(id).matches())) {
            throw Faults.invalidId(id);
        }
    }

    /** The body must be an object of known properties; references must be objects. */
    private static ObjectNode checkBody(EntityKind kind, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Faults.badRequestBody("request body is not a " + kind.name() + " object");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!kind.properties().contains(f.getKey())) {
                throw Faults.unknownProperty(f.getKey(), kind.name());
            }
        }
        BodyTypes.check(body);
        return (ObjectNode) body;
    }

    private static ObjectNode assemble(ObjectNode fields, String id, String syncToken, ObjectNode meta) {
        ObjectNode out = Json.object().put("domain", "QBO").put("sparse", false).put("Id", id).put("SyncToken", syncToken);
        out.set("MetaData", meta);
        fields.fields().forEachRemaining(f -> out.set(f.getKey(), f.getValue()));
        return out;
    }

    private static String next(ObjectNode existing) {
        return Long.toString(Long.parseLong(Json.text(existing, "SyncToken")) + 1);
    }

    private void fire(EntityContext ctx, String type, String id, String operation) {
        String realm = ctx.company().realmId();
        companies.fire(realm, type, id, operation, ctx.now(), null);
        for (String touched : ctx.touched()) {
            String[] parts = touched.split(":", 2);
            if (!(parts[0].equals(type) && parts[1].equals(id))) {
                companies.fire(realm, parts[0], parts[1], "Update", ctx.now(), null);
            }
        }
    }

    /** Moves every transaction of {@code fromId} to {@code toId} and removes {@code fromId}, as a QuickBooks merge does. */
    public ObjectNode merge(Company company, EntityKind kind, String fromId, String toId) {
        synchronized (company.lock()) {
            EntityContext ctx = new EntityContext(company, clock.now(), false);
            ObjectNode from = company.get(kind.name(), fromId);
            ObjectNode to = company.get(kind.name(), toId);
            if (from == null || to == null || fromId.equals(toId)) {
                throw Faults.objectNotFound();
            }
            for (String type : Set.copyOf(company.types())) {
                for (ObjectNode e : company.all(type)) {
                    boolean moved = false;
                    for (String field : new String[] {"CustomerRef", "VendorRef", "EntityRef", "ParentRef", "ItemRef", "AccountRef"}) {
                        if (!"ParentRef".equals(field) || type.equals(kind.name())) {
                            moved |= repoint(e, field, fromId, to, kind.name());
                        }
                    }
                    for (JsonNode line : e.path("Line")) {
                        for (JsonNode detail : line) {
                            if (detail.isObject()) {
                                for (String field : new String[] {"ItemRef", "AccountRef", "CustomerRef"}) {
                                    moved |= repoint((ObjectNode) detail, field, fromId, to, kind.name());
                                }
                            }
                        }
                    }
                    if (moved) {
                        ctx.touch(type, e, true);
                        company.put(type, e); // files the moved references under their new ids
                    }
                }
            }
            company.remove(kind.name(), fromId, ctx.now());
            io.ledgerbridge.sandbox.entity.Balances.allCustomers(ctx);
            companies.fire(company.realmId(), kind.name(), toId, "Merge", ctx.now(), fromId);
            for (String touched : ctx.touched()) {
                String[] parts = touched.split(":", 2);
                companies.fire(company.realmId(), parts[0], parts[1], "Update", ctx.now(), null);
            }
            return to.deepCopy();
        }
    }

    private static boolean repoint(ObjectNode holder, String field, String fromId, ObjectNode to, String type) {
        JsonNode ref = holder.get(field);
        if (ref instanceof ObjectNode r && fromId.equals(Json.text(r, "value"))
                && (!"EntityRef".equals(field) || type.equals(Json.text(r, "type")))
                && refersTo(field, type)) {
            r.put("value", to.get("Id").asText());
            if (r.has("name")) {
                r.put("name", EntityContext.displayName(type, to));
            }
            return true;
        }
        return false;
    }

    private static boolean refersTo(String field, String type) {
        return switch (field) {
            case "CustomerRef" -> "Customer".equals(type);
            case "VendorRef" -> "Vendor".equals(type);
            case "ItemRef" -> "Item".equals(type);
            case "AccountRef" -> "Account".equals(type);
            case "ParentRef", "EntityRef" -> true;
            default -> false;
        };
    }
}
