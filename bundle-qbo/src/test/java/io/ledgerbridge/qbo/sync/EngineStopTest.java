package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the engine while its poll thread is in the middle of a database pass: the stop waits for the pass and
 * never interrupts it (an interrupted H2 file operation closes the database under everyone), so the caller closes
 * the database only once nothing uses it any more.
 */
class EngineStopTest {
    private static final TenantId T = TenantId.of("acme");

    @TempDir
    Path dir;

    @Test
    void stopWaitsForTheRunningPollWithoutInterruptingIt() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        CountDownLatch inPoll = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        // The scheduled-run check is the poll thread's first step that a test can hold.
        CompanyAccess access = tenant -> {
            inPoll.countDown();
            awaitIgnoringInterrupts(release, interrupted);
            return CompanyAccess.Access.open("9130");
        };
        try (Database db = TestDatabase.open(dir)) {
            SyncEngine engine = engine(db, clock, access);
            engine.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> inPoll.getCount() == 0);

            AtomicBoolean stopped = new AtomicBoolean();
            Thread stopper = new Thread(() -> {
                engine.close();
                stopped.set(true);
            });
            stopper.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> stopper.getState() == Thread.State.TIMED_WAITING
                    || stopper.getState() == Thread.State.WAITING || stopped.get());
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !stopped.get());

            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(stopped::get);
            assertThat(interrupted).as("the poll thread was interrupted").isFalse();
            // The held poll went on to start the scheduled run against the still open database.
            assertThat(new SyncRuns(db.dataSource()).lastSyncStart(T)).isPresent();
        }
    }

    private static SyncEngine engine(Database db, MutableClock clock, CompanyAccess access) {
        Outbox outbox = new Outbox(db.dataSource(), clock);
        OutboxQueue queue = new OutboxQueue(db.dataSource(), outbox, clock);
        SyncRuns runs = new SyncRuns(db.dataSource());
        SettingsStore settings = new SettingsStore(db, clock);
        FakeHost host = new FakeHost();
        SyncLog log = new SyncLog(db.dataSource());
        RunFinisher finisher = new RunFinisher(runs, queue, new RecordNames(host), host, t -> { }, clock);
        SyncService sync = new SyncService(host, queue, runs, new RecordStatusReader(db, outbox), settings, log,
                access, new io.ledgerbridge.qbo.store.IgnoredRecords(db.dataSource()), finisher, clock);
        NodeLeases lease = new NodeLeases(new CompanyLease(db.dataSource()), "node-a", CompanyWorker.LEASE);
        CompanyWorker worker = new CompanyWorker(host, new FakeQbo(), access, settings, outbox, queue,
                new LinkStore(db), runs, log, lease, new io.ledgerbridge.qbo.store.ConflictStore(db.dataSource()),
                new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), () -> 0L),
                finisher, clock, "node-a",
                CompanyWorker.DEFAULT_BATCH_IN_FLIGHT, 2);
        settings.save(T, ConnectorSettings.defaults().toBuilder().enabled(true).autoSyncInterval(Duration.ofHours(1)).build());
        return new SyncEngine(worker, queue, settings, sync, runs, lease, access, clock, 1,
                Duration.ofMillis(20));
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch, AtomicBoolean interrupted) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        }
    }
}
