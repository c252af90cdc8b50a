package io.ledgerbridge.qbo.inbound;

import static io.ledgerbridge.qbo.inbound.InboundRig.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.store.CdcWatermarks;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.InboxEntry;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.Backoff;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.MutableClock;
import io.ledgerbridge.qbo.testing.WatchedDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbound engine's polls: their cost does not grow with idle companies, an {@link Error} does not end them, and a
 * stop waits for a running poll without interrupting its database work.
 */
class InboundEngineTest {
    private static final String REALM = "111";
    private static final Instant AT = Instant.parse("2026-12-06T09:30:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    @TempDir
    Path dir;
    Database db;
    WatchedDataSource watched;
    MutableClock clock = new MutableClock(AT);
    RecordingHandler handler = new RecordingHandler();

    @BeforeEach
    void open() {
        db = InboundRig.open(dir);
        watched = new WatchedDataSource(db.dataSource());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    /** An engine whose polls read through the watched DataSource; catch-ups find the company not reachable. */
    private InboundEngine engine(Duration poll) {
        CompanyAccess open = t -> CompanyAccess.Access.open(REALM);
        SettingsStore settings = new SettingsStore(db, clock);
        CompanyLease lease = new CompanyLease(db.dataSource());
        InboxWorker worker = new InboxWorker(new Inbox(db.dataSource(), clock), handler, open, settings, lease,
                new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30), () -> 0), QboJson.newObjectMapper(), clock,
                "node-a");
        CdcCatchUp cdc = new CdcCatchUp(t -> {
            throw new AssertionError("no QuickBooks call expected");
        }, new Inbox(db.dataSource(), clock), new CdcWatermarks(watched), t -> CompanyAccess.Access.notConnected(),
                settings, lease, QboJson.newObjectMapper(), clock, "node-a", INTERVAL);
        return new InboundEngine(new Inbox(watched, clock), worker, cdc, clock, 2, poll);
    }

