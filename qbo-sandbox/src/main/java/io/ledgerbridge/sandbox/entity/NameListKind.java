package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.api.QboFault;
import io.ledgerbridge.sandbox.json.Json;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A name list (Customer, Vendor, Employee, Item, Account and the simple lists): deactivated rather than deleted,
 * never a transaction, sorted by its name property by default. Also the Name rules the Name-keyed lists share:
 * a required Name of at most 100 characters, unique among its siblings, nested under a ParentRef of the same type.
 */
abstract class NameListKind implements EntityKind {
    private final String name;
    private final Set<String> props;
    private final String defaultOrder;

    NameListKind(String name, Set<String> props, String defaultOrder) {
        this.name = name;
        this.props = props;
        this.defaultOrder = defaultOrder;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean nameList() {
        return true;
    }

    @Override
    public final boolean transaction() {
        return false;
    }

    @Override
    public final Set<String> properties() {
        return props;
    }

    @Override
    public final String defaultOrder() {
        return defaultOrder;
    }

    /** Name is required and at most 100 characters; returns it. */
    static String requiredName(EntityContext ctx, ObjectNode e) {
        ctx.require(e, "Name");
        ctx.maxLength(e, "Name", 100);
        return Json.text(e, "Name");
    }

    /**
     * Checks the Name is unique among its siblings (6240), then resolves ParentRef to an entity of this type and
     * sets {@code subFlag} to whether there is one; returns the parent or null.
     */
    ObjectNode uniqueUnderParent(EntityContext ctx, ObjectNode e, String subFlag) {
        uniqueName(ctx, e, name);
        ObjectNode parent = ctx.reference(e, "ParentRef", name, false);
        e.put(subFlag, parent != null);
        return parent;
    }

    /** FullyQualifiedName is {@code Parent:Name}, or the bare name at the top. */
    static void fullyQualifiedName(ObjectNode e, ObjectNode parent, String n) {
        e.put("FullyQualifiedName", parent == null ? n : Json.text(parent, "FullyQualifiedName") + ":" + n);
    }

    /** A list entry is active unless the request says otherwise. */
    static void activeByDefault(ObjectNode e) {
        if (!e.has("Active")) {
            e.put("Active", true);
        }
    }

    /** Names are unique among siblings of one list (same parent), compared without case: 6240. */
    static void uniqueName(EntityContext ctx, ObjectNode e, String type) {
        String name = Json.text(e, "Name").trim().toLowerCase(Locale.ROOT);
        String parent = Json.refValue(e, "ParentRef");
        String id = Json.text(e, "Id");
        for (ObjectNode other : ctx.company().lookUp(type, "Name", name)) {
            String otherName = Json.text(other, "Name");
            if (other.get("Id").asText().equals(id) || otherName == null
                    || !Objects.equals(parent, Json.refValue(other, "ParentRef"))) {
                continue;
            }
            if (otherName.trim().toLowerCase(Locale.ROOT).equals(name)) {
                throw "Item".equals(type) ? Faults.duplicateItemName()
                        : QboFault.validation("6240", "Duplicate Name Exists Error",
                                "The name supplied already exists. : " + Json.text(e, "Name"), null);
            }
        }
    }
}
