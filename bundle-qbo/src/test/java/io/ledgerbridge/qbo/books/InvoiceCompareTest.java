package io.ledgerbridge.qbo.books;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.BooksDifference.DriftAction;
import io.ledgerbridge.api.sync.BooksDifference.DriftCause;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.BooksMatchStore.LinkRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The causes the sandbox cannot make on purpose: tax rounding, a change not pushed, a voided invoice, a journal entry. */
class InvoiceCompareTest {
    static final Instant PUSHED = Instant.parse("2026-12-07T10:00:00Z");
    static final RecordRef I1 = RecordRef.of(RecordType.INVOICE, "i1");

    final Set<RecordRef> pending = new HashSet<>();
    final LinkIndex links = new LinkIndex();
    final InvoiceCompare compare = new InvoiceCompare(new InvoiceCompare.Facts() {
        @Override
        public Optional<String> openConflict(RecordRef record) {
            return Optional.empty();
        }

        @Override
        public boolean pendingPush(RecordRef record) {
            return pending.contains(record);
        }
    }, links);

    static HostBooks.Invoice host(InvoiceStatus status, Instant updatedAt, String... payments) {
        HostInvoice i = new HostInvoice("i1", "c1", null, "Z-1", status, LocalDate.of(2026, 12, 1), null,
                Currency.getInstance("USD"), List.of(
                        new HostInvoiceLine("l1", null, null, "Work", "a", new BigDecimal("3"), Money.of("3.33", "USD"),
                                null, null),
                        new HostInvoiceLine("l2", null, null, "Work", "b", new BigDecimal("1"), Money.of("0.67", "USD"),
                                null, null)), Money.of("0.83", "USD"), new BigDecimal("8.25"), null, null, updatedAt);
        List<HostPayment> paid = java.util.Arrays.stream(payments).map(p -> new HostPayment(p, "i1",
                Money.of("5", "USD"), LocalDate.of(2026, 12, 2), null, null)).toList();
        return HostBooks.invoice(i, paid, false);
    }

    static ObjectNode qbo(String total, String balance, String syncToken) {
        ObjectNode q = JsonNodeFactory.withExactBigDecimals(true).objectNode().put("Id", "130")
                .put("TotalAmt", new BigDecimal(total)).put("Balance", new BigDecimal(balance))
                .put("SyncToken", syncToken);
        q.putArray("LinkedTxn");
        return q;
    }

    static LinkRow link(String totalDifference) {
        return new LinkRow("i1", "130", "2", PUSHED, false, totalDifference, null);
    }

    @Test
    void aCentPerLineOnAnInvoiceQuickBooksHasNotChangedIsTaxRounding() {
        HostBooks.Invoice mine = host(InvoiceStatus.SENT, PUSHED.minusSeconds(60)); // 11.49 in all
        BooksDifference d = compare.compare(I1, link(null), mine, qbo("11.50", "11.50", "2")).difference();
        assertThat(d.cause()).isEqualTo(DriftCause.TAX_ROUNDING);
        assertThat(d.action()).isEqualTo(DriftAction.REVIEW_TAX);
        assertThat(d.remedy()).contains("Settings → Integrations → QuickBooks → Mappings → Tax codes");
    }

    @Test
    void theDifferenceRecordedAtThePushIsRoundingEvenWhenQuickBooksMovedOn() {
        HostBooks.Invoice mine = host(InvoiceStatus.SENT, PUSHED.minusSeconds(60));
        assertThat(compare.compare(I1, link("0.04"), mine, qbo("11.53", "11.53", "3")).difference().cause())
                .isEqualTo(DriftCause.TAX_ROUNDING);
        assertThat(compare.compare(I1, link(null), mine, qbo("11.53", "11.53", "3")).difference().cause())
                .as("the same amount with no record of it is an edit").isEqualTo(DriftCause.EDITED_IN_REMOTE);
    }

    @Test
    void aHostChangeAfterThePushIsAChangeNotPushed() {
        HostBooks.Invoice mine = host(InvoiceStatus.SENT, PUSHED.plusSeconds(60));
        BooksDifference d = compare.compare(I1, link(null), mine, qbo("20.00", "20.00", "2")).difference();
        assertThat(d.cause()).isEqualTo(DriftCause.CHANGE_NOT_PUSHED);
        assertThat(d.action()).isEqualTo(DriftAction.RESYNC);
        pending.add(I1);
        assertThat(compare.compare(I1, link(null), host(InvoiceStatus.SENT, PUSHED.minusSeconds(9)),
                qbo("20.00", "20.00", "2")).difference().cause()).isEqualTo(DriftCause.CHANGE_NOT_PUSHED);
    }

    @Test
    void aVoidedInvoiceMatchesQuickBooksZeroedOneAndAPaidOneItsBalance() {
        assertThat(compare.compare(I1, link(null), host(InvoiceStatus.VOIDED, PUSHED), qbo("0", "0", "3")))
                .isEqualTo(new InvoiceCompare.Outcome(null, null));
        links.add(RecordType.PAYMENT, new LinkRow("p1", "77", "0", PUSHED, false, null, null));
        assertThat(compare.compare(I1, link(null), host(InvoiceStatus.PARTIALLY_PAID, PUSHED, "p1"),
                qbo("11.49", "6.49", "2"))).isEqualTo(new InvoiceCompare.Outcome(null, null));
    }

    @Test
    void aLowerBalanceWaitsForQuickBooksPaymentsAndAJournalEntryIsNamed() {
        ObjectNode invoice = qbo("11.49", "5.49", "3");
        invoice.withArray("LinkedTxn").addObject().put("TxnId", "88").put("TxnType", "Payment");
        InvoiceCompare.Outcome outcome = compare.compare(I1, link(null), host(InvoiceStatus.SENT, PUSHED), invoice);
        assertThat(outcome.awaiting().unknownPayments()).containsExactly("88");

        ObjectNode payment = JsonNodeFactory.instance.objectNode().put("Id", "88");
        ObjectNode line = payment.putArray("Line").addObject().put("Amount", new BigDecimal("6"));
        line.putArray("LinkedTxn").addObject().put("TxnId", "9").put("TxnType", "JournalEntry");
        BooksDifference d = InvoiceCompare.classify(outcome.awaiting(), Map.of("88", payment));
        assertThat(d.cause()).isEqualTo(DriftCause.JOURNAL_ENTRY_IN_REMOTE);
        assertThat(d.action()).isEqualTo(DriftAction.RECORD_IN_HOST);
        assertThat(d.hostValue()).isEqualTo("11.49");
        assertThat(d.remoteValue()).isEqualTo("5.49");
    }
}
