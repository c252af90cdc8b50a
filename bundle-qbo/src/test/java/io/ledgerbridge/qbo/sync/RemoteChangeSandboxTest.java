package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.customer;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a change made by a QuickBooks user does once the transport hands it over: payments and "fully paid" reach
 * the host, our own writes are echoes, a void is a conflict, a delete breaks the link, a merge is told as a merge; each handled
 * twice changes nothing more. Against the embedded sandbox on a plain class path.
 */
class RemoteChangeSandboxTest extends InboundSandboxTest {
    @BeforeEach
    void pushed() {
        host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.SENT, "8.50")); // 108.50 in all
        rig.push(HostEventKind.INVOICE_CHANGED, "i1");
    }

    @Test
    void aPaymentReceivedInQuickBooksMarksTheHostInvoicePaidAndIsRecordedOnce() {
        String invoiceId = rig.qboId(RecordType.INVOICE, "i1");
        String paymentId = sandbox.admin().receivePayment(REALM, invoiceId, new BigDecimal("108.50")).path("Id")
                .asText();

        rig.poke("Payment", paymentId, Operation.CREATE);
        rig.poke("Invoice", invoiceId, Operation.UPDATE); // QuickBooks reports the invoice's balance change too
        rig.poke("Payment", paymentId, Operation.CREATE); // an Intuit retry

        assertThat(host.invoices.get("i1").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(host.payments(SandboxEngine.T, "i1")).singleElement().satisfies(p -> {
            assertThat(p.hostPaymentId()).isEqualTo("qbo-payment-" + paymentId);
            assertThat(p.amount().amount()).isEqualByComparingTo("108.50");
        });
        assertThat(host.ledgerCalls).containsExactly("recordPayment qbo-payment-" + paymentId + " 108.50",
                "markPaid i1");
        assertThat(rig.open()).isEmpty(); // the one auto-applied change: never a conflict
    }

    @Test
    void aChangeOfAnotherCompanyNamingTheSameIdLeavesTheLinkAlone() {
        String invoiceId = rig.qboId(RecordType.INVOICE, "i1");
        // QuickBooks ids are per-company sequences: the other sandbox company may well have an invoice of this id.
        rig.handler.handle(new io.ledgerbridge.qbo.inbound.RemoteChange(SandboxEngine.T,
                io.ledgerbridge.sandbox.QboSandbox.CA_REALM, "Invoice", invoiceId, Operation.DELETE,
                java.time.Instant.now(), null, io.ledgerbridge.api.sync.SyncTrigger.WEBHOOK, null));

        assertThat(rig.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(rig.e.links.find(SandboxEngine.T, io.ledgerbridge.api.sync.RecordRef.of(RecordType.INVOICE, "i1"))
                .orElseThrow().broken()).isFalse();

        rig.poke("Invoice", invoiceId, Operation.DELETE); // the same id in the linked company: that one counts
        assertThat(rig.e.links.find(SandboxEngine.T, io.ledgerbridge.api.sync.RecordRef.of(RecordType.INVOICE, "i1"))
                .orElseThrow().broken()).isTrue();
    }

    @Test
    void aPartialPaymentIsRecordedAndTheInvoiceStaysOpenUntilTheRestArrives() {
        String invoiceId = rig.qboId(RecordType.INVOICE, "i1");
        String first = sandbox.admin().receivePayment(REALM, invoiceId, new BigDecimal("50")).path("Id").asText();
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(host.invoices.get("i1").status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(host.ledgerCalls).containsExactly("recordPayment qbo-payment-" + first + " 50.00");

        String second = sandbox.admin().receivePayment(REALM, invoiceId, new BigDecimal("58.50")).path("Id").asText();
        rig.poke("Payment", second, Operation.CREATE);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(host.ledgerCalls).containsExactly("recordPayment qbo-payment-" + first + " 50.00",
                "recordPayment qbo-payment-" + second + " 58.50", "markPaid i1");
        assertThat(host.invoices.get("i1").status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void ourOwnPushesComeBackAsEchoesAndRaiseNoConflictAndOurPaymentsAreNotRecordedBack() {
        String invoiceId = rig.qboId(RecordType.INVOICE, "i1");
        String customerId = rig.qboId(RecordType.CUSTOMER, "c1");
        rig.poke("Customer", customerId, Operation.CREATE);
        rig.poke("Invoice", invoiceId, Operation.CREATE);

        host.add(customer("c1", "Zephyr Labs", "billing@zephyr.example")); // a host edit, pushed
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1");
        rig.poke("Customer", customerId, Operation.UPDATE);
        HostPayment paid = new HostPayment("p1", "i1", Money.of("108.50", "USD"), LocalDate.now(), "card", "T-1");
        rig.e.paid(paid);
        rig.e.module.engine().drain();
        String ourPayment = rig.qboId(RecordType.PAYMENT, "p1");
        rig.poke("Payment", ourPayment, Operation.CREATE);
        rig.poke("Invoice", invoiceId, Operation.UPDATE);

        assertThat(rig.open()).isEmpty();
        assertThat(rig.conflicts.counts(SandboxEngine.T).total()).isZero();
        assertThat(host.ledgerCalls).as("our payment is not recorded back; the invoice is fully paid in QuickBooks")
                .containsExactly("markPaid i1");
        assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void anInvoiceVoidedInQuickBooksIsAConflictAndTheHostInvoiceIsNotVoided() {
        String invoiceId = rig.qboId(RecordType.INVOICE, "i1");
        sandbox.admin().voidTransaction(REALM, "Invoice", invoiceId);

        rig.poke("Invoice", invoiceId, Operation.VOID);
        rig.poke("Invoice", invoiceId, Operation.VOID);

        assertThat(rig.open()).singleElement().satisfies(c -> {
            assertThat(c.remoteValues()).containsExactly(java.util.Map.entry("Voided", "true"));
            assertThat(c.hostValues()).containsExactly(java.util.Map.entry("Voided", "false"));
        });
        assertThat(host.invoices.get("i1").status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(host.ledgerCalls).isEmpty();
        RecordSyncStatus status = rig.status(RecordType.INVOICE, "i1");
        assertThat(status.state()).isEqualTo(SyncState.CONFLICT);
        assertThat(status.message()).startsWith("Voided in QuickBooks");
    }

    @Test
    void anInvoiceDeletedInQuickBooksBreaksTheLinkWithTheRepairSteps() {
        String invoiceId = rig.qboId(RecordType.INVOICE, "i1");
        sandbox.admin().delete(REALM, "Invoice", invoiceId);

        rig.poke("Invoice", invoiceId, Operation.DELETE);
        rig.poke("Invoice", invoiceId, Operation.DELETE);

        RecordSyncStatus status = rig.status(RecordType.INVOICE, "i1");
        assertThat(status.state()).isEqualTo(SyncState.FAILED);
        assertThat(status.message()).isEqualTo("The QuickBooks invoice " + invoiceId
                + " was deleted, so the sync link is broken");
        assertThat(status.remedy()).contains("void any duplicate").contains("Unlink clears the record's QuickBooks link")
                .contains("Re-create in QuickBooks");
        assertThat(rig.open()).isEmpty();
    }

    @Test
    void aCustomerMergedAwayInQuickBooksIsToldAsAMergeAndNothingOverwritesTheSurvivor() {
        String gone = rig.qboId(RecordType.CUSTOMER, "c1");
        String invoiceId = rig.qboId(RecordType.INVOICE, "i1");
        sandbox.admin().merge(REALM, "Customer", gone, "2"); // into the seeded "Bayside Bakery"

        rig.merged("Customer", gone, "2");
        rig.poke("Invoice", invoiceId, Operation.UPDATE); // the merge moved the invoice to the survivor
        rig.merged("Customer", gone, "2");

        RecordSyncStatus status = rig.status(RecordType.CUSTOMER, "c1");
        assertThat(status.state()).isEqualTo(SyncState.FAILED);
        assertThat(status.message()).isEqualTo("The QuickBooks customer " + gone
                + " was merged into Bayside Bakery in QuickBooks");
        assertThat(status.remedy()).contains("Follow the survivor").contains("Re-create in QuickBooks");
        // No conflict (neither on the customer nor on its invoice, which QuickBooks moved), and a host edit pushes
        // nothing to the survivor while the administrator has not chosen.
        assertThat(rig.open()).isEmpty();
        host.add(customer("c1", "Zephyr Labs Inc", "ap@zephyr.example"));
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1");
        assertThat(rig.qbo("Customer", "2").path("DisplayName").asText()).isEqualTo("Bayside Bakery");
        assertThat(rig.qbo("Invoice", invoiceId).path("CustomerRef").path("value").asText()).isEqualTo("2");
    }

    @Test
    void aJobMovedToTheSurvivingParentByAMergeIsNotAnEdit() {
        host.add(new io.ledgerbridge.api.host.HostProject("p1", "c1", "Launch", true, java.time.Instant.now()));
        rig.push(HostEventKind.PROJECT_CHANGED, "p1");
        String gone = rig.qboId(RecordType.CUSTOMER, "c1");
        String job = rig.qboId(RecordType.PROJECT, "p1");
        sandbox.admin().merge(REALM, "Customer", gone, "1");

        rig.merged("Customer", gone, "1");
        rig.poke("Customer", job, Operation.UPDATE);

        assertThat(rig.qbo("Customer", job).path("ParentRef").path("value").asText()).isEqualTo("1");
        assertThat(rig.open()).isEmpty();
        assertThat(rig.status(RecordType.PROJECT, "p1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void aMergeReportedWithTheSurvivorAsTheEntityIsRecognisedToo() {
        String gone = rig.qboId(RecordType.CUSTOMER, "c1");
        sandbox.admin().merge(REALM, "Customer", gone, "2"); // into the seeded "Bayside Bakery"

        rig.merged("Customer", "2", gone);

        assertThat(rig.status(RecordType.CUSTOMER, "c1").message()).isEqualTo("The QuickBooks customer " + gone
                + " was merged into Bayside Bakery in QuickBooks");
        assertThat(rig.open()).isEmpty();
    }

    @Test
    void aMergeIntoARecordAnotherHostRecordLinksBreaksTheLink() {
        host.add(customer("c2", "Bright Ideas", "hello@bright.example"));
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c2");
        String gone = rig.qboId(RecordType.CUSTOMER, "c1");
        String survivor = rig.qboId(RecordType.CUSTOMER, "c2");
        sandbox.admin().merge(REALM, "Customer", gone, survivor);

        rig.merged("Customer", gone, survivor);

        RecordSyncStatus status = rig.status(RecordType.CUSTOMER, "c1");
        assertThat(status.state()).isEqualTo(SyncState.FAILED);
        assertThat(status.message()).isEqualTo("The QuickBooks customer " + gone + " was merged into Bright Ideas in "
                + "QuickBooks, which host customer c2 is linked to");
        assertThat(rig.qboId(RecordType.CUSTOMER, "c2")).isEqualTo(survivor);
        Conflict[] none = rig.open().toArray(Conflict[]::new);
        assertThat(none).isEmpty();
    }
}
