package io.ledgerbridge.sandbox.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every entity type the sandbox serves, looked up by QuickBooks name or by the lower-case URL segment. */
public final class EntityKinds {
    private static final Map<String, EntityKind> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, EntityKind> BY_PATH = new LinkedHashMap<>();

    static {
        List<EntityKind> kinds = new ArrayList<>(List.of(new CustomerKind(), new VendorKind(), new EmployeeKind(),
                new ItemKind(), new AccountKind()));
        kinds.addAll(ListKind.all());
        kinds.addAll(List.of(new SalesTxnKind("Invoice"), new SalesTxnKind("CreditMemo"),
                new SalesTxnKind("SalesReceipt"), new SalesTxnKind("Estimate"), new PaymentKind(), new PurchaseKind()));
        for (EntityKind k : kinds) {
            BY_NAME.put(k.name(), k);
            BY_PATH.put(k.name().toLowerCase(Locale.ROOT), k);
        }
    }

    private EntityKinds() {
    }

    /** By exact QuickBooks name (queries are case sensitive about entity names). */
    public static EntityKind byName(String name) {
        return BY_NAME.get(name);
    }

    /** By URL segment or any-case name, e.g. {@code invoice} or {@code Invoice}. */
    public static EntityKind byPath(String segment) {
        return segment == null ? null : BY_PATH.get(segment.toLowerCase(Locale.ROOT));
    }

    public static Collection<EntityKind> all() {
        return BY_NAME.values();
    }
}
