package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import java.time.LocalDate;
import java.util.Set;

/** Rules every transaction shares: TxnDate and the closing date, DocNumber numbering and uniqueness, memo lengths. */
final class TxnRules {
    static final Set<String> COMMON = Set.of("Id", "SyncToken", "domain", "sparse", "MetaData", "DocNumber", "TxnDate",
            "PrivateNote", "CurrencyRef", "ExchangeRate", "DepartmentRef", "LinkedTxn", "Line", "TxnTaxDetail",
            "GlobalTaxCalculation", "TotalAmt", "HomeTotalAmt", "CustomField", "TxnSource", "TransactionLocationType",
            "status", "ClassRef", "ProjectRef", "TaxExemptionRef", "TxnStatus");

    private TxnRules() {
    }

    static void common(EntityContext ctx, ObjectNode e, ObjectNode previous, String type) {
        if (previous != null) {
            ctx.openPeriod(Times.parseDate(Json.text(previous, "TxnDate")));
        }
        String txnDate = Json.text(e, "TxnDate");
        if (txnDate == null) {
            e.put("TxnDate", ctx.today().toString());
        } else {
            LocalDate parsed = Times.parseDate(txnDate);
            if (parsed == null) {
                throw Faults.badRequestBody("TxnDate");
            }
            e.put("TxnDate", parsed.toString());
        }
        ctx.openPeriod(Times.parseDate(Json.text(e, "TxnDate")));
        ctx.maxLength(e, "PrivateNote", 4000);
        ctx.reference(e, "DepartmentRef", "Department", false);
        ctx.reference(e, "ClassRef", "Class", false);
        JsonNode custom = e.get("CustomField");
        if (custom != null && custom.isArray() && custom.size() > 3) {
            throw Faults.business("A transaction can have at most 3 custom fields.");
        }
    }

    /** Numbering: automatic unless custom transaction numbers are on; duplicates are 6140 unless allowed. */
    static void docNumber(EntityContext ctx, ObjectNode e, ObjectNode previous, String type, Set<String> collidesWith, boolean autoNumber) {
        String doc = Json.text(e, "DocNumber");
        if (doc == null && previous != null && Json.text(previous, "DocNumber") != null) {
            doc = Json.text(previous, "DocNumber");
            e.put("DocNumber", doc);
        }
        if (doc == null) {
            if (autoNumber && !ctx.settings().customTxnNumbers) {
                e.put("DocNumber", next(ctx, type));
            }
            return;
        }
        ctx.maxLength(e, "DocNumber", 21);
        boolean unchanged = previous != null && doc.equals(Json.text(previous, "DocNumber"));
        if (ctx.allowDuplicateDocNumber() || unchanged) {
            return;
        }
        String id = Json.text(e, "Id");
        for (String other : collidesWith) {
            for (ObjectNode txn : ctx.company().lookUp(other, "DocNumber", doc)) {
                if (doc.equalsIgnoreCase(Json.text(txn, "DocNumber")) && !(other.equals(type) && txn.get("Id").asText().equals(id))) {
                    throw Faults.duplicateDocNumber(doc, other, txn.get("Id").asText());
                }
            }
        }
    }

    private static String next(EntityContext ctx, String type) {
        // custom numbers (not whole numbers) do not take part in automatic numbering
        return Long.toString(Math.max(1000, ctx.company().greatestDocNumber(type)) + 1);
    }

    static void enumValue(ObjectNode e, String field, Set<String> allowed, String fallback) {
        String v = Json.text(e, field);
        if (v == null) {
            if (fallback != null) {
                e.put(field, fallback);
            }
        } else if (!allowed.contains(v)) {
            throw Faults.invalidEnum(field, v);
        }
    }
}
