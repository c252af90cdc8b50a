package io.ledgerbridge.api.host;

/**
 * Where an invoice stands in the host's life cycle. The connector pushes only the states its settings name
 * (by default every state but {@link #DRAFT}).
 */
public enum InvoiceStatus {
    /** Being written; never pushed. */
    DRAFT,
    /** Approved internally, not yet sent. */
    APPROVED,
    /** Sent to the customer. */
    SENT,
    /** Posted to the ledger. */
    POSTED,
    /** Some payments received, a balance remains. */
    PARTIALLY_PAID,
    /** Fully paid. */
    PAID,
    /** Voided; the remote invoice is voided too, never deleted. */
    VOIDED,
    /** Closed without payment (bad debt): written off in the remote ledger. */
    WRITTEN_OFF
}
