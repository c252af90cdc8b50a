package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.EngineFixture.T;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceSyncTest extends WorkerTestBase {

    @BeforeEach
    void acme() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
    }

    private ObjectNode qboInvoice(String hostId) {
        return f.qbo.get("Invoice", f.qboId(RecordType.INVOICE, hostId));
    }

    @Test
    void anInvoicePushesItsCustomerFirstAndCarriesUsTaxAsALine() {
        f.host.add(invoice("i1", "c1", "INV-1001", InvoiceStatus.SENT, "50", "8.50"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        ObjectNode inv = qboInvoice("i1");
        assertThat(inv.path("CustomerRef").path("value").asText()).isEqualTo(f.qboId(RecordType.CUSTOMER, "c1"));
        assertThat(inv.path("DocNumber").asText()).isEqualTo("INV-1001");
        assertThat(inv.path("TotalAmt").decimalValue()).isEqualByComparingTo("108.50");
        assertThat(inv.path("Line").get(1).path("Description").asText()).isEqualTo("Tax (8.5%)");
        assertThat(f.qbo.all("Item")).extracting(i -> i.path("Name").asText())
                .containsExactlyInAnyOrder("LedgerBridge item", "Sales Tax");
        assertThat(f.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(f.links.totalDifference(T, RecordRef.of(RecordType.INVOICE, "i1"))).isEmpty();
    }

    @Test
    void draftsOtherStatesAndOldInvoicesAreSkippedWithTheReason() {
        f.settings(b -> b.syncStartDate(LocalDate.of(2026, 3, 1)));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.DRAFT, "50", "0"));
        f.host.add(invoice("i2", "c1", "INV-2", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.changed(HostEventKind.INVOICE_CHANGED, "i2");
        f.drain();
        assertThat(f.qbo.all("Invoice")).isEmpty();
        assertThat(f.log.entries(T, RecordRef.of(RecordType.INVOICE, "i1")).get(0).message())
                .contains("is draft, a state that is not pushed");
        assertThat(f.log.entries(T, RecordRef.of(RecordType.INVOICE, "i2")).get(0).message())
                .contains("before the sync start date 2026-03-01");
        var skipped = f.status(RecordType.INVOICE, "i2");
        assertThat(skipped.state()).isEqualTo(SyncState.SKIPPED);
        assertThat(skipped.message()).contains("before the sync start date");
        assertThat(f.sync.recentRuns(T, 1).get(0).skipped()).isEqualTo(2);
    }

    @Test
    void aTotalThatQuickBooksComputesDifferentlyIsRecordedNotHidden() {
        f.settings(b -> b.usTaxMode(io.ledgerbridge.api.settings.UsTaxMode.TAX_OVERRIDE));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "8.50"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        assertThat(qboInvoice("i1").path("TotalAmt").decimalValue()).isEqualByComparingTo("108.50");
        // Make QuickBooks' total differ (it recalculated tax) and push again.
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50.004", "8.50"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        assertThat(f.links.totalDifference(T, RecordRef.of(RecordType.INVOICE, "i1"))).hasValue("0.002");
        assertThat(f.log.entries(T, RecordRef.of(RecordType.INVOICE, "i1")).get(0).message())
                .contains("differs from the host's total");
        assertThat(f.status(RecordType.INVOICE, "i1").message()).isEqualTo("QuickBooks' total differs from the "
                + "host's by 0.002");
    }

    /** Found by the fuzz proof: a 40-decimal host price made the difference overflow its column after the write. */
    @Test
    void aTotalDifferenceOfAHostPriceWithFortyDecimalsIsRecordedToEightDecimals() {
        f.settings(b -> b.usTaxMode(io.ledgerbridge.api.settings.UsTaxMode.TAX_OVERRIDE));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50.0040000000000000000000000000000000000001",
                "8.50"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        assertThat(f.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(f.links.totalDifference(T, RecordRef.of(RecordType.INVOICE, "i1")).orElseThrow())
                .matches("-?0\\.\\d{1,8}");
    }

    @Test
    void paymentsAreLinkedToTheInvoiceAndPartialPaymentsAddUp() {
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.PARTIALLY_PAID, "50", "0"));
        // Paid before the invoice ever reached QuickBooks: the invoice is pushed first.
        f.paid(new HostPayment("p1", "i1", Money.of("40", "USD"), LocalDate.of(2026, 2, 10), "card", "T-1"));
        f.drain();
        f.paid(new HostPayment("p2", "i1", Money.of("60", "USD"), LocalDate.of(2026, 2, 11), "cheque", null));
        f.drain();
        assertThat(f.qbo.all("Payment")).hasSize(2).allSatisfy(p -> assertThat(p.path("Line").get(0)
                .path("LinkedTxn").get(0).path("TxnId").asText()).isEqualTo(f.qboId(RecordType.INVOICE, "i1")));
        assertThat(qboInvoice("i1").path("Balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(f.qbo.all("Payment")).noneMatch(p -> p.has("DepositToAccountRef"));
        assertThat(f.status(RecordType.PAYMENT, "p1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void aStaleSyncTokenIsReReadAndRetriedOnce() {
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        // Someone edits it in QuickBooks: its SyncToken moves on.
        ObjectNode inQbo = qboInvoice("i1");
        inQbo.put("SyncToken", "7");
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "60", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        assertThat(qboInvoice("i1").path("TotalAmt").decimalValue()).isEqualByComparingTo("120");
        assertThat(qboInvoice("i1").path("SyncToken").asText()).isEqualTo("8");
        assertThat(f.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void anInvoiceDeletedInQuickBooksBreaksTheLinkAndShowsTheRepairSteps() {
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        f.qbo.deleteInQbo("Invoice", f.qboId(RecordType.INVOICE, "i1"));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "70", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        var s = f.status(RecordType.INVOICE, "i1");
        assertThat(s.state()).isEqualTo(SyncState.FAILED);
        assertThat(s.message()).contains("deleted");
        assertThat(s.remedy()).contains("void", "Re-create in QuickBooks", "Link to a QuickBooks record", "Unlink clears the record's QuickBooks link");
        assertThat(f.qbo.all("Invoice")).isEmpty();

        // The repair: clear the link and re-sync creates a fresh invoice.
        f.links.clear(T, RecordRef.of(RecordType.INVOICE, "i1"));
        f.sync.resync(T, RecordRef.of(RecordType.INVOICE, "i1"));
        f.drain();
        assertThat(f.qbo.all("Invoice")).singleElement()
                .satisfies(i -> assertThat(i.path("TotalAmt").decimalValue()).isEqualByComparingTo("140"));
    }

    @Test
    void aHostVoidIsAQuickBooksVoidNeverADelete() {
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.VOIDED, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        ObjectNode inv = qboInvoice("i1");
        assertThat(inv).isNotNull();
        assertThat(inv.path("TotalAmt").decimalValue()).isEqualByComparingTo("0");
        assertThat(inv.path("PrivateNote").asText()).isEqualTo("Voided");
        assertThat(f.links.find(T, io.ledgerbridge.api.sync.RecordRef.of(RecordType.INVOICE, "i1")).orElseThrow()
                .lastSyncedAt()).as("stamped by the connector's clock").isBetween(
                        java.time.Instant.parse("2026-03-01T10:00:00Z"), f.clock.instant());
    }

    @Test
    void closedBooksStopTheInvoiceWithTheRemedy() {
        f.qbo.bookCloseDate = LocalDate.of(2026, 2, 28);
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        var s = f.status(RecordType.INVOICE, "i1");
        assertThat(s.state()).isEqualTo(SyncState.FAILED);
        assertThat(s.message()).startsWith("Account period has closed");
        assertThat(s.remedy()).contains("Re-open the books", "sync start date");
    }

    @Test
    void aTakenDocNumberLinksTheSameInvoiceOrSaysSo() {
        String acme = "c1";
        f.changed(HostEventKind.CUSTOMER_CHANGED, acme);
        f.drain();
        String customerId = f.qboId(RecordType.CUSTOMER, acme);
        ObjectNode same = FakeQbo.JSON.createObjectNode().put("DocNumber", "INV-1").put("TotalAmt", 100);
        same.putObject("CustomerRef").put("value", customerId);
        f.qbo.put("Invoice", same);
        ObjectNode other = FakeQbo.JSON.createObjectNode().put("DocNumber", "INV-2").put("TotalAmt", 5);
        other.putObject("CustomerRef").put("value", customerId);
        f.qbo.put("Invoice", other);
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.host.add(invoice("i2", "c1", "INV-2", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.changed(HostEventKind.INVOICE_CHANGED, "i2");
        f.drain();
        assertThat(f.qboId(RecordType.INVOICE, "i1")).isEqualTo(same.path("Id").asText());
        var s = f.status(RecordType.INVOICE, "i2");
        assertThat(s.state()).isEqualTo(SyncState.FAILED);
        assertThat(s.message()).startsWith("Duplicate document number");
        assertThat(f.qbo.all("Invoice")).hasSize(2);
    }

    @Test
    void aCurrencyTheCompanyCannotTakeFailsBeforeAnyCall() {
        f.host.add(new io.ledgerbridge.api.host.HostInvoice("i1", "c1", null, "INV-1", InvoiceStatus.SENT,
                LocalDate.of(2026, 2, 1), null, Currency.getInstance("EUR"), java.util.List.of(), null, null, null,
                null, f.clock.instant()));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        int writes = f.qbo.writes.get();
        f.drain();
        assertThat(f.qbo.writes.get()).isEqualTo(writes);
        assertThat(f.status(RecordType.INVOICE, "i1").message()).contains("Currency mismatch", "EUR", "USD");
    }

    @Test
    void euInvoicesNeedATaxCodeForEveryRate() {
        f.settings(b -> b.locale(TaxLocale.EU));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "10"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        assertThat(f.status(RecordType.INVOICE, "i1").message()).contains("No QuickBooks tax code is mapped");
        f.settings.put(T, new io.ledgerbridge.api.settings.Mapping(
                io.ledgerbridge.api.settings.MappingKind.TAX_CODE, "NONE", "3", null));
        f.sync.resync(T, RecordRef.of(RecordType.INVOICE, "i1"));
        f.drain();
        assertThat(qboInvoice("i1").path("GlobalTaxCalculation").asText()).isEqualTo("TaxExcluded");
    }

    @Test
    void badDebtIsCreditedAndAppliedOnce() {
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.WRITTEN_OFF, "50", "0"));
        f.host.add(new HostPayment("p1", "i1", Money.of("40", "USD"), LocalDate.of(2026, 2, 10), "card", null));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        assertThat(f.qbo.all("CreditMemo")).singleElement().satisfies(cm -> {
            assertThat(cm.path("Line").get(0).path("Amount").decimalValue()).isEqualByComparingTo("60");
            assertThat(cm.path("Line").get(0).path("SalesItemLineDetail").path("ItemRef").path("value").asText())
                    .isEqualTo(f.qbo.all("Item").stream().filter(i -> i.path("Name").asText().equals("Bad Debt"))
                            .findFirst().orElseThrow().path("Id").asText());
        });
        assertThat(qboInvoice("i1").path("Balance").decimalValue()).isEqualByComparingTo("0");
        f.sync.resync(T, RecordRef.of(RecordType.INVOICE, "i1"));
        f.drain();
        assertThat(f.qbo.all("CreditMemo")).hasSize(1);
        assertThat(f.qbo.all("Payment")).hasSize(2);
    }

    @Test
    void aReferenceQuickBooksNoLongerHasIsNamedNotMistakenForADeletedInvoice() {
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        // A QuickBooks user deletes the customer behind the link (the fake allows it; QuickBooks makes it inactive).
        f.qbo.deleteInQbo("Customer", f.qboId(RecordType.CUSTOMER, "c1"));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        var s = f.status(RecordType.INVOICE, "i1");
        assertThat(s.state()).isEqualTo(SyncState.FAILED);
        assertThat(s.message()).startsWith("QuickBooks refused a reference");
        assertThat(s.remedy()).contains("Make it active again");
    }

    @Test
    void aDependencyThatCannotGoGetsItsOwnFailedRowAndLaterWaitsCostNoCall() {
        f.host.add(customer("c2", "No Mail Inc", null));
        f.host.add(invoice("i1", "c2", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        assertThat(f.status(RecordType.CUSTOMER, "c2").state()).isEqualTo(SyncState.FAILED);
        assertThat(f.status(RecordType.INVOICE, "i1").message()).startsWith("Waiting for customer c2: Failed to sync");
        int writes = f.qbo.writes.get();
        f.drainWithRetries();
        assertThat(f.qbo.writes.get()).isEqualTo(writes);
        assertThat(f.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.PENDING);
    }

    @Test
    void aPaymentOfAnInvoiceThatIsNotPushedIsSkippedWithTheReason() {
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.DRAFT, "50", "0"));
        f.paid(new HostPayment("p1", "i1", Money.of("10", "USD"), LocalDate.of(2026, 2, 10), "card", null));
        f.drain();
        assertThat(f.qbo.all("Payment")).isEmpty();
        var s = f.status(RecordType.PAYMENT, "p1");
        assertThat(s.state()).isEqualTo(SyncState.SKIPPED);
        assertThat(s.message()).contains("INV-1 is not pushed");
    }
}
