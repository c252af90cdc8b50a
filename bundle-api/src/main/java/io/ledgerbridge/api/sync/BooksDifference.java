package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;

/**
 * One difference of a books-match report.
 *
 * @param kind what differs
 * @param record the host record, or {@code null} for a record only the remote ledger holds
 * @param remoteId the remote ledger's id, or {@code null} for a record only the host holds
 * @param label the record as people know it (name, invoice number)
 * @param hostValue the host's amount (plain decimal), or {@code null} when the host has none
 * @param remoteValue the remote ledger's amount, or {@code null} when it has none
 * @param cause the likely cause
 * @param action what fixes it
 * @param explanation the cause in plain words, naming the records involved
 * @param remedy what to do, naming the page where it is done
 * @since 1.2
 */
public record BooksDifference(Kind kind, RecordRef record, String remoteId, String label, String hostValue,
        String remoteValue, DriftCause cause, DriftAction action, String explanation, String remedy) {
    public BooksDifference {
        Checks.required(kind, "kind");
        Checks.required(cause, "cause");
        Checks.required(action, "action");
        Checks.requiredText(explanation, "explanation");
        Checks.requiredText(remedy, "remedy");
    }

    /** What a difference compares. */
    public enum Kind {
        /** A customer's (or project's) open balance. */
        CUSTOMER_BALANCE,
        /** An invoice's total. */
        INVOICE_TOTAL,
        /** An invoice's open balance. */
        INVOICE_BALANCE,
        /** A record the remote ledger holds and the host does not (no link). */
        ONLY_IN_REMOTE,
        /** A record the host holds and the remote ledger does not (no link, or the remote one is gone). */
        ONLY_IN_HOST
    }

    /** The likely cause of a difference. */
    public enum DriftCause {
        /** A host payment that has not reached the remote ledger yet. */
        PAYMENT_NOT_PUSHED,
        /** A host change that has not reached the remote ledger yet (or a record never pushed). */
        CHANGE_NOT_PUSHED,
        /** A credit memo made in the remote ledger (applied to an invoice, or left open on the customer). */
        CREDIT_MEMO_IN_REMOTE,
        /** A journal entry made in the remote ledger. */
        JOURNAL_ENTRY_IN_REMOTE,
        /** A payment recorded in the remote ledger that has not reached the host. */
        PAYMENT_IN_REMOTE,
        /** The remote ledger rounds tax per line or per rate where the host rounds once. */
        TAX_ROUNDING,
        /** Someone changed the amounts in the remote ledger. */
        EDITED_IN_REMOTE,
        /** The record was deleted (or made inactive) in the remote ledger. */
        DELETED_IN_REMOTE,
        /** The record was deleted in the host. */
        DELETED_IN_HOST,
        /** The record was made in the remote ledger and never linked to the host. */
        NOT_LINKED,
        /** The differences of the customer's invoices, listed on their own. */
        INVOICES_DIFFER,
        /** Nothing on record explains it. */
        UNEXPLAINED
    }

    /** What fixes a difference. */
    public enum DriftAction {
        /** Push the host record again. */
        RESYNC,
        /** Decide the record's open conflict. */
        OPEN_CONFLICT,
        /** Forget the link, so the record is created afresh (or left alone). */
        UNLINK,
        /** Link the host record to its remote counterpart, or import the remote record. */
        LINK,
        /** Record in the host what was done in the remote ledger (a credit, a payment). */
        RECORD_IN_HOST,
        /** Change the tax mapping so both sides compute the same tax. */
        REVIEW_TAX
    }
}
