package io.ledgerbridge.qbo.books;

import static io.ledgerbridge.qbo.books.Wording.money;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.BooksDifference.DriftAction;
import io.ledgerbridge.api.sync.BooksDifference.DriftCause;
import io.ledgerbridge.api.sync.BooksDifference.Kind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.BooksMatchStore.LinkRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One linked invoice, both sides: its total, then its balance, and the likely cause of a difference from what the
 * connector knows (the link, the outbox, open conflicts). A lower balance in QuickBooks that QuickBooks' own payments
 * must explain is returned as {@link Awaiting}, to be classified once those payments are read (in pages of 1,000).
 */
final class InvoiceCompare {
    /** QuickBooks rounds tax per line: up to a cent a line (at least a cent) is rounding. */
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Facts facts;
    private final LinkIndex links;

    /** What the connector knows besides the links. */
    interface Facts {
        /** @return the record's open conflict id, if any */
        Optional<String> openConflict(RecordRef record);

        /** @return whether a change of the record waits in the outbox */
        boolean pendingPush(RecordRef record);
    }

    InvoiceCompare(Facts facts, LinkIndex links) {
        this.facts = facts;
        this.links = links;
    }

    /** A lower QuickBooks balance waiting for QuickBooks' payments the connector does not know. */
    record Awaiting(RecordRef record, String qboId, String label, BigDecimal host, BigDecimal qbo,
            List<String> unknownPayments) {
    }

    /** The outcome for one invoice: a difference, one awaiting payments, or neither. */
    record Outcome(BooksDifference difference, Awaiting awaiting) {
    }

    Outcome compare(RecordRef ref, LinkRow link, HostBooks.Invoice host, JsonNode qbo) {
        String qboId = qbo.path("Id").asText();
        String label = "Invoice " + host.number();
        BigDecimal qboTotal = qbo.path("TotalAmt").decimalValue();
        BigDecimal qboBalance = qbo.path("Balance").decimalValue();
        if (host.total().compareTo(qboTotal) != 0) {
            return new Outcome(total(ref, link, host, qboId, label, qboTotal, qbo), null);
        }
        if (host.balance().compareTo(qboBalance) == 0) {
            return new Outcome(null, null);
        }
        if (host.balance().compareTo(qboBalance) < 0) {
            return new Outcome(hostPaidMore(ref, host, qboId, label, qboBalance), null);
        }
        List<String> unknown = new ArrayList<>();
        for (JsonNode linked : qbo.path("LinkedTxn")) {
            String type = linked.path("TxnType").asText();
            String id = linked.path("TxnId").asText();
            if ("Payment".equals(type) && !links.paymentQboIds.contains(id)) {
                unknown.add(id);
            }
        }
        if (unknown.isEmpty()) {
            return new Outcome(new BooksDifference(Kind.INVOICE_BALANCE, ref, qboId, label, money(host.balance()),
                    money(qboBalance), DriftCause.UNEXPLAINED, DriftAction.RESYNC, "QuickBooks shows "
                            + money(host.balance().subtract(qboBalance)) + " less open than the host, and lists no "
                            + "payment LedgerBridge does not know", Wording.remedy(DriftAction.RESYNC, ref)), null);
        }
        return new Outcome(null, new Awaiting(ref, qboId, label, host.balance(), qboBalance, unknown));
    }

    private BooksDifference total(RecordRef ref, LinkRow link, HostBooks.Invoice host, String qboId, String label,
            BigDecimal qboTotal, JsonNode qbo) {
        BigDecimal diff = qboTotal.subtract(host.total());
        String h = money(host.total());
        String q = money(qboTotal);
        Optional<String> conflict = facts.openConflict(ref);
        if (conflict.isPresent()) {
            return new BooksDifference(Kind.INVOICE_TOTAL, ref, qboId, label, h, q, DriftCause.EDITED_IN_REMOTE,
                    DriftAction.OPEN_CONFLICT, "The invoice was changed in QuickBooks (total " + q + ", the host's "
                            + h + ") and its conflict " + conflict.get() + " is open",
                    Wording.remedy(DriftAction.OPEN_CONFLICT, ref));
        }
        if (facts.pendingPush(ref) || link.lastSyncedAt() == null || host.updatedAt().isAfter(link.lastSyncedAt())) {
            return new BooksDifference(Kind.INVOICE_TOTAL, ref, qboId, label, h, q, DriftCause.CHANGE_NOT_PUSHED,
                    DriftAction.RESYNC, "The host changed the invoice (total " + h + ") after its last push; "
                            + "QuickBooks still has " + q, Wording.remedy(DriftAction.RESYNC, ref));
        }
        boolean samePush = link.syncToken() != null && link.syncToken().equals(qbo.path("SyncToken").asText());
        boolean recorded = link.totalDifference() != null && new BigDecimal(link.totalDifference()).compareTo(diff) == 0;
        BigDecimal lines = BigDecimal.valueOf(Math.max(1, host.host().lines().size()));
        if (recorded || samePush && diff.abs().compareTo(CENT.multiply(lines)) <= 0) {
            return new BooksDifference(Kind.INVOICE_TOTAL, ref, qboId, label, h, q, DriftCause.TAX_ROUNDING,
                    DriftAction.REVIEW_TAX, "QuickBooks computed the tax of the pushed invoice itself and its total "
                            + "differs by " + money(diff) + " (rounding per line or per rate)",
                    Wording.remedy(DriftAction.REVIEW_TAX, ref));
        }
        return new BooksDifference(Kind.INVOICE_TOTAL, ref, qboId, label, h, q, DriftCause.EDITED_IN_REMOTE,
                DriftAction.RESYNC, "Someone changed the invoice's amounts in QuickBooks: its total is " + q
                        + ", the host's " + h + " (LedgerBridge pushed SyncToken " + link.syncToken() + ", QuickBooks "
                        + "is at " + qbo.path("SyncToken").asText() + ")",
                "Re-sync the invoice on " + Wording.PAGE + ": LedgerBridge sees QuickBooks' edit and opens a "
                        + "conflict on " + Wording.CONFLICTS + ", where you keep the host's amounts or take "
                        + "QuickBooks'");
    }

