package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.InboundRig.ADMIN;
import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.customer;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RemoteView;
import io.ledgerbridge.api.sync.Repair;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The repair paths an administrator takes on a record panel or the errors list, against the embedded sandbox: Unlink
 * (the next push creates anew), Link to a QuickBooks record found by a search (never one QuickBooks lacks, nor an
 * inactive one), Re-create a deleted copy, and a merge's two ways on (follow the survivor without pushing, or
 * re-create); each audited, and what QuickBooks holds shown as a person reads it.
 */
class RepairSandboxTest extends InboundSandboxTest {
    private static final RecordRef C1 = RecordRef.of(RecordType.CUSTOMER, "c1");
    private static final RecordRef I1 = RecordRef.of(RecordType.INVOICE, "i1");

    @BeforeEach
    void pushed() {
        host.add(new HostCustomer("c1", "Zephyr Labs", "Zoe Zeph", "ap@zephyr.example", null,
                new Address("1 Pier St", null, "San Francisco", "CA", "94105", "USA"), null, Instant.now()));
        host.add(invoice("i1", "c1", "Z-1", InvoiceStatus.SENT, "8.50"));
        rig.push(HostEventKind.INVOICE_CHANGED, "i1");
    }

    @Test
    void unlinkLeavesQuickBooksAloneAndTheNextPushCreatesANewCustomer() {
        String first = rig.qboId(RecordType.CUSTOMER, "c1");

        var after = rig.repairs.unlink(T, C1, ADMIN, "record panel");

        assertThat(after.state()).isEqualTo(SyncState.NOT_SYNCED);
        assertThat(rig.qbo("Customer", first).path("Active").asBoolean()).isTrue();
        assertThat(rig.e.log.entries(T, C1)).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("UNLINKED");
            assertThat(e.message()).isEqualTo("Unlinked from QuickBooks customer " + first + "; the next push "
                    + "creates it anew, by Ada Admin (u-ada) from the record panel");
        });
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1");
        String second = rig.qboId(RecordType.CUSTOMER, "c1");
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
        assertThatThrownBy(() -> rig.repairs.unlink(T, RecordRef.of(RecordType.CUSTOMER, "c9"), ADMIN, "errors list"))
                .isInstanceOf(InvalidInputException.class).hasMessage("record: this organisation has no customer c9");
    }

    @Test
    void linkChoosesAQuickBooksRecordFromASearchWithoutPushingAndRefusesWhatCannotBeLinked() {
        assertThat(rig.repairs.search(T, RecordType.CUSTOMER, "bayside", 10))
                .anySatisfy(r -> {
                    assertThat(r.remoteId()).isEqualTo("2");
                    assertThat(r.name()).isEqualTo("Bayside Bakery");
                    assertThat(r.active()).isTrue();
                    assertThat(r.linkedHostId()).isNull();
                });
        assertThat(rig.repairs.search(T, RecordType.CUSTOMER, "ap@zephyr", 10)).singleElement()
                .satisfies(r -> assertThat(r.linkedHostId()).isEqualTo("c1"));
        assertThat(rig.repairs.search(T, RecordType.INVOICE, "Z-1", 10)).singleElement()
                .satisfies(r -> assertThat(r.number()).isEqualTo("Z-1"));
        String tokenBefore = rig.qbo("Customer", "2").path("SyncToken").asText();
        host.add(customer("c2", "Bayside Bakery Co", "orders@bayside.example"));

        var linked = rig.repairs.link(T, RecordRef.of(RecordType.CUSTOMER, "c2"), "2", ADMIN, "errors list");

        assertThat(linked.state()).isEqualTo(SyncState.SYNCED);
        assertThat(linked.remoteId()).isEqualTo("2");
        assertThat(rig.qbo("Customer", "2").path("SyncToken").asText()).isEqualTo(tokenBefore);
        assertThat(rig.e.log.entries(T, RecordRef.of(RecordType.CUSTOMER, "c2"))).anySatisfy(e -> assertThat(
                e.message()).isEqualTo("Linked to QuickBooks customer 2 (Bayside Bakery) without pushing, by Ada "
                        + "Admin (u-ada) from the errors list"));
        host.add(customer("c3", "Third", "third@example.com"));
        RecordRef c3 = RecordRef.of(RecordType.CUSTOMER, "c3");
        assertThatThrownBy(() -> rig.repairs.link(T, c3, "99999", ADMIN, "record panel"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("remoteId: QuickBooks has no customer 99999");
        assertThatThrownBy(() -> rig.repairs.link(T, c3, "2", ADMIN, "record panel"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("remoteId: QuickBooks customer 2 (Bayside Bakery) is already linked to host customer c2");
        rig.edit("Customer", "3", "Active", "false");
        assertThatThrownBy(() -> rig.repairs.link(T, c3, "3", ADMIN, "record panel"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is inactive")
                .satisfies(e -> assertThat(((InvalidInputException) e).remedy())
                        .isEqualTo("make it active in QuickBooks first, or choose another"));
        HostUser clerk = new HostUser("u-cl", "Clerk", null, T, false);
        assertThatThrownBy(() -> rig.repairs.link(T, c3, "4", clerk, "record panel"))
                .isInstanceOf(LedgerBridgeException.class).hasMessageContaining("Only an administrator");
        assertThat(rig.e.links.find(T, c3)).isEmpty();
    }

    @Test
    void reCreateMakesAFreshCopyWhereQuickBooksDeletedItAndIsRefusedWhileTheCopyExists() {
        String first = rig.qboId(RecordType.INVOICE, "i1");
        assertThatThrownBy(() -> rig.repairs.recreate(T, I1, ADMIN, "record panel"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("record: QuickBooks still has invoice " + first + ", so there is nothing to re-create");
        rig.admin().delete(REALM, "Invoice", first);
        rig.poke("Invoice", first, Operation.DELETE);
        assertThat(rig.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.FAILED);
        assertThat(rig.repairs.remote(T, I1).repairs()).contains(Repair.RECREATE);

        var after = rig.repairs.recreate(T, I1, ADMIN, "errors list");
        assertThat(after.state()).isEqualTo(SyncState.PENDING);
        rig.e.module.engine().drain();

        String second = rig.qboId(RecordType.INVOICE, "i1");
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(rig.qbo("Invoice", second).path("DocNumber").asText()).isEqualTo("Z-1");
        assertThat(rig.status(RecordType.INVOICE, "i1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void afterAMergeFollowingTheSurvivorLinksItWithoutPushingAndReCreatingMakesAFreshCustomer() {
        String gone = rig.qboId(RecordType.CUSTOMER, "c1");
        rig.admin().merge(REALM, "Customer", gone, "2");
        rig.merged("Customer", gone, "2");
        RemoteView merged = rig.repairs.remote(T, C1);
        assertThat(merged.state()).isEqualTo(RemoteView.State.MERGED);
        assertThat(merged.mergedIntoName()).isEqualTo("Bayside Bakery");
        assertThat(merged.webUrl()).endsWith("&entity=Customer&id=2");
        assertThat(merged.repairs()).contains(Repair.FOLLOW_SURVIVOR, Repair.RECREATE);
        String token = rig.qbo("Customer", "2").path("SyncToken").asText();

        var followed = rig.repairs.followSurvivor(T, C1, ADMIN, "record panel");

        assertThat(followed.state()).isEqualTo(SyncState.SYNCED);
        assertThat(followed.remoteId()).isEqualTo("2");
        assertThat(rig.qbo("Customer", "2").path("DisplayName").asText()).isEqualTo("Bayside Bakery");
        assertThat(rig.qbo("Customer", "2").path("SyncToken").asText()).isEqualTo(token);
        assertThat(rig.open()).isEmpty();

        rig.repairs.unlink(T, C1, ADMIN, "record panel");
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1");
        String fresh = rig.qboId(RecordType.CUSTOMER, "c1");
        assertThat(fresh).isNotIn(gone, "2");
        assertThat(rig.qbo("Customer", fresh).path("CompanyName").asText()).isEqualTo("Zephyr Labs");
    }

    @Test
    void theRecordPanelShowsWhatQuickBooksHoldsAsAPersonReadsItAndWhereToOpenIt() {
        String id = rig.qboId(RecordType.CUSTOMER, "c1");

        RemoteView view = rig.repairs.remote(T, C1);

        assertThat(view.state()).isEqualTo(RemoteView.State.LINKED);
        assertThat(view.webUrl()).isEqualTo(sandbox.baseUrl() + "/_sandbox/ui/record?realm=" + REALM
                + "&entity=Customer&id=" + id);
        assertThat(view.fields()).containsEntry("Display name", "Zephyr Labs")
                .containsEntry("E-mail", "ap@zephyr.example")
                .containsEntry("Billing address", "1 Pier St, San Francisco, CA 94105, USA");
        assertThat(String.join(" ", view.fields().values())).doesNotContain("{", "Lat");
        assertThat(view.repairs()).containsExactlyInAnyOrder(Repair.UNLINK, Repair.LINK);
    }
}
