package io.ledgerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.QboFault;
import io.ledgerbridge.sandbox.api.RequestLog;
import io.ledgerbridge.sandbox.entity.EntityKind;
import io.ledgerbridge.sandbox.entity.EntityKinds;
import io.ledgerbridge.sandbox.faults.FaultInjector;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.oauth.App;
import io.ledgerbridge.sandbox.oauth.OAuthHandler;
import io.ledgerbridge.sandbox.oauth.TokenService;
import io.ledgerbridge.sandbox.seed.SeedLoader;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.webhook.WebhookDispatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The test-facing handle of a running sandbox: what an admin or a QuickBooks user could see and do.
 * User actions (edit, receive payment, void, delete, merge, close the books) behave like edits in QuickBooks:
 * they bump SyncToken and send webhooks. Entity failures surface as {@link QboFault}.
 */
public final class SandboxAdmin {
    private final SandboxCore core;

    SandboxAdmin(SandboxCore core) {
        this.core = core;
    }

    // ---- state to assert on ----

    /** Every entity of a type, inactive ones included, deleted ones not; ordered by Id. */
    public List<ObjectNode> entities(String realmId, String entity) {
        Company c = company(realmId);
        EntityKind kind = kind(entity);
        synchronized (c.lock()) {
            List<ObjectNode> out = new ArrayList<>();
            c.all(kind.name()).forEach(e -> out.add(e.deepCopy()));
            out.sort((a, b) -> Long.compare(id(a), id(b)));
            return out;
        }
    }

    /** One entity, or null when it does not exist (or was deleted). */
    public ObjectNode entity(String realmId, String entity, String id) {
        Company c = company(realmId);
        synchronized (c.lock()) {
            ObjectNode e = c.get(kind(entity).name(), id);
            return e == null ? null : e.deepCopy();
        }
    }

    public int count(String realmId, String entity) {
        return entities(realmId, entity).size();
    }

    public Collection<Company> companies() {
        return core.companies.all();
    }

    public Collection<App> apps() {
        return core.apps.all();
    }

    public List<RequestLog.Entry> requests() {
        return core.log.entries();
    }

    /** Requests of one endpoint (e.g. {@code "POST invoice"}) with one status; status 0 counts all statuses. */
    public long requestCount(String endpoint, int status) {
        return core.log.count(e -> (endpoint == null || endpoint.equals(e.endpoint())) && (status == 0 || e.status() == status));
    }

    /** Requests with an HTTP status, e.g. {@code countStatus(429)}. */
    public long countStatus(int status) {
        return core.log.count(e -> e.status() == status);
    }

    /** Requests of one operation (create, update, read, delete, void, query, batch, cdc) on one entity (or any when null). */
    public long countOperation(String operation, String entity) {
        return core.log.count(e -> operation.equals(e.operation()) && (entity == null || entity.equals(e.entity())));
    }

    /** Counts by endpoint, status, endpoint and status, operation and entity. */
    public ObjectNode requestCounts() {
        return core.log.counts();
    }

    public void clearRequestLog() {
        core.log.clear();
    }

    public List<WebhookDispatcher.Delivery> webhookDeliveries() {
        return core.webhooks.deliveries();
    }

    /** The limits enforced, the window lengths after the time scale, and the real-time ceiling. */
    public ObjectNode throttle() {
        return core.throttle.report();
    }

    public void timeScale(double factor) {
        core.throttle.setTimeScale(factor);
    }

    // ---- faults ----

    public FaultInjector faults() {
        return core.faults;
    }

    /** Fired faults by kind, sandbox-wide; {@code faults().forRealm(realm).counts()} gives one company's own. */
    public Map<String, Long> faultCounts() {
        return core.faults.counts();
    }

    /** Revokes every token of a company (all apps, or one when {@code clientId} is given): calls get 401, refresh gets invalid_grant. */
    public int revokeTokens(String realmId, String clientId) {
        int n = core.tokens.revokeRealm(realmId, clientId);
        core.faults.count("revoked");
        return n;
    }