    private BooksDifference hostPaidMore(RecordRef ref, HostBooks.Invoice host, String qboId, String label,
            BigDecimal qboBalance) {
        String h = money(host.balance());
        String q = money(qboBalance);
        for (HostPayment p : host.payments()) {
            RecordRef payment = RecordRef.of(RecordType.PAYMENT, p.hostPaymentId());
            if (links.live(payment) == null || facts.pendingPush(payment)) {
                return new BooksDifference(Kind.INVOICE_BALANCE, ref, qboId, label, h, q,
                        DriftCause.PAYMENT_NOT_PUSHED, DriftAction.RESYNC, "The host's payment " + p.hostPaymentId()
                                + " of " + money(p.amount().amount()) + " (" + p.paidOn() + ") is not in QuickBooks "
                                + "yet", "Re-sync the invoice on " + Wording.PAGE + ": its payments not in QuickBooks "
                                + "follow it");
            }
        }
        Optional<String> conflict = facts.openConflict(ref);
        if (conflict.isPresent()) {
            return new BooksDifference(Kind.INVOICE_BALANCE, ref, qboId, label, h, q, DriftCause.EDITED_IN_REMOTE,
                    DriftAction.OPEN_CONFLICT, "QuickBooks no longer applies a payment the host holds (voided or "
                            + "deleted there); its conflict " + conflict.get() + " is open",
                    Wording.remedy(DriftAction.OPEN_CONFLICT, ref));
        }
        return new BooksDifference(Kind.INVOICE_BALANCE, ref, qboId, label, h, q, DriftCause.EDITED_IN_REMOTE,
                DriftAction.RESYNC, "QuickBooks shows " + money(qboBalance.subtract(host.balance())) + " more open "
                        + "than the host: a payment was voided, deleted or moved in QuickBooks",
                Wording.remedy(DriftAction.RESYNC, ref));
    }

    /**
     * Classifies an awaiting invoice once QuickBooks' payments it lists are read.
     *
     * @param awaiting the invoice
     * @param payments the payments read, by id (a missing one was deleted meanwhile)
     */
    static BooksDifference classify(Awaiting awaiting, java.util.Map<String, JsonNode> payments) {
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal journal = BigDecimal.ZERO;
        List<String> memos = new ArrayList<>();
        List<String> received = new ArrayList<>();
        for (String id : awaiting.unknownPayments()) {
            JsonNode payment = payments.get(id);
            if (payment == null) {
                continue;
            }
            boolean plain = true;
            for (JsonNode line : payment.path("Line")) {
                for (JsonNode linked : line.path("LinkedTxn")) {
                    String type = linked.path("TxnType").asText();
                    if ("CreditMemo".equals(type)) {
                        credit = credit.add(line.path("Amount").decimalValue());
                        memos.add(linked.path("TxnId").asText());
                        plain = false;
                    } else if ("JournalEntry".equals(type)) {
                        journal = journal.add(line.path("Amount").decimalValue());
                        plain = false;
                    }
                }
            }
            if (plain) {
                received.add(id);
            }
        }
        String h = money(awaiting.host());
        String q = money(awaiting.qbo());
        String gap = money(awaiting.host().subtract(awaiting.qbo()));
        RecordRef ref = awaiting.record();
        String remedy = Wording.remedy(DriftAction.RECORD_IN_HOST, ref);
        if (credit.signum() > 0) {
            return new BooksDifference(Kind.INVOICE_BALANCE, ref, awaiting.qboId(), awaiting.label(), h, q,
                    DriftCause.CREDIT_MEMO_IN_REMOTE, DriftAction.RECORD_IN_HOST, "A credit memo made in QuickBooks "
                            + "(credit memo " + String.join(", ", memos) + ") was applied to the invoice: "
                            + money(credit) + " of the " + gap + " QuickBooks shows less open",
                    "Record the credit of " + money(credit) + " on the host's " + awaiting.label().toLowerCase(
                            java.util.Locale.ROOT) + ", or unapply the credit memo in QuickBooks; then run the report "
                            + "again on " + Wording.PAGE);
        }
        if (journal.signum() > 0) {
            return new BooksDifference(Kind.INVOICE_BALANCE, ref, awaiting.qboId(), awaiting.label(), h, q,
                    DriftCause.JOURNAL_ENTRY_IN_REMOTE, DriftAction.RECORD_IN_HOST, "A journal entry made in "
                            + "QuickBooks was applied to the invoice: " + money(journal) + " of the " + gap, remedy);
        }
        return new BooksDifference(Kind.INVOICE_BALANCE, ref, awaiting.qboId(), awaiting.label(), h, q,
                DriftCause.PAYMENT_IN_REMOTE, DriftAction.RECORD_IN_HOST, "QuickBooks payment "
                        + String.join(", ", received.isEmpty() ? awaiting.unknownPayments() : received)
                        + " was recorded in QuickBooks and has not reached the host yet (LedgerBridge brings it when "
                        + "QuickBooks reports the change)", remedy);
    }
}
