package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The simple name lists: Class, Department, PaymentMethod, Term, and the REST-read-only TaxCode and TaxRate.
 * Name is required, at most 100 characters, unique in its list; Class and Department nest with a parent.
 */
class ListKind implements EntityKind {
    private static final Set<String> BASE = Set.of("Id", "SyncToken", "domain", "sparse", "MetaData", "Name", "Active", "status");
    private final String name;
    private final Set<String> props;
    private final String subFlag;
    private final boolean writable;

    ListKind(String name, String subFlag, boolean writable, String... extra) {
        this.name = name;
        this.subFlag = subFlag;
        this.writable = writable;
        Set<String> p = new HashSet<>(BASE);
        p.addAll(List.of(extra));
        if (subFlag != null) {
            p.addAll(List.of(subFlag, "ParentRef", "FullyQualifiedName"));
        }
        this.props = Set.copyOf(p);
    }

    static List<EntityKind> all() {
        return List.of(
                new ListKind("Class", "SubClass", true),
                new ListKind("Department", "SubDepartment", true),
                new ListKind("PaymentMethod", null, true, "Type"),
                new ListKind("Term", null, true, "Type", "DueDays", "DiscountPercent", "DiscountDays",
                        "DayOfMonthDue", "DueNextMonthDays", "DiscountDayOfMonth"),
                new ListKind("TaxCode", null, false, "Description", "Taxable", "TaxGroup", "Hidden",
                        "TaxCodeConfigType", "SalesTaxRateList", "PurchaseTaxRateList"),
                new ListKind("TaxRate", null, false, "Description", "RateValue", "AgencyRef", "EffectiveTaxRate",
                        "SpecialTaxType", "DisplayType", "TaxReturnLineRef", "OriginalTaxRate"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean nameList() {
        return true;
    }

    @Override
    public boolean transaction() {
        return false;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public Set<String> properties() {
        return props;
    }

    @Override
    public String defaultOrder() {
        return subFlag != null ? "FullyQualifiedName" : "Name";
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        ctx.require(e, "Name");
        ctx.maxLength(e, "Name", 100);
        String n = Json.text(e, "Name");
        if (subFlag != null && n.indexOf(':') >= 0) {
            throw Faults.business("The name cannot contain a colon (:).");
        }
        uniqueName(ctx, e, name);
        if (!e.has("Active")) {
            e.put("Active", true);
        }
        if ("Term".equals(name) && !e.has("Type")) {
            e.put("Type", "STANDARD");
        }
        if ("PaymentMethod".equals(name) && !e.has("Type")) {
            e.put("Type", "NON_CREDIT_CARD");
        }
        if (subFlag != null) {
            ObjectNode parent = ctx.reference(e, "ParentRef", name, false);
            e.put(subFlag, parent != null);
            e.put("FullyQualifiedName", parent == null ? n : Json.text(parent, "FullyQualifiedName") + ":" + n);
        }
    }

    /** Names are unique among siblings of one list (same parent), compared without case: 6240. */
    static void uniqueName(EntityContext ctx, ObjectNode e, String type) {
        String name = Json.text(e, "Name").trim().toLowerCase(Locale.ROOT);
        String parent = Json.refValue(e, "ParentRef");
        String id = Json.text(e, "Id");
        for (ObjectNode other : ctx.company().all(type)) {
            String otherName = Json.text(other, "Name");
            if (other.get("Id").asText().equals(id) || otherName == null
                    || !java.util.Objects.equals(parent, Json.refValue(other, "ParentRef"))) {
                continue;
            }
            if (otherName.trim().toLowerCase(Locale.ROOT).equals(name)) {
                throw "Item".equals(type) ? Faults.duplicateItemName()
                        : io.ledgerbridge.sandbox.api.QboFault.validation("6240", "Duplicate Name Exists Error",
                                "The name supplied already exists. : " + Json.text(e, "Name"), null);
            }
        }
    }
}