    /** A cancelled company answers every call with fault 6190. */
    public void cancelCompany(String realmId, boolean cancelled) {
        company(realmId).setCancelled(cancelled);
    }

    // ---- clock, apps, companies, tokens ----

    public SandboxClock clock() {
        return core.clock;
    }

    public void advanceClock(Duration by) {
        core.clock.advance(by);
    }

    public void registerApp(App app) {
        core.apps.add(app);
    }

    public App app(String clientId) {
        return core.apps.get(clientId);
    }

    /** Adds a company from one entry of the seed file's {@code companies} list. */
    public void registerCompany(JsonNode companySeed) {
        core.companies.add(SeedLoader.company(companySeed, core.clock.now()));
    }

    /** Connects an app to a company without the browser and returns fresh tokens. */
    public TokenService.Tokens connect(String clientId, String realmId) {
        if (core.apps.get(clientId) == null || core.companies.get(realmId) == null) {
            throw new IllegalArgumentException("unknown app " + clientId + " or company " + realmId);
        }
        return core.tokens.connect(clientId, realmId, OAuthHandler.ACCOUNTING_SCOPE);
    }

    /** Back to the seed; request log, faults, throttle windows, requestid memory and webhook log cleared. Tokens stay valid. */
    public void reset() {
        core.reset();
    }

    public void saveSnapshot() {
        if (core.snapshotFile == null) {
            throw new IllegalStateException("no snapshot file was configured");
        }
        core.saveSnapshot();
    }

    // ---- acting as a QuickBooks user ----

    /** Changes fields as a user would in QuickBooks (a sparse update that needs no SyncToken). */
    public ObjectNode edit(String realmId, String entity, String id, ObjectNode fields) {
        Company c = company(realmId);
        EntityKind kind = kind(entity);
        ObjectNode body = fields.deepCopy();
        synchronized (c.lock()) {
            ObjectNode current = c.get(kind.name(), id);
            if (current == null) {
                throw new IllegalArgumentException(entity + " " + id + " does not exist");
            }
            body.put("Id", id).put("SyncToken", current.get("SyncToken").asText()).put("sparse", true);
            return core.entities.save(c, kind, body, true);
        }
    }

    /** Records a payment of {@code amount} against an invoice (deposited to Undeposited Funds). */
    public ObjectNode receivePayment(String realmId, String invoiceId, BigDecimal amount) {
        Company c = company(realmId);
        ObjectNode invoice = entity(realmId, "Invoice", invoiceId);
        if (invoice == null) {
            throw new IllegalArgumentException("invoice " + invoiceId + " does not exist");
        }
        ObjectNode payment = Json.object();
        payment.set("CustomerRef", Json.object().put("value", Json.refValue(invoice, "CustomerRef")));
        payment.put("TotalAmt", amount);
        if (invoice.has("CurrencyRef")) {
            payment.set("CurrencyRef", invoice.get("CurrencyRef").deepCopy());
        }
        ArrayNode lines = payment.putArray("Line");
        ObjectNode line = lines.addObject().put("Amount", amount);
        line.putArray("LinkedTxn").addObject().put("TxnId", invoiceId).put("TxnType", "Invoice");
        return core.entities.save(c, kind("Payment"), payment, true);
    }

    /** Creates an entity as a user would in QuickBooks (a credit memo, an invoice QuickBooks alone holds, …). */
    public ObjectNode create(String realmId, String entity, ObjectNode body) {
        return core.entities.save(company(realmId), kind(entity), body.deepCopy(), true);
    }

