package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.Set;

/** Customer, with sub-customers (jobs): ParentRef, Level, FullyQualifiedName {@code Parent:Job}, BillWithParent. */
final class CustomerKind extends NameListKind {
    private static final Set<String> PROPS = NameRules.with("BillAddr", "ShipAddr", "OtherAddr", "Notes", "Job",
            "ParentRef", "BillWithParent", "Level", "FullyQualifiedName", "Taxable", "DefaultTaxCodeRef",
            "TaxExemptionReasonId", "SalesTermRef", "PaymentMethodRef", "CustomerTypeRef", "PreferredDeliveryMethod",
            "ResaleNum", "CurrencyRef", "Balance", "OpenBalanceDate", "BalanceWithJobs", "IsProject", "GSTIN",
            "BusinessNumber", "GSTRegistrationType", "PrimaryTaxIdentifier", "SecondaryTaxIdentifier", "ARAccountRef",
            "ContactName", "AltContactName", "TaxRegistrationNumber", "SecondaryTaxIdentifier");
    private static final int MAX_LEVEL = 4;

    CustomerKind() {
        super("Customer", PROPS, "FullyQualifiedName");
    }

    @Override
    public Set<String> keptOnFullUpdate() {
        return Set.of("Balance", "BalanceWithJobs", "CurrencyRef", "DefaultTaxCodeRef");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        NameRules.names(ctx, e, name(), previous);
        ctx.maxLength(e, "Notes", 2000);
        ctx.maxLength(e, "ResaleNum", 16);
        NameRules.addresses(ctx, e, previous, "BillAddr", "ShipAddr");
        String delivery = Json.text(e, "PreferredDeliveryMethod");
        if (delivery == null) {
            e.put("PreferredDeliveryMethod", "Print");
        } else if (!Set.of("Print", "Email", "None").contains(delivery)) {
            throw Faults.invalidEnum("PreferredDeliveryMethod", delivery);
        }
        ctx.reference(e, "SalesTermRef", "Term", false);
        ctx.reference(e, "PaymentMethodRef", "PaymentMethod", false);
        currency(ctx, e, previous);
        hierarchy(ctx, e);
        if (ctx.settings().isUs() && ctx.settings().defaultTaxCodeId != null && !e.has("DefaultTaxCodeRef")) {
            e.set("DefaultTaxCodeRef", Json.object().put("value", ctx.settings().defaultTaxCodeId));
        }
        if (!e.has("Taxable")) {
            e.put("Taxable", e.has("DefaultTaxCodeRef"));
        }
        e.put("BillWithParent", Json.bool(e, "BillWithParent", false));
        if (previous == null) {
            e.put("Balance", BigDecimal.ZERO);
            e.put("BalanceWithJobs", BigDecimal.ZERO);
        }
    }

    private void currency(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        String given = Json.refValue(e, "CurrencyRef");
        if (previous != null) {
            String fixed = Json.refValue(previous, "CurrencyRef");
            if (given != null && fixed != null && !given.equalsIgnoreCase(fixed)) {
                throw Faults.business("You can't change the currency of a customer once it has been created.");
            }
            e.set("CurrencyRef", previous.get("CurrencyRef").deepCopy());
            return;
        }
        ctx.currency(e, null);
    }

    private void hierarchy(EntityContext ctx, ObjectNode e) {
        String parentId = Json.refValue(e, "ParentRef");
        if (parentId == null) {
            e.put("Job", false);
            e.remove("ParentRef");
            e.remove("Level");
            e.put("FullyQualifiedName", Json.text(e, "DisplayName"));
            return;
        }
        if (parentId.equals(Json.text(e, "Id"))) {
            throw Faults.business("A customer cannot be its own parent.");
        }
        ObjectNode parent = ctx.reference(e, "ParentRef", "Customer", true);
        ((ObjectNode) e.get("ParentRef")).remove("name");
        for (ObjectNode up = parent; up != null; up = ctx.company().get(name(), Json.refValue(up, "ParentRef"))) {
            if (up.get("Id").asText().equals(Json.text(e, "Id"))) {
                throw Faults.business("A customer cannot be placed under one of its own sub-customers.");
            }
        }
        int level = parent.path("Level").asInt(0) + 1;
        if (level > MAX_LEVEL) {
            throw Faults.business("Sub-customers can be nested at most " + MAX_LEVEL + " levels deep.");
        }
        e.put("Job", true);
        e.put("Level", level);
        e.put("FullyQualifiedName", Json.text(parent, "FullyQualifiedName") + ":" + Json.text(e, "DisplayName"));
    }

    @Override
    public void afterSave(EntityContext ctx, ObjectNode entity, ObjectNode previous) {
        if (entity != null && previous != null
                && !Json.text(entity, "FullyQualifiedName").equals(Json.text(previous, "FullyQualifiedName"))) {
            renameChildren(ctx, entity);
        }
        // a customer moved to another parent changes the BalanceWithJobs of the old parent's line too
        Balances.customers(ctx, Balances.customersOf(entity, previous, "Id", "ParentRef"));
    }

    private void renameChildren(EntityContext ctx, ObjectNode parent) {
        String id = parent.get("Id").asText();
        for (ObjectNode child : ctx.company().referencing(name(), "ParentRef", id)) {
            child.put("FullyQualifiedName", Json.text(parent, "FullyQualifiedName") + ":" + Json.text(child, "DisplayName"));
            ctx.touch(name(), child, false);
            renameChildren(ctx, child);
        }
    }
}
