package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {
    private static final TenantId T = TenantId.of("acme");

    @TempDir
    Path dir;
    Database db;
    FakeHost host;
    MutableClock clock;
    Outbox outbox;
    SyncService service;
    volatile CompanyAccess.Access access = CompanyAccess.Access.open("9130");
    io.ledgerbridge.qbo.store.SettingsStore settings;

    @BeforeEach
    void setUp() {
        db = TestDatabase.open(dir);
        host = new FakeHost();
        clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        outbox = new Outbox(db.dataSource(), clock);
        OutboxQueue queue = new OutboxQueue(db.dataSource(), outbox, clock);
        settings = new io.ledgerbridge.qbo.store.SettingsStore(db, clock);
        settings.save(T, io.ledgerbridge.api.settings.ConnectorSettings.defaults().toBuilder().enabled(true).build());
        SyncRuns runs = new SyncRuns(db.dataSource());
        service = new SyncService(host, queue, runs,
                new RecordStatusReader(db, outbox), settings, new io.ledgerbridge.qbo.store.SyncLog(db.dataSource()), t -> access,
                new io.ledgerbridge.qbo.store.IgnoredRecords(db.dataSource()),
                new RunFinisher(runs, queue, new RecordNames(host), host, t -> { }, clock), clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    private HostCustomer customer(String id, Instant updated) {
        return new HostCustomer(id, "Co " + id, null, id + "@x.example", null, null, null, updated);
    }

    @Test
    void theFirstSyncNowQueuesEverythingAndTheNextOnlyWhatChangedSince() {
        host.add(customer("c1", Instant.parse("2025-01-01T00:00:00Z")));
        host.add(customer("c2", Instant.parse("2026-02-01T00:00:00Z")));

        SyncRun first = service.syncNow(T);
        assertThat(first.state()).isEqualTo(SyncRunState.RUNNING);
        assertThat(first.trigger()).isEqualTo(SyncTrigger.SYNC_NOW);
        assertThat(service.status(T, RecordRef.of(RecordType.CUSTOMER, "c1")).state()).isEqualTo(SyncState.PENDING);
        assertThat(service.status(T, RecordRef.of(RecordType.CUSTOMER, "c2")).state()).isEqualTo(SyncState.PENDING);

        clock.advance(Duration.ofHours(1));
        host.add(customer("c3", clock.instant()));
        SyncRun second = service.syncNow(T);
        assertThat(outbox.pending(T, RecordRef.of(RecordType.CUSTOMER, "c3"))).isPresent();
        assertThat(service.recentRuns(T, 10)).extracting(SyncRun::runId).containsExactly(second.runId(),
                first.runId());
        assertThat(service.run(T, first.runId())).isPresent();
        assertThat(service.run(TenantId.of("other"), first.runId())).isEmpty();
    }

    @Test
    void syncNowTwiceCoalescesIntoOneRowPerRecord() {
        host.add(customer("c1", Instant.parse("2026-02-01T00:00:00Z")));
        service.syncNow(T);
        // Nothing changed since the first: the second run has nothing to queue and finishes at once.
        SyncRun again = service.syncNow(T);
        assertThat(again.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(outbox.pending(T, RecordRef.of(RecordType.CUSTOMER, "c1")).orElseThrow().changeCount())
                .isEqualTo(1);
    }

    @Test
    void resyncQueuesOneRecordWhateverItsState() {
        RecordRef ref = RecordRef.of(RecordType.INVOICE, "i1");
        host.add(SandboxSyncTest.invoice("i1", "c1", "1001", io.ledgerbridge.api.host.InvoiceStatus.SENT, "0"));
        assertThat(service.status(T, ref).state()).isEqualTo(SyncState.NOT_SYNCED);
        assertThat(service.resync(T, ref).state()).isEqualTo(SyncState.PENDING);
        assertThat(service.resync(T, ref).state()).isEqualTo(SyncState.PENDING);
        assertThat(outbox.pending(T, ref).orElseThrow().changeCount()).isEqualTo(2);
        assertThat(service.recentRuns(T, 5)).extracting(SyncRun::trigger).containsOnly(SyncTrigger.RESYNC);
    }

    @Test
    void nothingToSyncEndsTheRunAtOnce() {
        SyncRun run = service.syncNow(T);
        assertThat(run.state()).isEqualTo(SyncRunState.FINISHED);
        assertThat(run.endedAt()).isNotNull();
        assertThat(service.failures(T, 10)).isEmpty();
    }

    @Test
    void aDisabledOrganisationIsToldToTurnSyncOn() {
        settings.save(T, io.ledgerbridge.api.settings.ConnectorSettings.defaults());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.syncNow(T))
                .isInstanceOf(io.ledgerbridge.api.LedgerBridgeException.class)
                .hasMessage("QuickBooks sync is turned off for this organisation");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.resync(T,
                RecordRef.of(RecordType.CUSTOMER, "c1"))).isInstanceOf(io.ledgerbridge.api.LedgerBridgeException.class);
        assertThat(service.recentRuns(T, 5)).isEmpty();
    }

    /** Issue 17 §5: Sync now while disconnected used to show "Sync running…" with zeros for ever. */
    @Test
    void syncNowWhileTheCompanyCannotSyncIsRefusedWithTheReasonAndRemedyAndStartsNoRun() {
        host.add(customer("c1", clock.instant()));
        access = CompanyAccess.Access.notConnected();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.syncNow(T))
                .isInstanceOfSatisfying(io.ledgerbridge.api.LedgerBridgeException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Sync now cannot run: No active QuickBooks connection");
                    assertThat(e.remedy()).isEqualTo("Reconnect in Settings → Integrations → QuickBooks");
                });
        access = new CompanyAccess.Access("9130", false, "QuickBooks needs to be reconnected",
                "Reconnect in Settings → Integrations → QuickBooks");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.syncNow(T))
                .hasMessage("Sync now cannot run: QuickBooks needs to be reconnected");
        assertThat(service.recentRuns(T, 5)).isEmpty();

        access = CompanyAccess.Access.open("9130");
        assertThat(service.syncNow(T).trigger()).isEqualTo(io.ledgerbridge.api.sync.SyncTrigger.SYNC_NOW);
    }
}
