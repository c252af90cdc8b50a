package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.qbo.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one database: leases and claims keep the database's time and compare-and-set on holder and expiry, a
 * lease is renewed while its company's calls are in flight, and a turn that lost its lease lets its rows go at once.
 */
class LeaseAndClaimTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private static void customers(FakeHost host, int n) {
        for (int i = 0; i < n; i++) {
            host.add(new HostCustomer("c" + i, "Customer " + i, null, "c" + i + "@acme.example", null, null,
                    Currency.getInstance("USD"), T0));
        }
    }

    private static void changed(EngineFixture node, int n) {
        for (int i = 0; i < n; i++) {
            node.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
        }
    }

    private static int count(Database db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String holder(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT holder FROM qbo_company_lease WHERE lease_until > "
                        + "CURRENT_TIMESTAMP")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void aNodeWhoseClockRunsHoursAheadTakesNeitherALiveLeaseNorLiveClaims() throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            FakeQbo qbo = new FakeQbo();
            FakeHost host = new FakeHost();
            customers(host, 40);
            EngineFixture a = new EngineFixture(db, qbo, "node-a", host, new MutableClock(T0), CompanyWorker.LEASE);
            // Node b's clock is three hours ahead: by its own clock every lease and claim of node a has lapsed.
            EngineFixture b = new EngineFixture(db, qbo, "node-b", host, new MutableClock(T0.plus(Duration.ofHours(3))),
                    CompanyWorker.LEASE);
            changed(a, 40);
            AtomicInteger endedByB = new AtomicInteger(-1);
            // In the middle of node a's turn (its first write), node b tries to work the same company.
            qbo.duringNextWrite = () -> endedByB.set(b.engine.drain());
            a.drain();

            assertThat(endedByB).as("rows node b ended while node a held the company").hasValue(0);
            assertThat(qbo.entities.get("Customer")).hasSize(40);
            assertThat(count(db, "SELECT COUNT(*) FROM qbo_outbox")).isZero();

            // Claims alone: what node a claims, node b cannot claim, whatever b's clock says.
            changed(a, 10);
            var claimedByA = a.queue.claimDue(EngineFixture.T, "node-a", a.clock.instant(), Duration.ofMinutes(5), 100,
                    Set.of());
            var claimedByB = b.queue.claimDue(EngineFixture.T, "node-b", b.clock.instant(), Duration.ofMinutes(5), 100,
                    Set.of());
            assertThat(claimedByA).hasSize(10);
            assertThat(claimedByB).isEmpty();
        }
    }

    @Test
    void aLeaseOutlastsALongCallBecauseItIsRenewedWhileTheCallIsInFlight() throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            FakeQbo qbo = new FakeQbo();
            FakeHost host = new FakeHost();
            customers(host, 1);
            // One-second leases; node a's call takes several of them.
            Duration lease = Duration.ofSeconds(1);
            EngineFixture a = new EngineFixture(db, qbo, "node-a", host, new MutableClock(T0), lease);
            EngineFixture b = new EngineFixture(db, qbo, "node-b", host, new MutableClock(T0), lease);
            CountDownLatch inCall = new CountDownLatch(1);
            CountDownLatch answer = new CountDownLatch(1);
            qbo.duringNextWrite = () -> {
                inCall.countDown();
                hold(answer);
            };
            changed(a, 1);
            a.engine.start();
            try {
                assertThat(inCall.await(10, TimeUnit.SECONDS)).isTrue();
                b.engine.start();
                // Four lease lengths while the call is in flight: node a keeps the company throughout.
                await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                        .until(() -> "node-a".equals(holder(db)));
                answer.countDown();
                await().atMost(Duration.ofSeconds(10)).until(() -> count(db, "SELECT COUNT(*) FROM qbo_outbox") == 0);
                assertThat(qbo.entities.get("Customer")).hasSize(1);
                assertThat(qbo.writes).as("writes to QuickBooks").hasValue(1);
            } finally {
                answer.countDown();
                a.close();
                b.close();
            }
        }
    }

    @Test
    void aTurnThatLostItsLeaseLetsItsRowsGoAtOnce() throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            FakeQbo qbo = new FakeQbo();
            FakeHost host = new FakeHost();
            customers(host, 1);
            Duration lease = Duration.ofSeconds(2);
            EngineFixture a = new EngineFixture(db, qbo, "node-a", host, new MutableClock(T0), lease);
            EngineFixture b = new EngineFixture(db, qbo, "node-b", host, new MutableClock(T0), lease);
            // A customer and its eleven projects: the turn claims all twelve, sends the customer alone (the next
            // tier waits for it) and is stuck in that call.
            for (int i = 1; i < 12; i++) {
                host.add(new io.ledgerbridge.api.host.HostProject("p" + i, "c0", "Project " + i, true, T0));
            }
            CountDownLatch inCall = new CountDownLatch(1);
            CountDownLatch answer = new CountDownLatch(1);
            qbo.duringNextWrite = () -> {
                inCall.countDown();
                hold(answer);
            };
            a.changed(HostEventKind.CUSTOMER_CHANGED, "c0");
            for (int i = 1; i < 12; i++) {
                a.changed(HostEventKind.PROJECT_CHANGED, "p" + i);
            }
            a.engine.start();
            try {
                assertThat(inCall.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(count(db, "SELECT COUNT(*) FROM qbo_outbox WHERE claimed_by = 'node-a'")).isEqualTo(12);
                // Node b takes the company over (node a's lease is lost while its call is in flight).
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE qbo_company_lease SET holder = 'node-b', lease_until = CURRENT_TIMESTAMP "
                            + "+ INTERVAL '1' HOUR");
                }
                await().atMost(Duration.ofSeconds(5)).until(() -> a.leases.lost(EngineFixture.T));
                answer.countDown();
                // The answered write is ended; every row node a did not get to is free at once, not after 5 minutes.
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        count(db, "SELECT COUNT(*) FROM qbo_outbox WHERE claimed_by = 'node-a'") == 0);
                assertThat(count(db, "SELECT COUNT(*) FROM qbo_outbox")).isEqualTo(11);
                assertThat(b.engine.drain()).isEqualTo(11);
                assertThat(qbo.entities.get("Customer")).hasSize(12); // the customer and its projects, each once
                assertThat(b.status(RecordType.PROJECT, "p11").state().name()).isEqualTo("SYNCED");
            } finally {
                answer.countDown();
                a.close();
            }
        }
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
