package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.InboundRig.ADMIN;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer renamed in QuickBooks: one conflict (updated by a second rename), pushes held while it is open (events,
 * re-sync, and a push that meets QuickBooks' newer SyncToken without a webhook), and keep / apply / dismiss each
 * ending in the state they promise in QuickBooks and in the host.
 */
class ConflictSandboxTest extends InboundSandboxTest {
    String qboId;

    @BeforeEach
    void pushed() {
        qboId = rig.pushedCustomer("c1", "Zephyr Labs", "ap@zephyr.example");
    }

    private Conflict renamed(String name) {
        rig.edit("Customer", qboId, "DisplayName", name);
        rig.poke("Customer", qboId, Operation.UPDATE);
        assertThat(rig.open()).hasSize(1);
        return rig.open().get(0);
    }

    private String displayName() {
        return rig.qbo("Customer", qboId).path("DisplayName").asText();
    }

    @Test
    void aRenameInQuickBooksIsOneConflictAndASecondRenameUpdatesIt() {
        Conflict first = renamed("Zephyr Labs Inc");
        assertThat(first.record()).isEqualTo(RecordRef.of(RecordType.CUSTOMER, "c1"));
        assertThat(first.remoteId()).isEqualTo(qboId);
        assertThat(first.hostValues()).isEqualTo(Map.of("DisplayName", "Zephyr Labs"));
        assertThat(first.remoteValues()).isEqualTo(Map.of("DisplayName", "Zephyr Labs Inc"));
        rig.poke("Customer", qboId, Operation.UPDATE); // the same change again
        assertThat(rig.open()).containsExactly(first);

        Conflict second = renamed("Zephyr Laboratories");
        assertThat(second.conflictId()).isEqualTo(first.conflictId());
        assertThat(second.remoteValues()).isEqualTo(Map.of("DisplayName", "Zephyr Laboratories"));
        assertThat(rig.conflicts.counts(T).open()).isEqualTo(Map.of(RecordType.CUSTOMER, 1));
        RecordSyncStatus status = rig.status(RecordType.CUSTOMER, "c1");
        assertThat(status.state()).isEqualTo(SyncState.CONFLICT);
        assertThat(status.message())
                .isEqualTo("Changed in QuickBooks: DisplayName “Zephyr Labs” → “Zephyr Laboratories”");
        assertThat(status.remedy()).contains("Settings → Integrations → QuickBooks → Conflicts");
    }

    @Test
    void whileTheConflictIsOpenNeitherAHostChangeNorAReSyncOverwritesQuickBooks() {
        renamed("Zephyr Labs Inc");
        host.add(new HostCustomer("c1", "Zephyr Labs", "Pat Lee", "ap@zephyr.example", "555-0199", null, null,
                Instant.now()));
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1");
        rig.e.module.sync().resync(T, RecordRef.of(RecordType.CUSTOMER, "c1"));
        rig.e.module.engine().drain();

        assertThat(displayName()).isEqualTo("Zephyr Labs Inc");
        assertThat(rig.qbo("Customer", qboId).path("PrimaryPhone").path("FreeFormNumber").asText())
                .isEqualTo("555-0100");
        RecordSyncStatus status = rig.status(RecordType.CUSTOMER, "c1");
        assertThat(status.state()).isEqualTo(SyncState.CONFLICT);
        assertThat(status.message()).startsWith("Changed in QuickBooks: DisplayName");
    }

    @Test
    void aPushThatMeetsAnUnreportedQuickBooksEditRaisesTheConflictInsteadOfOverwriting() {
        rig.edit("Customer", qboId, "DisplayName", "Zephyr Labs Inc"); // the webhook never arrives
        host.add(new HostCustomer("c1", "Zephyr Labs", "Pat Lee", "ap@zephyr.example", "555-0199", null, null,
                Instant.now()));
        rig.e.module.sync().resync(T, RecordRef.of(RecordType.CUSTOMER, "c1"));
        rig.e.module.engine().drain();

        assertThat(displayName()).isEqualTo("Zephyr Labs Inc");
        assertThat(rig.open()).singleElement().satisfies(c -> assertThat(c.remoteValues())
                .isEqualTo(Map.of("DisplayName", "Zephyr Labs Inc")));
        assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.CONFLICT);
    }

    @Test
    void keepPushesTheHostValuesOverQuickBooksAndIsAuditedAndSafeToRepeat() {
        Conflict c = renamed("Zephyr Labs Inc");

        Conflict kept = rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.KEEP_HOST, ADMIN);
        rig.e.module.engine().drain();
        rig.poke("Customer", qboId, Operation.UPDATE); // the echo of keep's push

        assertThat(displayName()).isEqualTo("Zephyr Labs");
        assertThat(kept.resolution()).isEqualTo(ConflictResolution.KEEP_HOST);
        assertThat(kept.resolvedBy()).isEqualTo("Ada Admin (u-ada)");
        assertThat(kept.resolvedAt()).isNotNull();
        assertThat(rig.open()).isEmpty();
        assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(host.ledgerCalls).isEmpty();
        assertThat(rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.KEEP_HOST, ADMIN)).isEqualTo(kept);
        assertThatThrownBy(() -> rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.DISMISS, ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already resolved");
    }

    @Test
    void applyWritesQuickBooksValuesIntoTheHostAndLaterPushesRaiseNoConflict() {
        Conflict c = renamed("Zephyr Labs Inc");

        rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.APPLY_REMOTE, ADMIN);
        rig.poke("Customer", qboId, Operation.UPDATE);
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1"); // the host's event for the applied change

        assertThat(host.ledgerCalls).containsExactly("applyValues customer c1 {companyName=Zephyr Labs Inc}");
        assertThat(host.customers.get("c1").companyName()).isEqualTo("Zephyr Labs Inc");
        assertThat(displayName()).isEqualTo("Zephyr Labs Inc");
        assertThat(rig.open()).isEmpty();
        assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void dismissKeepsBothSidesAsTheyAreAndTakesQuickBooksStateAsTheBaseline() {
        Conflict c = renamed("Zephyr Labs Inc");
        rig.e.module.sync().resync(T, RecordRef.of(RecordType.CUSTOMER, "c1")); // waits for the decision
        rig.e.module.engine().drain();

        Conflict dismissed = rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.DISMISS, ADMIN);
        rig.e.module.engine().drain();
        rig.poke("Customer", qboId, Operation.UPDATE);

        assertThat(dismissed.resolution()).isEqualTo(ConflictResolution.DISMISS);
        assertThat(displayName()).isEqualTo("Zephyr Labs Inc");
        assertThat(host.customers.get("c1").companyName()).isEqualTo("Zephyr Labs");
        assertThat(host.ledgerCalls).isEmpty();
        assertThat(rig.open()).isEmpty();
        assertThat(rig.conflicts.list(T, new io.ledgerbridge.api.sync.ConflictQuery(false, RecordType.CUSTOMER, 0,
                10)).conflicts()).containsExactly(dismissed);
    }

    @Test
    void aConflictWhoseEditIsUndoneInQuickBooksClosesItselfAndTheWaitingChangeGoesOut() {
        Conflict c = renamed("Zephyr Labs Inc");
        host.add(new HostCustomer("c1", "Zephyr Labs", "Pat Lee", "ap@zephyr.example", "555-0199", null, null,
                Instant.now()));
        rig.push(HostEventKind.CUSTOMER_CHANGED, "c1"); // waits for the conflict

        rig.edit("Customer", qboId, "DisplayName", "Zephyr Labs"); // the QuickBooks user undoes the rename
        rig.poke("Customer", qboId, Operation.UPDATE);
        rig.e.module.engine().drain();

        assertThat(rig.open()).isEmpty();
        Conflict closed = rig.conflicts.conflict(T, c.conflictId()).orElseThrow();
        assertThat(closed.resolution()).isEqualTo(ConflictResolution.DISMISS);
        assertThat(closed.resolvedBy()).isEqualTo("QuickBooks (the change was undone there)");
        assertThat(rig.qbo("Customer", qboId).path("PrimaryPhone").path("FreeFormNumber").asText())
                .isEqualTo("555-0199");
        assertThat(displayName()).isEqualTo("Zephyr Labs");
        assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
        assertThat(host.ledgerCalls).isEmpty();
    }

    @Test
    void aDecisionThatCannotBeCarriedOutLeavesTheConflictOpenForAnotherDecision() {
        Conflict c = renamed("Zephyr Labs Inc");
        rig.e.settings(b -> b.enabled(false));

        assertThatThrownBy(() -> rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.KEEP_HOST, ADMIN))
                .hasMessageContaining("turned off");

        assertThat(rig.open()).containsExactly(c);
        Conflict dismissed = rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.DISMISS, ADMIN);
        assertThat(dismissed.resolution()).isEqualTo(ConflictResolution.DISMISS);
        assertThat(displayName()).isEqualTo("Zephyr Labs Inc");
    }

    @Test
    void onlyAnAdministratorResolvesAndAnUnknownConflictIsNamed() {
        Conflict c = renamed("Zephyr Labs Inc");
        var clerk = new io.ledgerbridge.api.host.HostUser("u-clerk", "Clerk", null, T, false);
        assertThatThrownBy(() -> rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.DISMISS, clerk))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("by:");
        assertThatThrownBy(() -> rig.conflicts.resolve(T, "nope", ConflictResolution.DISMISS, ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("conflictId:");
        assertThat(rig.open()).containsExactly(c);
    }
}
