package io.ledgerbridge.api.settings;

/** The remote ledger's lists offered in mapping drop-downs. */
public enum RemoteListKind {
    /** The chart of accounts. */
    ACCOUNTS,
    /** Products and services. */
    ITEMS,
    /** Classes. */
    CLASSES,
    /** Departments (locations). */
    DEPARTMENTS,
    /** Sales tax codes. */
    TAX_CODES,
    /** Payment methods. */
    PAYMENT_METHODS
}
