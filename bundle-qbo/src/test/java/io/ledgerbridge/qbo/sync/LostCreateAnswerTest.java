package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.store.Outbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A create QuickBooks made whose answer never came back (a timeout), the record changed in the host, then the node
 * restarted: QuickBooks holds the record once, with the newer values, linked to it, and the user sees it synced.
 */
class LostCreateAnswerTest extends EngineSandboxTest {

    @Test
    void aCustomerCreatedInlineWhoseAnswerWasLostAndRenamedSinceIsLinkedAndUpdatedNotCreatedTwice() {
        host.add(SandboxSyncTest.customer("c1", "Harbor Supplies", "ap@harbor.example"));
        host.add(SandboxSyncTest.invoice("i1", "c1", "HB-1", InvoiceStatus.SENT, "0"));
        e.gateway = answerLost(e.gateway, "Customer");
        e.changed(HostEventKind.INVOICE_CHANGED, "i1"); // the invoice's row creates its customer inline
        e.module.engine().drain();
        assertThat(harbor()).as("QuickBooks made the customer; its answer was lost").hasSize(1);
        assertThat(e.qboId(RecordType.CUSTOMER, "c1")).isNull();

        // Renamed, with another e-mail: nothing in QuickBooks matches it any more by name or e-mail.
        host.add(new HostCustomer("c1", "Harbor Supplies Ltd", "Pat Lee", "billing@harbor.example", "555-0100", null,
                null, Instant.now()));
        e.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        restart();

        assertThat(harbor()).as("QuickBooks holds the customer once, renamed").singleElement().satisfies(c -> {
            assertThat(c.path("DisplayName").asText()).isEqualTo("Harbor Supplies Ltd");
            assertThat(c.path("PrimaryEmailAddr").path("Address").asText()).isEqualTo("billing@harbor.example");
            assertThat(e.qboId(RecordType.CUSTOMER, "c1")).isEqualTo(c.path("Id").asText());
            assertThat(e.qbo("Invoice")).singleElement().satisfies(i -> assertThat(
                    i.path("CustomerRef").path("value").asText()).isEqualTo(c.path("Id").asText()));
        });
        assertThat(state(RecordType.CUSTOMER, "c1")).isEqualTo(SyncState.SYNCED);
        assertThat(state(RecordType.INVOICE, "i1")).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void anInvoiceWhoseCreateAnswerWasLostAndWhoseTotalChangedSinceHoldsTheNewTotalOnce() {
        host.add(SandboxSyncTest.customer("c1", "Quay Traders", "ap@quay.example"));
        host.add(SandboxSyncTest.invoice("i1", "c1", "QT-1", InvoiceStatus.SENT, "0"));
        e.gateway = answerLost(e.gateway, "Invoice");
        e.changed(HostEventKind.CUSTOMER_CHANGED, "c1");
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        e.module.engine().drain();
        assertThat(e.qbo("Invoice")).as("QuickBooks made the invoice; its answer was lost").singleElement()
                .satisfies(i -> assertThat(i.path("TotalAmt").decimalValue()).isEqualByComparingTo("100"));

        host.add(threeHours(host.invoice(SandboxEngine.T, "i1").orElseThrow()));
        e.changed(HostEventKind.INVOICE_CHANGED, "i1");
        restart();

        assertThat(sandbox.admin().requests()).as("no duplicate DocNumber was ever answered")
                .noneMatch(r -> "6140".equals(r.faultCode()));
        List<ObjectNode> invoices = e.qbo("Invoice");
        assertThat(invoices).as("QuickBooks holds QT-1 once, with the new total").singleElement().satisfies(i -> {
            assertThat(i.path("DocNumber").asText()).isEqualTo("QT-1");
            assertThat(i.path("TotalAmt").decimalValue()).isEqualByComparingTo("150");
            assertThat(e.qboId(RecordType.INVOICE, "i1")).isEqualTo(i.path("Id").asText());
        });
        assertThat(state(RecordType.INVOICE, "i1")).isEqualTo(SyncState.SYNCED);
    }

    /**
     * A renamed create held back by the company's throttle (never sent) leaves no note behind: once the company may
     * go on, the clashing project takes its first alternative name, as if the throttle had never held it.
     */
    @Test
    void aRenamedCreateTheThrottleHeldBackTakesItsFirstAlternativeNameAfterwards() {
        renamedCreateNotSent(new CompanyMustWait(Instant.now().plusMillis(200), "the company's calls are at the limit"));
    }

    /**
     * A renamed create whose connection failed before it reached QuickBooks keeps its note (it might have arrived);
     * the next push sends the note's requestid with the first name, which clashes, and the renamed create after it
     * must not reuse that requestid (QuickBooks would replay the clash), so the project still takes its first
     * alternative name.
     */
    @Test
    void aRenamedCreateThatNeverReachedQuickBooksTakesItsFirstAlternativeNameAfterwards() {
        renamedCreateNotSent(new QboFault(QboFault.Kind.TRANSIENT, 0, null, "Connection reset", null, null, null));
    }

    private void renamedCreateNotSent(RuntimeException instead) {
        host.add(SandboxSyncTest.customer("c1", "Zephyr Labs", "ap@zephyr.example"));
        host.add(new HostProject("p1", "c1", "Launch", true, Instant.now()));
        host.add(SandboxSyncTest.customer("c2", "Yonder Co", "ap@yonder.example"));
        host.add(new HostProject("p2", "c2", "Launch", true, Instant.now()));
        AtomicBoolean held = new AtomicBoolean();
        e.gateway = CreateTap.before(e.gateway, "Customer", body -> {
            if (body.path("DisplayName").asText().startsWith("Launch (") && held.compareAndSet(false, true)) {
                throw instead;
            }
        });
        e.changed(HostEventKind.PROJECT_CHANGED, "p1");
        e.changed(HostEventKind.PROJECT_CHANGED, "p2");
        e.module.engine().drain();
        e.changed(HostEventKind.PROJECT_CHANGED, "p2"); // due now, whatever back-off the failure set
        e.module.engine().drain();

        assertThat(held).as("the renamed create was not sent once").isTrue();
        assertThat(e.qbo("Customer", e.qboId(RecordType.PROJECT, "p2")).path("FullyQualifiedName").asText())
                .isEqualTo("Yonder Co:Launch (ap@yonder.example)");
        assertThat(e.qbo("Customer").stream().filter(c -> c.path("DisplayName").asText().startsWith("Launch")))
                .as("each project once").hasSize(2);
    }

    /** The node stops and starts again on the same database, then pushes what is due. */
    private void restart() {
        e.close();
        e = new SandboxEngine(sandbox, db, host, 60, "node-a", g -> g);
        e.module.engine().drain();
    }

    private List<ObjectNode> harbor() {
        return e.qbo("Customer").stream().filter(c -> c.path("DisplayName").asText().startsWith("Harbor")).toList();
    }

    private SyncState state(RecordType type, String id) {
        return new RecordStatusReader(db, new Outbox(db.dataSource(), Clock.systemUTC()))
                .status(SandboxEngine.T, RecordRef.of(type, id)).state();
    }

    private static HostInvoice threeHours(HostInvoice i) {
        return new HostInvoice(i.hostInvoiceId(), i.hostCustomerId(), null, i.invoiceNumber(), i.status(),
                i.issueDate(), null, i.currency(), List.of(new HostInvoiceLine("l1", null, null, "Work", "Consulting",
                        new BigDecimal("3"), Money.of("50", "USD"), null, null)), i.taxAmount(), i.taxRate(), null,
                i.notes(), Instant.now());
    }

    /** QuickBooks makes the first create of {@code entity}, and its answer is lost (a read timeout). */
    private static QboGateway answerLost(QboGateway gateway, String entity) {
        AtomicBoolean lost = new AtomicBoolean();
        return CreateTap.on(gateway, entity, created -> {
            if (lost.compareAndSet(false, true)) {
                throw new QboFault(QboFault.Kind.TRANSIENT, 0, null, "Read timed out", null, null, null);
            }
            return created;
        });
    }
}
