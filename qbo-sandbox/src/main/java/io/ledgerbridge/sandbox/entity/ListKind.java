package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simple name lists: Class, Department, PaymentMethod, Term, and the REST-read-only TaxCode and TaxRate.
 * Name is required, at most 100 characters, unique in its list; Class and Department nest with a parent.
 */
class ListKind extends NameListKind {
    private static final Set<String> BASE = Set.of("Id", "SyncToken", "domain", "sparse", "MetaData", "Name", "Active", "status");
    private final String subFlag;
    private final boolean writable;

    ListKind(String name, String subFlag, boolean writable, String... extra) {
        super(name, propertiesOf(subFlag, extra), subFlag != null ? "FullyQualifiedName" : "Name");
        this.subFlag = subFlag;
        this.writable = writable;
    }

    private static Set<String> propertiesOf(String subFlag, String... extra) {
        Set<String> p = new HashSet<>(BASE);
        p.addAll(List.of(extra));
        if (subFlag != null) {
            p.addAll(List.of(subFlag, "ParentRef", "FullyQualifiedName"));
        }
        return Set.copyOf(p);
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
    public boolean writable() {
        return writable;
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        String name = name();
        String n = requiredName(ctx, e);
        if (subFlag != null && n.indexOf(':') >= 0) {
            throw Faults.business("The name cannot contain a colon (:).");
        }
        uniqueName(ctx, e, name);
        activeByDefault(e);
        if ("Term".equals(name) && !e.has("Type")) {
            e.put("Type", "STANDARD");
        }
        if ("PaymentMethod".equals(name) && !e.has("Type")) {
            e.put("Type", "NON_CREDIT_CARD");
        }
        if (subFlag != null) {
            ObjectNode parent = ctx.reference(e, "ParentRef", name, false);
            e.put(subFlag, parent != null);
            fullyQualifiedName(e, parent, n);
        }
    }
}
