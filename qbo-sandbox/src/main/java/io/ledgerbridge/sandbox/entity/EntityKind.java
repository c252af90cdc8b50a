package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** What QuickBooks does for one entity type: which properties it knows, what it validates and fills in. */
public interface EntityKind {
    /** The QuickBooks name, e.g. {@code Customer}. */
    String name();

    /** Name lists are deactivated, never deleted, and queries return only active ones by default. */
    boolean nameList();

    /** Transactions have DocNumber, TxnDate and can be deleted. */
    boolean transaction();

    default boolean voidable() {
        return false;
    }

    /** Whether create and update are allowed through {@code /v3/company/{realm}/{entity}} (TaxCode and TaxRate are not). */
    default boolean writable() {
        return true;
    }

    /** Writable and read-only properties QuickBooks accepts in a request body; anything else is fault 2010. */
    Set<String> properties();

    /** Properties a full update keeps from the stored entity when the request leaves them out (read-only ones). */
    default Set<String> keptOnFullUpdate() {
        return Set.of();
    }

    /** The property queries sort by when no ORDERBY is given. */
    default String defaultOrder() {
        return "Id";
    }

    /**
     * Validates and fills server fields of {@code entity} in place.
     * @param previous the stored version on update, null on create
     */
    void prepare(EntityContext ctx, ObjectNode entity, ObjectNode previous);

    /** Follow-up effects after a save (balances, links); {@code entity} is null after a delete. */
    default void afterSave(EntityContext ctx, ObjectNode entity, ObjectNode previous) {
    }
}
