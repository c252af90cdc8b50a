package io.ledgerbridge.api.settings;

/** How a US company receives the host's invoice tax. */
public enum UsTaxMode {
    /** As a separate line such as "Tax (8.5%)", so the remote total always equals the host's. */
    SEPARATE_LINE,
    /** As the invoice's transaction tax override ({@code TxnTaxDetail.TotalTax}). */
    TAX_OVERRIDE
}
