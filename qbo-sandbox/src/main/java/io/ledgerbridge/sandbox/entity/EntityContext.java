package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.store.CompanySettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The company, the instant and the request options one operation runs with, plus the checks every kind shares. */
public final class EntityContext {
    private final Company company;
    private final Instant now;
    private final boolean allowDuplicateDocNumber;
    private final Set<String> touched = new LinkedHashSet<>();

    public EntityContext(Company company, Instant now, boolean allowDuplicateDocNumber) {
        this.company = company;
        this.now = now;
        this.allowDuplicateDocNumber = allowDuplicateDocNumber;
    }

    public Company company() {
        return company;
    }

    public CompanySettings settings() {
        return company.settings();
    }

    public Instant now() {
        return now;
    }

    public LocalDate today() {
        return Times.today(now, settings().zone());
    }

    public String metaTime() {
        return Times.meta(now, settings().zone());
    }

    public boolean allowDuplicateDocNumber() {
        return allowDuplicateDocNumber;
    }

    /** Entities changed as a side effect (e.g. an invoice a payment was applied to), as "Type:Id", for webhooks. */
    public Set<String> touched() {
        return touched;
    }

    /** Updates LastUpdatedTime of an entity changed as a side effect. Balance-only changes keep the SyncToken (observed). */
    public void touch(String type, ObjectNode entity, boolean bumpSyncToken) {
        ObjectNode meta = (ObjectNode) entity.get("MetaData");
        if (meta != null) {
            meta.put("LastUpdatedTime", metaTime());
        }
        if (bumpSyncToken) {
            entity.put("SyncToken", Integer.toString(Integer.parseInt(entity.get("SyncToken").asText()) + 1));
            touched.add(type + ":" + entity.get("Id").asText());
        }
    }

    public void maxLength(JsonNode entity, String field, int max) {
        String value = Json.text(entity, field);
        if (value != null && value.length() > max) {
            throw Faults.tooLong(field, max, value.length());
        }
    }

    public void maxLengthNested(JsonNode entity, String field, String inner, int max) {
        JsonNode nested = entity.get(field);
        if (nested != null && nested.isObject()) {
            String value = Json.text(nested, inner);
            if (value != null && value.length() > max) {
                throw Faults.tooLong(field + "." + inner, max, value.length());
            }
        }
    }

    public void email(JsonNode entity, String field) {
        JsonNode nested = entity.get(field);
        if (nested == null || nested.isNull()) {
            return;
        }
        maxLengthNested(entity, field, "Address", 100);
        String address = Json.text(nested, "Address");
        if (address == null || address.isEmpty()) {
            return;
        }
        for (String one : address.split(",")) {
            String a = one.trim();
            int at = a.indexOf('@');
            if (at <= 0 || at != a.lastIndexOf('@') || a.indexOf('.', at) < at + 2 || a.endsWith(".") || a.contains(" ")) {
                throw Faults.badEmail(field);
            }
        }
    }

    public void require(JsonNode entity, String field) {
        JsonNode v = entity.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            throw Faults.required(field);
        }
    }

    /**
     * Checks a ReferenceType against the company: unknown or deleted gives 2500, inactive gives 610; fills {@code name}.
     * @return the referenced entity, or null when the field is absent
     */
    public ObjectNode reference(ObjectNode holder, String field, String type, boolean required) {
        JsonNode ref = holder.get(field);
        if (ref == null || ref.isNull()) {
            if (required) {
                throw Faults.required(field);
            }
            return null;
        }
        String id = ref.isObject() ? Json.text(ref, "value") : null;
        if (id == null || id.isBlank()) {
            if (required) {
                throw Faults.required(field);
            }
            return null;
        }
        ObjectNode target = company.get(type, id);
        if (target == null) {
            throw Faults.invalidReference(field, id);
        }
        if (!Json.bool(target, "Active", true)) {
            throw Faults.inactiveReference(field);
        }
        String name = displayName(type, target);
        if (name != null) {
            ((ObjectNode) ref).put("name", name);
        }
        return target;
    }

    /** The text QuickBooks puts in {@code ref.name} for an entity of {@code type}. */
    public static String displayName(String type, JsonNode target) {
        return switch (type) {
            case "Customer", "Vendor", "Employee" -> Json.text(target, "DisplayName");
            case "Account", "Item", "Class", "Department" -> Json.text(target, "FullyQualifiedName") != null
                    ? Json.text(target, "FullyQualifiedName") : Json.text(target, "Name");
            default -> Json.text(target, "Name");
        };
    }

    /** Books closed on or after this transaction date: fault 6210. */
    public void openPeriod(LocalDate txnDate) {
        LocalDate closed = settings().bookCloseDate;
        if (closed != null && txnDate != null && !txnDate.isAfter(closed)) {
            throw Faults.booksClosed();
        }
    }

    public void currency(ObjectNode entity, String currencyOfCounterparty) {
        String home = settings().homeCurrency;
        String given = Json.refValue(entity, "CurrencyRef");
        if (!settings().multiCurrency) {
            if (given != null && !given.equalsIgnoreCase(home)) {
                throw Faults.business("Multicurrency is not enabled for this company. The currency must be " + home + ".");
            }
            entity.set("CurrencyRef", Currencies.ref(home));
            return;
        }
        String expected = currencyOfCounterparty != null ? currencyOfCounterparty : home;
        if (given == null) {
            given = expected;
        }
        if (currencyOfCounterparty != null && !given.equalsIgnoreCase(currencyOfCounterparty)) {
            throw Faults.business("The currency of the transaction (" + given
                    + ") must match the currency of the customer or vendor (" + currencyOfCounterparty + ").");
        }
        entity.set("CurrencyRef", Currencies.ref(given.toUpperCase()));
        if (!given.equalsIgnoreCase(home) && !entity.has("ExchangeRate")) {
            entity.put("ExchangeRate", 1);
        }
    }
}