    /** {@code n} connected companies, each caught up a minute ago (next catch-up in 14 minutes). */
    private void idleCompanies(int n) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement connection = c.prepareStatement("INSERT INTO qbo_connection (tenant_id, state, "
                        + "qbo_realm_id, connected_at, updated_at) VALUES (?, 'CONNECTED', ?, ?, ?)");
                PreparedStatement mark = c.prepareStatement("INSERT INTO qbo_cdc_watermark (tenant_id, qbo_realm_id, "
                        + "changed_since, polled_at, next_due_at) VALUES (?, ?, ?, ?, ?)")) {
            Timestamp connected = Timestamp.from(AT.minus(Duration.ofDays(3)));
            Timestamp polled = Timestamp.from(AT.minus(Duration.ofMinutes(1)));
            for (int i = 0; i < n; i++) {
                String tenant = "tenant-" + i;
                connection.setString(1, tenant);
                connection.setString(2, "realm-" + i);
                connection.setTimestamp(3, connected);
                connection.setTimestamp(4, connected);
                connection.addBatch();
                mark.setString(1, tenant);
                mark.setString(2, "realm-" + i);
                mark.setTimestamp(3, polled);
                mark.setTimestamp(4, polled);
                mark.setTimestamp(5, Timestamp.from(AT.plus(INTERVAL).minus(Duration.ofMinutes(1))));
                mark.addBatch();
            }
            connection.executeBatch();
            mark.executeBatch();
        }
    }

    /** The statements of one poll after the first (which also looks at every connection once). */
    private long statementsOfAnIdlePoll(int companies) throws Exception {
        idleCompanies(companies);
        InboundEngine engine = engine(Duration.ofHours(1));
        try {
            engine.poll();
            clock.advance(Duration.ofSeconds(1));
            long before = watched.statements();
            engine.poll();
            return watched.statements() - before;
        } finally {
            engine.close();
        }
    }

    @Test
    void anIdlePollCostsTheSameWithTenCompaniesAsWithTwoThousand() throws Exception {
        long ten = statementsOfAnIdlePoll(10);
        db.close();
        db = InboundRig.open(dir.resolve("big"));
        watched = new WatchedDataSource(db.dataSource());
        long twoThousand = statementsOfAnIdlePoll(2_000);
        assertThat(twoThousand).isEqualTo(ten).isLessThanOrEqualTo(2);
    }

    @Test
    void dueCompaniesAreFoundIdleOnesAreNot() throws Exception {
        idleCompanies(3);
        InboundRig.connect(db, T, REALM, AT.minus(Duration.ofMinutes(2))); // never caught up
        CdcWatermarks watermarks = new CdcWatermarks(db.dataSource());
        assertThat(watermarks.dueForCatchUp(AT, Instant.EPOCH)).containsExactly(T);
        // one looks back only to a horizon for new connections
        assertThat(watermarks.dueForCatchUp(AT, AT.minus(Duration.ofMinutes(1)))).isEmpty();
        watermarks.save(T, REALM, AT, AT, AT.plus(INTERVAL));
        assertThat(watermarks.dueForCatchUp(AT.plus(Duration.ofMinutes(13)), Instant.EPOCH)).isEmpty();
        assertThat(watermarks.dueForCatchUp(AT.plus(INTERVAL), Instant.EPOCH))
                .contains(T, TenantId.of("tenant-0")).hasSize(4);
        // a reconnect after the last catch-up makes the company due at once
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE qbo_connection SET connected_at = TIMESTAMP WITH TIME ZONE '2026-12-06 09:31:00+00' "
                    + "WHERE tenant_id = 'acme'");
        }
        assertThat(watermarks.dueForCatchUp(AT.plusSeconds(120), AT)).containsExactly(T);
        // a disconnected company is not due
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE qbo_connection SET state = 'DISCONNECTED' WHERE tenant_id = 'tenant-0'");
        }
        assertThat(watermarks.dueForCatchUp(AT.plus(INTERVAL), Instant.EPOCH)).doesNotContain(TenantId.of("tenant-0"));
    }

    @Test
    void aPollThatMeetsAnErrorLogsAndTheNextPollRuns() throws Exception {
        InboundRig.connect(db, T, REALM, AT.minus(Duration.ofDays(1)));
        new Inbox(db.dataSource(), clock).record(List.of(new InboxEntry(T, REALM, "Customer", "5", "UPDATE", AT, null,
                SyncTrigger.WEBHOOK, null)));
        watched.throwAtNextConnection(new StackOverflowError("a poll meeting an Error"));
        InboundEngine engine = engine(Duration.ofMillis(20));
        try {
            engine.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> handler.summary().contains("Customer 5 UPDATE"));
        } finally {
            engine.close();
        }
    }

    @Test
    void companiesQueuedForAThreadAreLeftAloneOnceStoppingAndTheirChangesStayPending() throws Exception {
        Inbox inbox = new Inbox(db.dataSource(), clock);
        for (int n = 1; n <= 4; n++) {
            TenantId tenant = TenantId.of("queued-" + n);
            InboundRig.connect(db, tenant, "930000000" + n, AT.minus(Duration.ofDays(1)));
            inbox.record(List.of(new InboxEntry(tenant, REALM, "Customer", String.valueOf(n), "UPDATE", AT, null,
                    SyncTrigger.WEBHOOK, null)));
        }
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
        handler.failWhile(change -> {
            busy.incrementAndGet(); // both threads hold a company; the other two wait in the queue
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        InboundEngine engine = engine(Duration.ofMillis(20));
        engine.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> busy.get() == 2);

        engine.stopTaking();
        release.countDown();
        engine.close();

        assertThat(handler.received).as("the two changes being applied when the stop came").hasSize(2);
        assertThat(busy.get()).as("no queued company was started after the stop").isEqualTo(2);
        assertThat(inbox.tenantsWithDueWork(AT.plus(Duration.ofHours(1)))).as("left for the next start").hasSize(2);
    }

    @Test
    void stopWaitsForTheRunningPollWithoutInterruptingItsDatabaseWork() throws Exception {
        InboundRig.connect(db, T, REALM, AT.minus(Duration.ofDays(1)));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inPoll = watched.holdNextConnection(release);
        InboundEngine engine = engine(Duration.ofMillis(20));
        engine.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> inPoll.getCount() == 0);

        AtomicBoolean stopped = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            engine.close();
            stopped.set(true);
        });
        stopper.start();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !stopped.get());
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(stopped::get);

        assertThat(watched.heldThreadInterrupted()).as("the poll thread was interrupted").isFalse();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM qbo_connection")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
