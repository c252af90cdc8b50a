package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The sync engine wired over H2, a fake host and a fake QuickBooks, for worker tests. */
final class EngineFixture implements AutoCloseable {
    static final TenantId T = TenantId.of("acme");

    final Database db;
    final FakeHost host;
    final FakeQbo qbo;
    final MutableClock clock;
    final Outbox outbox;
    final OutboxQueue queue;
    final LinkStore links;
    final SyncRuns runs;
    final SyncLog log;
    final SettingsStore settings;
    final SyncService sync;
    final SyncEngine engine;
    final RunFinisher finisher;
    final NodeLeases leases;
    volatile CompanyAccess.Access access = CompanyAccess.Access.open("9130");

    EngineFixture(Database db, FakeQbo qbo, String nodeId) {
        this(db, qbo, nodeId, new FakeHost(), new MutableClock(Instant.parse("2026-03-01T10:00:00Z")),
                CompanyWorker.LEASE);
    }

    /**
     * A node of a cluster: several fixtures on one database share the host and QuickBooks, each with its own clock
     * (skewed, if a test likes) and lease length.
     */
    EngineFixture(Database db, FakeQbo qbo, String nodeId, FakeHost host, MutableClock clock, Duration leaseTtl) {
        this.db = db;
        this.host = host;
        this.clock = clock;
        this.qbo = qbo;
        outbox = new Outbox(db.dataSource(), clock);
        queue = new OutboxQueue(db.dataSource(), outbox, clock);
        links = new LinkStore(db);
        runs = new SyncRuns(db.dataSource());
        log = new SyncLog(db.dataSource());
        settings = new SettingsStore(db, clock);
        RecordStatusReader statuses = new RecordStatusReader(db, outbox);
        finisher = new RunFinisher(runs, queue, new RecordNames(host), host, t -> { }, clock);
        sync = new SyncService(host, queue, runs, statuses, settings, log, t -> access,
                new io.ledgerbridge.qbo.store.IgnoredRecords(db.dataSource()), finisher, clock);
        leases = new NodeLeases(new CompanyLease(db.dataSource()), nodeId, leaseTtl);
        NodeLeases lease = leases;
        CompanyWorker worker = new CompanyWorker(host, qbo, t -> access, settings, outbox, queue, links, runs, log,
                lease, new io.ledgerbridge.qbo.store.ConflictStore(db.dataSource()),
                new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), () -> 0L), finisher, clock, nodeId,
                CompanyWorker.DEFAULT_BATCH_IN_FLIGHT, 4);
        engine = new SyncEngine(worker, queue, settings, sync, runs, lease, t -> access, clock, 2,
                Duration.ofMillis(50));
        settings.save(T, ConnectorSettings.defaults().toBuilder().enabled(true).autoSyncInterval(null)
                .notificationRecipients(List.of("books@acme.example")).build());
    }

    void settings(java.util.function.UnaryOperator<ConnectorSettings.Builder> change) {
        settings.save(T, change.apply(settings.find(T).orElseThrow().toBuilder()).build());
    }

    /** Ends the event runs whose window has passed, as the module does every minute. */
    void finishPassedWindows() {
        finisher.finishPassedWindows(t -> settings.find(t).orElseThrow());
    }

    void changed(HostEventKind kind, String id) {
        outbox.enqueue(new HostEvent(java.util.UUID.randomUUID().toString(), T, kind, id, clock.instant(),
                java.util.Optional.empty()), SyncTrigger.EVENT);
    }

    void paid(HostPayment payment) {
        host.add(payment);
        outbox.enqueue(HostEvent.invoicePaid(T, payment), SyncTrigger.EVENT);
    }

    /** Runs the workers until nothing is due now; then moves time past every back-off and runs again. */
    int drain() {
        return engine.drain();
    }

    int drainWithRetries() {
        int total = 0;
        for (int i = 0; i < 20; i++) {
            total += engine.drain();
            clock.advance(Duration.ofMinutes(15));
        }
        return total;
    }

    RecordSyncStatus status(RecordType type, String id) {
        return sync.status(T, RecordRef.of(type, id));
    }

    String qboId(RecordType type, String id) {
        return links.qboId(T, RecordRef.of(type, id)).orElse(null);
    }

    @Override
    public void close() {
        engine.close();
    }
}
