package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.util.Set;

/** Item: unique Name (no colon), an explicit Type, income account for Service and Inventory, sub-items. */
final class ItemKind extends NameListKind {
    private static final Set<String> TYPES = Set.of("Service", "NonInventory", "Inventory", "Category", "Group");
    private static final Set<String> PROPS = Set.of("Id", "SyncToken", "domain", "sparse", "MetaData", "Name", "Sku",
            "Description", "Active", "SubItem", "ParentRef", "Level", "FullyQualifiedName", "Taxable", "SalesTaxIncluded",
            "UnitPrice", "Type", "IncomeAccountRef", "PurchaseDesc", "PurchaseTaxIncluded", "PurchaseCost",
            "ExpenseAccountRef", "AssetAccountRef", "TrackQtyOnHand", "QtyOnHand", "InvStartDate", "SalesTaxCodeRef",
            "PurchaseTaxCodeRef", "ClassRef", "PrefVendorRef", "ReorderPoint", "Source", "status", "AbatementRate",
            "ReverseChargeRate", "ServiceType", "ItemCategoryType", "UQCDisplayText", "UQCId");

    ItemKind() {
        super("Item", PROPS, "FullyQualifiedName");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        String n = requiredName(ctx, e);
        ctx.maxLength(e, "Sku", 100);
        ctx.maxLength(e, "Description", 4000);
        ctx.maxLength(e, "PurchaseDesc", 4000);
        if (n.indexOf(':') >= 0) {
            throw Faults.business("The product or service name cannot contain a colon (:).");
        }
        ctx.require(e, "Type");
        String type = Json.text(e, "Type");
        if (!TYPES.contains(type)) {
            throw Faults.invalidEnum("Type", type);
        }
        if ("Group".equals(type) && previous == null) {
            throw Faults.business("Bundles (Group items) cannot be created through the API.");
        }
        boolean needsIncome = "Service".equals(type) || "Inventory".equals(type);
        ctx.reference(e, "IncomeAccountRef", "Account", needsIncome);
        ctx.reference(e, "ExpenseAccountRef", "Account", "Inventory".equals(type));
        ctx.reference(e, "AssetAccountRef", "Account", "Inventory".equals(type));
        if ("Inventory".equals(type)) {
            ctx.require(e, "QtyOnHand");
            ctx.require(e, "InvStartDate");
            e.put("TrackQtyOnHand", true);
        } else if (previous != null && Json.bool(previous, "TrackQtyOnHand", false) && !Json.bool(e, "TrackQtyOnHand", true)) {
            throw Faults.business("TrackQtyOnHand cannot be turned off once it is on.");
        } else if (!e.has("TrackQtyOnHand")) {
            e.put("TrackQtyOnHand", false);
        }
        ctx.reference(e, "ClassRef", "Class", false);
        ObjectNode parent = uniqueUnderParent(ctx, e, "SubItem");
        if (parent != null) {
            e.put("Level", parent.path("Level").asInt(0) + 1);
        }
        fullyQualifiedName(e, parent, n);
        activeByDefault(e);
        if (!e.has("Taxable")) {
            e.put("Taxable", false);
        }
        if (!e.has("UnitPrice")) {
            e.put("UnitPrice", 0);
        }
        if (!e.has("PurchaseCost")) {
            e.put("PurchaseCost", 0);
        }
    }
}
