package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.InboundRig.ADMIN;
import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.customer;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import io.ledgerbridge.qbo.store.RecordLink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A payment the host holds that QuickBooks takes back (voided or deleted there, after it was brought to the host or
 * pushed from it): a conflict on the invoice, never an automatic change, merged with the invoice's other differences;
 * keep records it in QuickBooks again, apply removes it from the host, dismiss leaves both sides as they are for good.
 */
class PaymentTakenBackSandboxTest extends InboundSandboxTest {
    String invoiceId;

    @BeforeEach
    void pushed() {
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.SENT, "8.50")); // 108.50 in all
        rig.push(HostEventKind.INVOICE_CHANGED, "i1");
        invoiceId = rig.qboId(RecordType.INVOICE, "i1");
    }

    /** A payment received in QuickBooks and brought to the host; returns QuickBooks' id. */
    private String receivedInQuickBooks() {
        String paymentId = sandbox.admin().receivePayment(REALM, invoiceId, new BigDecimal("108.50")).path("Id")
                .asText();
        rig.poke("Invoice", invoiceId, Operation.UPDATE);
        assertThat(host.invoices.get("i1").status()).isEqualTo(InvoiceStatus.PAID);
        return paymentId;
    }

    /** A payment brought from QuickBooks, then voided there: the invoice's conflict is open. Returns QuickBooks' id. */
    private String voidedInQuickBooks() {
        String paymentId = receivedInQuickBooks();
        sandbox.admin().voidTransaction(REALM, "Payment", paymentId);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);
        assertThat(rig.open()).hasSize(1);
        return paymentId;
    }

    /** A payment received in the host and pushed; returns QuickBooks' id. */
    private String receivedInTheHost() {
        rig.e.paid(new HostPayment("p1", "i1", Money.of("108.50", "USD"), LocalDate.parse("2026-03-01"), "card",
                "T-1"));
        rig.e.module.engine().drain();
        rig.poke("Invoice", invoiceId, Operation.UPDATE);
        assertThat(balance()).isEqualByComparingTo("0");
        return rig.qboId(RecordType.PAYMENT, "p1");
    }

    private BigDecimal balance() {
        return rig.qbo("Invoice", invoiceId).path("Balance").decimalValue();
    }

    private long paymentReads() {
        return sandbox.admin().requests().stream().filter(r -> "GET".equals(r.method())
                && "Payment".equals(r.entity())).count();
    }

    private RecordLink paymentLink(String hostPaymentId) {
        return rig.e.links.find(T, RecordRef.of(RecordType.PAYMENT, hostPaymentId)).orElseThrow();
    }

    @Test
    void aPaymentVoidedInQuickBooksIsAConflictOnTheInvoiceAndTheHostKeepsItMeanwhile() {
        String paymentId = receivedInQuickBooks();
        String hostPaymentId = "qbo-payment-" + paymentId;
        LocalDate paidOn = host.payments(T, "i1").get(0).paidOn();

        sandbox.admin().voidTransaction(REALM, "Payment", paymentId);
        rig.poke("Payment", paymentId, Operation.VOID);
        rig.poke("Invoice", invoiceId, Operation.UPDATE); // the sandbox reports the invoice's balance moving
        Conflict first = rig.open().get(0);
        rig.poke("Invoice", invoiceId, Operation.UPDATE); // the same change again

        assertThat(rig.open()).containsExactly(first);
        assertThat(first.record()).isEqualTo(RecordRef.of(RecordType.INVOICE, "i1"));
        assertThat(first.hostValues()).isEqualTo(Map.of("Payment " + hostPaymentId,
                "108.50 received " + paidOn + " (QuickBooks payment " + paymentId + ")"));
        assertThat(first.remoteValues()).isEqualTo(Map.of("Payment " + hostPaymentId, "voided in QuickBooks"));
        assertThat(host.payments(T, "i1")).extracting(HostPayment::hostPaymentId).containsExactly(hostPaymentId);
        assertThat(host.invoices.get("i1").status()).isEqualTo(InvoiceStatus.PAID);
        RecordSyncStatus status = rig.status(RecordType.INVOICE, "i1");
        assertThat(status.state()).isEqualTo(SyncState.CONFLICT);
        assertThat(status.message()).isEqualTo("Payment taken back in QuickBooks: payment " + paymentId
                + " (108.50) was voided there; the host still has it");
    }

    @Test
    void aPaymentPushedFromTheHostAndDeletedInQuickBooksIsAConflictToo() {
        String paymentId = receivedInTheHost();
        long reads = paymentReads();

        sandbox.admin().delete(REALM, "Payment", paymentId);
        rig.poke("Payment", paymentId, Operation.DELETE);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(rig.open()).singleElement().satisfies(c -> {
            assertThat(c.hostValues()).containsExactly(Map.entry("Payment p1",
                    "108.50 received 2026-03-01 (QuickBooks payment " + paymentId + ")"));
            assertThat(c.remoteValues()).containsExactly(Map.entry("Payment p1", "deleted in QuickBooks"));
        });
        assertThat(paymentReads() - reads).as("only the payment the invoice no longer lists is read").isEqualTo(1);
        assertThat(rig.status(RecordType.INVOICE, "i1").message()).isEqualTo("Payment taken back in QuickBooks: "
                + "payment " + paymentId + " (108.50) was deleted there; the host still has it");
    }

    @Test
    void aLaterInvoiceChangeThatTakesNothingBackReadsNoPayment() {
        receivedInTheHost();
        long reads = paymentReads();

        rig.edit("Invoice", invoiceId, "PrivateNote", "checked by accounts"); // not a host-owned field
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(paymentReads()).isEqualTo(reads);
        assertThat(rig.open()).isEmpty();
    }

    @Test
    void applyRemovesThePaymentFromTheHostAndTheInvoiceIsNoLongerPaid() {
        String paymentId = voidedInQuickBooks();

        Conflict applied = rig.conflicts.resolve(T, rig.open().get(0).conflictId(), ConflictResolution.APPLY_REMOTE,
                ADMIN);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(applied.resolution()).isEqualTo(ConflictResolution.APPLY_REMOTE);
        assertThat(host.ledgerCalls).endsWith("applyValues invoice i1 {payments.qbo-payment-" + paymentId + "=}");
        assertThat(host.payments(T, "i1")).isEmpty();
        assertThat(host.invoices.get("i1").status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(balance()).isEqualByComparingTo("108.50");
        assertThat(paymentLink("qbo-payment-" + paymentId).broken()).isTrue();
        assertThat(rig.open()).isEmpty();
        assertThat(rig.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void keepRecordsThePaymentInQuickBooksAgainAndTheInvoiceIsPaidThereOnceMore() {
        String first = receivedInTheHost();
        sandbox.admin().delete(REALM, "Payment", first);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        rig.conflicts.resolve(T, rig.open().get(0).conflictId(), ConflictResolution.KEEP_HOST, ADMIN);
        rig.e.module.engine().drain();
        String again = rig.qboId(RecordType.PAYMENT, "p1");
        rig.poke("Payment", again, Operation.CREATE);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(again).isNotNull().isNotEqualTo(first);
        assertThat(rig.qbo("Payment", again).path("TotalAmt").decimalValue()).isEqualByComparingTo("108.50");
        assertThat(balance()).isEqualByComparingTo("0");
        assertThat(rig.e.qbo("Payment")).hasSize(1);
        assertThat(host.payments(T, "i1")).extracting(HostPayment::hostPaymentId).containsExactly("p1");
        assertThat(host.ledgerCalls).noneMatch(call -> call.startsWith("applyValues") || call.startsWith("record"));
        assertThat(rig.open()).isEmpty();
        assertThat(rig.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void dismissLeavesBothSidesAndTheTakenBackPaymentIsNeitherRaisedNorSentAgain() {
        String paymentId = voidedInQuickBooks();
        int calls = host.ledgerCalls.size();

        rig.conflicts.resolve(T, rig.open().get(0).conflictId(), ConflictResolution.DISMISS, ADMIN);
        rig.edit("Invoice", invoiceId, "PrivateNote", "payment bounced"); // a later change of the invoice
        rig.poke("Invoice", invoiceId, Operation.UPDATE);
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.PAID, "8.50")); // and a later host change, pushed
        rig.push(HostEventKind.INVOICE_CHANGED, "i1");

        assertThat(rig.open()).isEmpty();
        assertThat(host.ledgerCalls).hasSize(calls);
        assertThat(host.payments(T, "i1")).extracting(HostPayment::hostPaymentId)
                .containsExactly("qbo-payment-" + paymentId);
        assertThat(rig.e.qbo("Payment")).singleElement().satisfies(p ->
                assertThat(p.path("TotalAmt").decimalValue()).isEqualByComparingTo("0"));
        assertThat(balance()).isEqualByComparingTo("108.50");
        assertThat(paymentLink("qbo-payment-" + paymentId).brokenReason()).isEqualTo("The QuickBooks payment "
                + paymentId + " was taken back there (voided in QuickBooks); the difference was dismissed, so the "
                + "host keeps it and it is not sent to QuickBooks again");
    }

    @Test
    void anInvoiceWithAnOpenEditConflictKeepsBothTheEditAndThePayment() {
        String paymentId = receivedInQuickBooks();
        String payment = "Payment qbo-payment-" + paymentId;
        rig.edit("Invoice", invoiceId, "DocNumber", "Z-1b");
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        sandbox.admin().voidTransaction(REALM, "Payment", paymentId);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);
        Conflict both = rig.open().get(0);
        rig.edit("Invoice", invoiceId, "DocNumber", "Z-1c"); // edited again: the payment stays in the conflict
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(rig.open()).singleElement().satisfies(c -> {
            assertThat(c.conflictId()).isEqualTo(both.conflictId());
            assertThat(c.remoteValues()).isEqualTo(Map.of("DocNumber", "Z-1c", payment, "voided in QuickBooks"));
            assertThat(c.hostValues()).containsEntry("DocNumber", "Z-1").containsKey(payment);
        });
        assertThat(both.remoteValues()).isEqualTo(Map.of("DocNumber", "Z-1b", payment, "voided in QuickBooks"));
        assertThat(rig.status(RecordType.INVOICE, "i1").message()).isEqualTo("Payment taken back in QuickBooks: "
                + "payment " + paymentId + " (108.50) was voided there; the host still has it. Changed in "
                + "QuickBooks: DocNumber “Z-1” → “Z-1c”");
    }

    @Test
    void anEditUndoneInQuickBooksLeavesThePaymentConflictOpen() {
        String paymentId = receivedInQuickBooks();
        rig.edit("Invoice", invoiceId, "DocNumber", "Z-1b");
        rig.poke("Invoice", invoiceId, Operation.UPDATE);
        sandbox.admin().voidTransaction(REALM, "Payment", paymentId);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        rig.edit("Invoice", invoiceId, "DocNumber", "Z-1"); // the QuickBooks user undoes the edit
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(rig.open()).singleElement().satisfies(c -> {
            assertThat(c.resolution()).isNull();
            assertThat(c.remoteValues()).isEqualTo(Map.of("Payment qbo-payment-" + paymentId,
                    "voided in QuickBooks"));
        });
        assertThat(rig.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.CONFLICT);

        rig.conflicts.resolve(T, rig.open().get(0).conflictId(), ConflictResolution.APPLY_REMOTE, ADMIN);
        assertThat(host.ledgerCalls).as("the undone edit is not applied, only the payment")
                .endsWith("applyValues invoice i1 {payments.qbo-payment-" + paymentId + "=}");
        assertThat(host.invoices.get("i1").invoiceNumber()).isEqualTo("Z-1");
    }
}
