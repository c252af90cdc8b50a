package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.sync.SyncState;
import org.junit.jupiter.api.Test;

class BatchTest extends WorkerTestBase {

    @Test
    void independentWritesOfOneTypeTravelTogetherUpToThirtyACall() {
        for (int i = 0; i < 45; i++) {
            f.host.add(customer("c" + i, "Customer " + i, "c" + i + "@x.example"));
            f.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
        f.drain();
        assertThat(f.qbo.all("Customer")).hasSize(45);
        // Rows are claimed 50 at a time; 45 customers: one batch of 30 and one of 15.
        assertThat(f.qbo.batches.get()).isEqualTo(2);
        assertThat(f.status(RecordType.CUSTOMER, "c44").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void customersAreCreatedBeforeTheInvoicesThatNeedThem() {
        for (int i = 0; i < 3; i++) {
            f.host.add(customer("c" + i, "Customer " + i, "c" + i + "@x.example"));
            f.host.add(invoice("i" + i, "c" + i, "N-" + i, InvoiceStatus.SENT, "10", "0"));
            f.changed(HostEventKind.INVOICE_CHANGED, "i" + i);
            f.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
        f.drain();
        assertThat(f.qbo.all("Customer")).hasSize(3);
        assertThat(f.qbo.all("Invoice")).hasSize(3).allSatisfy(inv -> assertThat(f.qbo.get("Customer",
                inv.path("CustomerRef").path("value").asText())).isNotNull());
        assertThat(f.qbo.batches.get()).isEqualTo(2);
    }

    @Test
    void anItemThatFailsInTheBatchTakesTheSinglePathWithItsRules() {
        f.qbo.put("Vendor", FakeQbo.JSON.createObjectNode().put("DisplayName", "Customer 1"));
        for (int i = 0; i < 3; i++) {
            f.host.add(customer("c" + i, "Customer " + i, "c" + i + "@x.example"));
            f.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
        f.drain();
        assertThat(f.qbo.all("Customer")).extracting(c -> c.path("DisplayName").asText())
                .containsExactlyInAnyOrder("Customer 0", "Customer 1 (c1@x.example)", "Customer 2");
    }

    @Test
    void aBatchThatTimedOutAfterQuickBooksAppliedItIsReplayedNotDuplicated() {
        for (int i = 0; i < 5; i++) {
            f.host.add(customer("c" + i, "Customer " + i, "c" + i + "@x.example"));
            f.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
        f.qbo.loseNextAnswer = true;
        f.drain();
        assertThat(f.qbo.all("Customer")).hasSize(5);
        assertThat(f.status(RecordType.CUSTOMER, "c0").state()).isEqualTo(SyncState.PENDING);
        f.drainWithRetries();
        assertThat(f.qbo.all("Customer")).hasSize(5);
        assertThat(f.status(RecordType.CUSTOMER, "c0").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void aBatchRefusedAsAWholeSendsEachRecordAloneSoOneBadRecordStopsOnlyItself() {
        for (int i = 0; i < 3; i++) {
            f.host.add(customer("c" + i, "Customer " + i, "c" + i + "@x.example"));
            f.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
        // The look-ups pass; the batch call itself is refused as a whole (e.g. one malformed item).
        f.qbo.failBatchNext = QboFault.validation("2010", "Request has invalid or unsupported property", "X");
        f.drain();
        assertThat(f.qbo.all("Customer")).hasSize(3);
        assertThat(f.status(RecordType.CUSTOMER, "c2").state()).isEqualTo(SyncState.SYNCED);
    }
}
