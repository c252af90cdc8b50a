package io.ledgerbridge.api;

/** What an import brings from the remote ledger. */
public enum ImportScope {
    /** Customers (contacts). */
    CONTACTS,
    /** Outstanding (unpaid) invoices, with their customers. */
    OUTSTANDING_INVOICES
}
