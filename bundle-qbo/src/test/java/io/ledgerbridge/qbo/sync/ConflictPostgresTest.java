package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.InboundRig.ADMIN;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static io.ledgerbridge.qbo.sync.SandboxSyncTest.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The conflict store, the parked push and its release on PostgreSQL (needs it on 127.0.0.1:5432). */
class ConflictPostgresTest {

    @Test
    void aRenameWaitsAsAConflictAndKeepPushesOverItOnPostgres() throws Exception {
        PGSimpleDataSource pg = TestDatabase.postgres();
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(60).start();
                Database db = new Database(pg, null);
                InboundRig rig = new InboundRig(sandbox, db)) {
            rig.host.add(customer("c1", "Zephyr Labs", "ap@zephyr.example"));
            rig.push(HostEventKind.CUSTOMER_CHANGED, "c1");
            String qboId = rig.qboId(RecordType.CUSTOMER, "c1");
            rig.edit("Customer", qboId, "DisplayName", "Zephyr Labs Inc");
            rig.poke("Customer", qboId, Operation.UPDATE);
            rig.e.module.sync().resync(T, RecordRef.of(RecordType.CUSTOMER, "c1"));
            rig.e.module.engine().drain();

            Conflict open = rig.conflicts.list(T, io.ledgerbridge.api.sync.ConflictQuery.open(10)).conflicts().get(0);
            assertThat(open.remoteValues()).isEqualTo(Map.of("DisplayName", "Zephyr Labs Inc"));
            assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.CONFLICT);
            assertThat(rig.qbo("Customer", qboId).path("DisplayName").asText()).isEqualTo("Zephyr Labs Inc");

            // A decision that cannot be carried out (sync off) gives its claim back: the conflict is open again.
            rig.e.settings(b -> b.enabled(false));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> rig.conflicts.resolve(T, open.conflictId(),
                    ConflictResolution.KEEP_HOST, ADMIN)).hasMessageContaining("turned off");
            assertThat(rig.conflicts.counts(T).total()).isEqualTo(1);
            rig.e.settings(b -> b.enabled(true));

            rig.conflicts.resolve(T, open.conflictId(), ConflictResolution.KEEP_HOST, ADMIN);
            rig.e.module.engine().drain();

            assertThat(rig.qbo("Customer", qboId).path("DisplayName").asText()).isEqualTo("Zephyr Labs");
            assertThat(rig.status(RecordType.CUSTOMER, "c1").state()).isEqualTo(SyncState.SYNCED);
            assertThat(rig.conflicts.counts(T).total()).isZero();
        } finally {
            TestDatabase.drop(pg);
        }
    }
}
