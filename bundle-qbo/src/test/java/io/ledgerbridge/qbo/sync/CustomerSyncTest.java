package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.EngineFixture.T;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import org.junit.jupiter.api.Test;

class CustomerSyncTest extends WorkerTestBase {

    @Test
    void aChangedCustomerIsCreatedOnceThenUpdatedInPlace() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        assertThat(f.qbo.all("Customer")).singleElement()
                .satisfies(c -> assertThat(c.path("DisplayName").asText()).isEqualTo("Acme Ltd"));
        var status = f.status(RecordType.CUSTOMER, "c1");
        assertThat(status.state()).isEqualTo(SyncState.SYNCED);
        assertThat(status.remoteId()).isEqualTo(f.qbo.all("Customer").get(0).path("Id").asText());

        f.host.add(customer("c1", "Acme Limited", "ap@acme.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        assertThat(f.qbo.all("Customer")).singleElement().satisfies(c -> {
            assertThat(c.path("DisplayName").asText()).isEqualTo("Acme Limited");
            assertThat(c.path("SyncToken").asText()).isEqualTo("1");
        });
    }

    @Test
    void anUnchangedCustomerIsNotWrittenAgainButAResyncIs() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        int writes = f.qbo.writes.get();
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        assertThat(f.qbo.writes.get()).isEqualTo(writes);
        f.sync.resync(T, RecordRef.of(RecordType.CUSTOMER, "c1"));
        f.drain();
        assertThat(f.qbo.writes.get()).isEqualTo(writes + 1);
    }

    @Test
    void aCustomerWithoutEmailFailsAndItsInvoiceWaitsWithThatReason() {
        f.host.add(customer("c1", "Acme Ltd", null));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.changed(HostEventKind.INVOICE_CHANGED, "i1");
        f.drain();
        var c = f.status(RecordType.CUSTOMER, "c1");
        assertThat(c.state()).isEqualTo(SyncState.FAILED);
        assertThat(c.message()).isEqualTo("Failed to sync customer: the customer has no email address");
        var i = f.status(RecordType.INVOICE, "i1");
        assertThat(i.state()).isEqualTo(SyncState.PENDING);
        assertThat(i.message()).isEqualTo("Waiting for customer c1: Failed to sync customer: the customer has no "
                + "email address");
        assertThat(f.qbo.all("Invoice")).isEmpty();

        // Fixing the customer lets the invoice through.
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drainWithRetries();
        assertThat(f.qbo.all("Invoice")).hasSize(1);
        assertThat(f.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void theFirstLinkFindsTheQuickBooksCustomerByEmailThenByNameIncludingInactive() {
        ObjectNode byEmail = f.qbo.put("Customer", FakeQbo.JSON.createObjectNode().put("DisplayName", "Old Name"));
        byEmail.putObject("PrimaryEmailAddr").put("Address", "ap@acme.example");
        ObjectNode byName = f.qbo.put("Customer", FakeQbo.JSON.createObjectNode().put("DisplayName", "Beta Inc")
                .put("Active", false));
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.host.add(customer("c2", "Beta: Inc", "b@beta.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c2");
        f.drain();
        assertThat(f.qbo.all("Customer")).hasSize(2);
        assertThat(f.qboId(RecordType.CUSTOMER, "c1")).isEqualTo(byEmail.path("Id").asText());
        assertThat(f.qboId(RecordType.CUSTOMER, "c2")).isEqualTo(byName.path("Id").asText());
        assertThat(f.qbo.get("Customer", byEmail.path("Id").asText()).path("DisplayName").asText())
                .isEqualTo("Acme Ltd");
    }

    @Test
    void aNameTakenByAVendorGetsTheClashTemplatesName() {
        f.qbo.put("Vendor", FakeQbo.JSON.createObjectNode().put("DisplayName", "Acme Ltd"));
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        f.drain();
        assertThat(f.qbo.all("Customer")).singleElement().satisfies(c ->
                assertThat(c.path("DisplayName").asText()).isEqualTo("Acme Ltd (ap@acme.example)"));
        assertThat(f.log.entries(T, RecordRef.of(RecordType.CUSTOMER, "c1")).get(0).originalValues())
                .contains("\"DisplayName\":\"Acme Ltd\"");
    }

    @Test
    void projectsBecomeSubCustomersOfTheirCustomerPushedFirst() {
        f.host.add(customer("c1", "Acme Ltd", "ap@acme.example"));
        f.host.add(new HostProject("p1", "c1", "Website", true, f.clock.instant()));
        f.changed(HostEventKind.PROJECT_CHANGED, "p1");
        f.drain();
        String parent = f.qboId(RecordType.CUSTOMER, "c1");
        assertThat(parent).isNotNull();
        ObjectNode job = f.qbo.get("Customer", f.qboId(RecordType.PROJECT, "p1"));
        assertThat(job.path("Job").asBoolean()).isTrue();
        assertThat(job.path("ParentRef").path("value").asText()).isEqualTo(parent);
        assertThat(job.path("DisplayName").asText()).isEqualTo("Website");
    }
}
