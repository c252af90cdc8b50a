package io.ledgerbridge.api.event;

/** The kinds of host record the connector syncs. */
public enum RecordType {
    /** A customer (client). */
    CUSTOMER,
    /** A project, kept remotely as a sub-customer. */
    PROJECT,
    /** An invoice with its lines and tax. */
    INVOICE,
    /** A payment against an invoice. */
    PAYMENT,
    /** An expense, kept remotely as a purchase. */
    EXPENSE
}
