package io.ledgerbridge.qbo.inbound;

import static io.ledgerbridge.qbo.inbound.InboundRig.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.model.Invoice;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.InboxEntry;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.Backoff;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.MutableClock;
import io.ledgerbridge.qbo.sync.QboFault;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox worker on a fake clock: each change handled exactly once, through failures, restarts and two nodes. */
class InboxWorkerTest {
    private static final String REALM = "111";
    private static final Instant AT = Instant.parse("2026-12-06T09:30:00Z");

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(AT);
    Inbox inbox;
    RecordingHandler handler = new RecordingHandler();
    volatile boolean connected = true;

    @BeforeEach
    void open() throws Exception {
        db = InboundRig.open(dir);
        InboundRig.connect(db, T, REALM, AT.minus(Duration.ofDays(1)));
        inbox = new Inbox(db.dataSource(), clock);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private InboxWorker worker(String node, RemoteChangeHandler h) {
        CompanyAccess access = t -> connected ? CompanyAccess.Access.open(REALM) : CompanyAccess.Access.notConnected();
        return new InboxWorker(new Inbox(db.dataSource(), clock), h, access, new SettingsStore(db, clock),
                new CompanyLease(db.dataSource()), new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30), () -> 0),
                QboJson.newObjectMapper(), clock, node);
    }

    private static InboxEntry webhook(String entity, String id, String operation) {
        return new InboxEntry(T, REALM, entity, id, operation, AT, null, SyncTrigger.WEBHOOK, null);
    }

    private List<InboxEntry> threeChanges() throws Exception {
        Invoice paid = new Invoice();
        paid.setId("130");
        paid.setSyncToken("2");
        paid.setBalance(BigDecimal.ZERO);
        return List.of(webhook("Payment", "131", "CREATE"), webhook("Customer", "5", "UPDATE"),
                new InboxEntry(T, REALM, "Invoice", "130", "UPDATE", AT, null, SyncTrigger.CDC,
                        QboJson.newObjectMapper().writeValueAsString(paid)));
    }

    @Test
    void eachChangeIsHandledOnceInArrivalOrderWithTheEntityCdcRead() throws Exception {
        inbox.record(threeChanges());

        assertThat(worker("a", handler).work(T)).isEqualTo(3);
        assertThat(worker("a", handler).work(T)).isZero();
        assertThat(inbox.record(threeChanges())).as("a repeat of done changes").isZero();
        worker("a", handler).work(T);

        assertThat(handler.summary()).containsExactly("Payment 131 CREATE", "Customer 5 UPDATE", "Invoice 130 UPDATE");
        RemoteChange cdc = handler.received.get(2);
        assertThat(cdc.source()).isEqualTo(SyncTrigger.CDC);
        assertThat(((Invoice) cdc.entity()).getBalance()).isEqualByComparingTo("0");
        assertThat(handler.received.get(0).entity()).isNull();
        assertThat(handler.received.get(0).tenant()).isEqualTo(T);
        assertThat(inbox.count(T, "DONE")).isEqualTo(3);
    }

    @Test
    void aChangeOfACompanyTheTenantNoLongerHoldsIsEndedWithoutBeingHandled() throws Exception {
        // Stored before the tenant switched to another company (whose ids collide with this one's).
        inbox.record(List.of(new InboxEntry(T, "222", "Invoice", "1", "DELETE", AT, null, SyncTrigger.WEBHOOK, null),
                webhook("Invoice", "1", "UPDATE")));

        assertThat(worker("a", handler).work(T)).isEqualTo(2);

        assertThat(handler.summary()).containsExactly("Invoice 1 UPDATE");
        assertThat(handler.received.get(0).realmId()).isEqualTo(REALM);
        assertThat(inbox.count(T, "PENDING")).isZero();
    }

    @Test
    void aFailedChangeIsRetriedAfterItsBackOffAndHandledOnce() throws Exception {
        inbox.record(threeChanges());
        handler.failWhile(c -> c.entityName().equals("Customer"));

        worker("a", handler).work(T);
        assertThat(handler.summary()).containsExactly("Payment 131 CREATE", "Invoice 130 UPDATE");
        assertThat(attempts("5")).isEqualTo(1);

        handler.failWhile(c -> false);
        worker("a", handler).work(T);
        assertThat(handler.summary()).as("not due before its back-off").hasSize(2);
        clock.advance(Duration.ofSeconds(5));
        worker("a", handler).work(T);
        assertThat(handler.summary()).containsExactly("Payment 131 CREATE", "Invoice 130 UPDATE", "Customer 5 UPDATE");
    }

    @Test
    void aChangeThatKeepsFailingStopsWithItsErrorAfterTheLastAttempt() {
        inbox.record(List.of(webhook("Invoice", "9", "UPDATE")));
        handler.failWhile(c -> true);
        for (int i = 0; i < InboxWorker.MAX_ATTEMPTS; i++) {
            worker("a", handler).work(T);
            clock.advance(Duration.ofHours(1));
        }
        assertThat(inbox.count(T, "FAILED")).isEqualTo(1);
        assertThat(inbox.count(T, "PENDING")).isZero();
    }

    @Test
    void aLostConnectionPausesTheCompanyWithoutCountingAnAttempt() throws Exception {
        inbox.record(threeChanges());
        worker("a", c -> {
            throw new QboFault(QboFault.Kind.AUTHORIZATION, 401, "3200", "Token expired", null, null, null);
        }).work(T);
        assertThat(inbox.count(T, "PENDING")).isEqualTo(3);
        assertThat(attempts("131")).isZero();

        connected = false;
        clock.advance(Duration.ofMinutes(5));
        assertThat(worker("a", handler).work(T)).as("waits while not connected").isZero();
        connected = true;
        worker("a", handler).work(T);
        assertThat(handler.summary()).hasSize(3);
    }

    /** The JVM dying: not an exception any code path handles. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aRestartInTheMiddleOfTheInboxLosesAndRepeatsNothing() throws Exception {
        inbox.record(threeChanges());
        RemoteChangeHandler dying = change -> {
            if (change.entityName().equals("Customer")) {
                throw new Crash();
            }
            handler.handle(change);
        };
        assertThatThrownBy(() -> worker("a", dying).work(T)).isInstanceOf(Crash.class);
        assertThat(handler.summary()).containsExactly("Payment 131 CREATE");

        // The same node starts again: its own claims are taken back at once.
        worker("a", handler).work(T);
        assertThat(handler.summary()).containsExactly("Payment 131 CREATE", "Customer 5 UPDATE", "Invoice 130 UPDATE");
    }

    @Test
    void anotherNodeTakesOverOnlyOnceTheDeadNodesLeaseAndClaimsLapse() throws Exception {
        inbox.record(threeChanges());
        assertThatThrownBy(() -> worker("a", change -> {
            throw new Crash();
        }).work(T)).isInstanceOf(Crash.class);

        assertThat(worker("b", handler).work(T)).as("node a still holds the lease").isZero();
        clock.advance(Duration.ofMinutes(3));
        lapseLeases(); // lease times are the database's, not this test's clock
        assertThat(worker("b", handler).work(T)).as("the lease lapsed, node a's claims not yet").isZero();
        clock.advance(Duration.ofMinutes(3));
        assertThat(worker("b", handler).work(T)).isEqualTo(3);
        assertThat(handler.summary()).containsExactlyInAnyOrder("Payment 131 CREATE", "Customer 5 UPDATE",
                "Invoice 130 UPDATE");
    }

    private void lapseLeases() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE qbo_company_lease SET lease_until = CURRENT_TIMESTAMP - INTERVAL '1' SECOND");
        }
    }

    private int attempts(String qboId) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT attempts FROM qbo_inbox WHERE qbo_id = '" + qboId + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
