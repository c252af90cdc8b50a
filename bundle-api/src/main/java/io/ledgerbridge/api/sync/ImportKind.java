package io.ledgerbridge.api.sync;

/**
 * What an import brings, counted separately in its progress.
 *
 * @since 1.1
 */
public enum ImportKind {
    /** Remote customers that become host customers. */
    CUSTOMER,
    /** Remote sub-customers that become host projects. */
    PROJECT,
    /** Outstanding remote invoices. */
    INVOICE,
    /** Payments already made on those invoices. */
    PAYMENT
}
