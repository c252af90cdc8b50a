package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.qbo.client.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The QuickBooks entities LedgerBridge links host records to, and so the only ones whose changes it stores: a
 * customer or project is a Customer, an invoice an Invoice, a payment a Payment, an expense a Purchase. Changes to
 * anything else (accounts, items, vendors...) are acknowledged and dropped.
 */
public final class InboundEntities {
    /** The watched entities, in the order CDC asks for them. */
    public static final List<EntityType<?>> WATCHED = List.of(EntityType.CUSTOMER, EntityType.INVOICE,
            EntityType.PAYMENT, EntityType.PURCHASE);

    private InboundEntities() {
    }

    /**
     * @param name an entity name in any case ({@code invoice} in a CloudEvents type, {@code Invoice} elsewhere)
     * @return the watched entity of that name, if it is one
     */
    public static Optional<EntityType<?>> watched(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return WATCHED.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /**
     * @param type a host record type
     * @return the QuickBooks entity its records are linked to
     */
    public static EntityType<?> of(RecordType type) {
        return switch (type) {
            case CUSTOMER, PROJECT -> EntityType.CUSTOMER;
            case INVOICE -> EntityType.INVOICE;
            case PAYMENT -> EntityType.PAYMENT;
            case EXPENSE -> EntityType.PURCHASE;
        };
    }
}
