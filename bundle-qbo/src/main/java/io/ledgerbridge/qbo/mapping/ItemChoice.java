package io.ledgerbridge.qbo.mapping;

/** Which QuickBooks item an invoice line uses; the worker turns the last two into ids (find or create). */
public sealed interface ItemChoice {

    /** @param itemId a QuickBooks Item Id (from the item mapping or the default item) */
    record Known(String itemId) implements ItemChoice {
    }

    /**
     * An item named after the line (created when missing), its SKU the catalogue id.
     *
     * @param name the sanitised item name (at most 100)
     * @param sku the catalogue id, or {@code null}
     */
    record PerLine(String name, String sku) implements ItemChoice {
    }

    /** The generic item, for lines with no mapping, no default and no name. */
    record Generic() implements ItemChoice {
        /** The generic item's name in QuickBooks. */
        public static final String NAME = "LedgerBridge item";
    }
}
