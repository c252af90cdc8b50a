package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.customer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.model.Customer;
import io.ledgerbridge.qbo.inbound.RemoteChange;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host renames a customer while a QuickBooks user edits a field the host does not own ({@code Notes}), and
 * QuickBooks' changes reach the connector in every order a busy company produces: before the rename's answer is
 * stored, as a state older than the rename, and read just before the rename lands. None of them is an edit of a
 * host-owned field, so none may become a conflict; a real rename in QuickBooks afterwards still does. (The fault
 * soak found these: its QuickBooks user only edits {@code Notes}, yet host renames surfaced as conflicts.)
 */
class OwnWritesSandboxTest extends InboundSandboxTest {
    private static final Set<String> WRITES = Set.of("update", "batch");

    String qboId;

    @BeforeEach
    void pushed() {
        qboId = rig.pushedCustomer("c1", "Zephyr Labs", "ap@zephyr.example");
    }

    private void renameInHost(String name) {
        host.add(customer("c1", name, "ap@zephyr.example"));
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1");
    }

    private ObjectNode notesEditedInQuickBooks() {
        return rig.edit("Customer", qboId, "Notes", "Called about the March invoice");
    }

    private void assertNoConflictAndARealRenameStillIsOne(String hostName) {
        assertThat(rig.open()).isEmpty();
        assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(rig.qbo("Customer", qboId).path("DisplayName").asText()).isEqualTo(hostName);
        rig.poke("Customer", qboId, Operation.UPDATE); // QuickBooks' state now: the host's rename
        assertThat(rig.open()).isEmpty();

        rig.edit("Customer", qboId, "DisplayName", "Zephyr");
        rig.poke("Customer", qboId, Operation.UPDATE);
        assertThat(rig.open()).singleElement().satisfies(c -> {
            assertThat(c.hostValues()).isEqualTo(Map.of("DisplayName", hostName));
            assertThat(c.remoteValues()).isEqualTo(Map.of("DisplayName", "Zephyr"));
        });
    }

    @Test
    void theWebhookOfOurOwnUpdateArrivingBeforeItsAnswerIsStoredIsNotAConflict() {
        rig.onceAfter(WRITES, () -> rig.poke("Customer", qboId, Operation.UPDATE));
        renameInHost("Zephyr Labs Inc");
        assertNoConflictAndARealRenameStillIsOne("Zephyr Labs Inc");
    }

    @Test
    void aQuickBooksStateOlderThanTheHostsLastPushIsNotAConflict() throws Exception {
        ObjectNode beforeTheRename = notesEditedInQuickBooks();
        renameInHost("Zephyr Labs Inc"); // meets the newer SyncToken (5010), compares, sends again
        assertThat(rig.qbo("Customer", qboId).path("Notes").asText()).isEqualTo("Called about the March invoice");

        // A CDC page read before the rename carries the entity as it was then.
        Customer then = QboJson.newObjectMapper().treeToValue(beforeTheRename, Customer.class);
        rig.handler.handle(new RemoteChange(T, REALM, "Customer", qboId, Operation.UPDATE, Instant.now(), null,
                SyncTrigger.CDC, then));
        assertNoConflictAndARealRenameStillIsOne("Zephyr Labs Inc");
    }

    @Test
    void aChangeReadJustBeforeTheHostsRenameLandsDoesNotPutTheOldNameBack() {
        notesEditedInQuickBooks();
        // The webhook of the Notes edit is handled: its state is read, and before it is compared the host's rename
        // is pushed and stored. Comparing the older state must not make it the baseline again.
        rig.onceAfter(Set.of("read"), () -> renameInHost("Zephyr Labs Inc"));
        rig.poke("Customer", qboId, Operation.UPDATE);
        assertNoConflictAndARealRenameStillIsOne("Zephyr Labs Inc");
    }
}
