package io.ledgerbridge.api;

/** The remote ledger's lists an administrator can download as JSON for diagnosis. */
public enum DiagnosticsDump {
    /** Top-level customers. */
    CUSTOMERS,
    /** Sub-customers (jobs, projects). */
    SUB_CUSTOMERS,
    /** Invoices. */
    INVOICES
}