    /**
     * Applies {@code amount} of a credit memo to an invoice of the same customer, as QuickBooks does it: a payment of
     * 0 with one line linking the invoice and one linking the credit memo. The invoice's Balance, the credit memo's
     * RemainingCredit and the customer's Balance go down by the amount.
     */
    public ObjectNode applyCredit(String realmId, String creditMemoId, String invoiceId, BigDecimal amount) {
        ObjectNode invoice = require(realmId, "Invoice", invoiceId);
        require(realmId, "CreditMemo", creditMemoId);
        ObjectNode payment = Json.object();
        payment.set("CustomerRef", Json.object().put("value", Json.refValue(invoice, "CustomerRef")));
        payment.put("TotalAmt", BigDecimal.ZERO);
        ArrayNode lines = payment.putArray("Line");
        lines.addObject().put("Amount", amount).putArray("LinkedTxn").addObject().put("TxnId", invoiceId)
                .put("TxnType", "Invoice");
        lines.addObject().put("Amount", amount).putArray("LinkedTxn").addObject().put("TxnId", creditMemoId)
                .put("TxnType", "CreditMemo");
        return core.entities.save(company(realmId), kind("Payment"), payment, true);
    }

    public ObjectNode voidTransaction(String realmId, String entity, String id) {
        ObjectNode current = require(realmId, entity, id);
        return core.entities.voidTxn(company(realmId), kind(entity), stub(current));
    }

    public ObjectNode delete(String realmId, String entity, String id) {
        ObjectNode current = require(realmId, entity, id);
        return core.entities.delete(company(realmId), kind(entity), stub(current));
    }

    /** Merges {@code fromId} into {@code toId} (Customer, Vendor, Employee, Item, Account); webhook operation Merge. */
    public ObjectNode merge(String realmId, String entity, String fromId, String toId) {
        return core.entities.merge(company(realmId), kind(entity), fromId, toId);
    }

    /** Sets the closing date; transactions dated on or before it can no longer be changed through the API (6210). */
    public void closeBooks(String realmId, LocalDate closingDate) {
        Company c = company(realmId);
        synchronized (c.lock()) {
            c.settings().bookCloseDate = closingDate;
            c.settingsChanged(core.clock.now());
        }
        core.companies.fire(realmId, "Preferences", "1", "Update", core.clock.now(), null);
    }

    /** Changes a company switch: {@code multiCurrency}, {@code customTxnNumbers} or {@code automatedSalesTax}. */
    public void setPreference(String realmId, String name, boolean value) {
        Company c = company(realmId);
        synchronized (c.lock()) {
            switch (name) {
                case "multiCurrency" -> c.settings().multiCurrency = value;
                case "customTxnNumbers" -> c.settings().customTxnNumbers = value;
                case "automatedSalesTax" -> c.settings().automatedSalesTax = value;
                default -> throw new IllegalArgumentException("unknown preference " + name);
            }
            c.settingsChanged(core.clock.now());
        }
        core.companies.fire(realmId, "Preferences", "1", "Update", core.clock.now(), null);
    }

    private ObjectNode require(String realmId, String entity, String id) {
        ObjectNode current = entity(realmId, entity, id);
        if (current == null) {
            throw new IllegalArgumentException(entity + " " + id + " does not exist");
        }
        return current;
    }

    private static ObjectNode stub(ObjectNode current) {
        return Json.object().put("Id", current.get("Id").asText()).put("SyncToken", current.get("SyncToken").asText());
    }

    /**
     * One company, for reading its settings.
     *
     * @throws IllegalArgumentException when there is no such company
     */
    public Company company(String realmId) {
        Company c = core.companies.get(realmId);
        if (c == null) {
            throw new IllegalArgumentException("no company " + realmId);
        }
        return c;
    }

    static EntityKind kind(String entity) {
        EntityKind k = EntityKinds.byPath(entity);
        if (k == null) {
            throw new IllegalArgumentException("unknown entity " + entity);
        }
        return k;
    }

    private static long id(ObjectNode e) {
        try {
            return Long.parseLong(e.get("Id").asText());
        } catch (NumberFormatException ex) {
            return Long.MIN_VALUE;
        }
    }
}
