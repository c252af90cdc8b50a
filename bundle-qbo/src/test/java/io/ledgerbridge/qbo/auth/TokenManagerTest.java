package io.ledgerbridge.qbo.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.qbo.client.error.QboTransientException;
import io.ledgerbridge.qbo.store.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refresh ahead of expiry, rotation, single flight, invalid_grant and transient failures against a fake Intuit. */
class TokenManagerTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final String REALM = "4620816365";

    @TempDir
    Path dir;

    private final FakeIntuit intuit = new FakeIntuit();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final TokenCipher cipher = new TokenCipher(new TokenKeys(new SecureRandom()).derive("secret"),
            new SecureRandom());
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private JdbcConnectionPool pool;
    private Rig rig;

    @BeforeEach
    void setUp() {
        pool = TestDatabases.h2(dir);
        rig = rig();
        rig.connect(intuit, ACME, REALM);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        pool.dispose();
    }

    private Rig rig() {
        Database db = new Database(pool, null);
        closeables.add(db);
        return new Rig(db, Rig.config(Map.of()), clock, cipher, intuit, intuit);
    }

    @Test
    void aFreshTokenIsReusedAndRefreshedFiveMinutesBeforeItExpires() {
        String first = rig.tokens.currentToken(ACME);
        clock.advance(Duration.ofMinutes(54));
        assertThat(rig.tokens.currentToken(ACME)).isEqualTo(first);
        assertThat(intuit.refreshes).hasValue(0);

        clock.advance(Duration.ofMinutes(2));
        String second = rig.tokens.currentToken(ACME);

        assertThat(second).isNotEqualTo(first);
        assertThat(intuit.refreshes).hasValue(1);
        ConnectionStatus status = rig.service.status(ACME);
        assertThat(status.accessTokenExpiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(status.refreshTokenIdleExpiresAt()).isEqualTo(clock.instant().plusSeconds(8_726_400));
        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void theRotatedRefreshTokenIsStoredAndTheOldOneIsDead() {
        String before = storedRefreshToken();
        clock.advance(Duration.ofMinutes(56));

        rig.tokens.currentToken(ACME);

        String after = storedRefreshToken();
        assertThat(after).isNotEqualTo(before);
        assertThat(intuit.isLiveRefresh(after)).isTrue();
        assertThat(intuit.isLiveRefresh(before)).isFalse();
    }

    @Test
    void aRejectedTokenIsRefreshedOnceEvenWhenManyCallersReportIt() {
        String rejected = rig.tokens.currentToken(ACME);

        String retryWith = rig.tokens.refreshAfterRejection(ACME, rejected);
        String again = rig.tokens.refreshAfterRejection(ACME, rejected);

        assertThat(retryWith).isNotEqualTo(rejected).isEqualTo(again);
        assertThat(intuit.refreshes).hasValue(1);
    }

    @Test
    void concurrentRefreshesInOneJvmMakeOneExchange() throws Exception {
        clock.advance(Duration.ofMinutes(59));

        List<String> tokens = Race.run(12, i -> rig.tokens.currentToken(ACME));

        assertThat(intuit.refreshes).hasValue(1);
        assertThat(tokens).hasSize(12).containsOnly(tokens.get(0));
    }

    @Test
    void twoConnectorInstancesOverOneDatabaseMakeOneExchange() throws Exception {
        Rig node2 = rig();
        clock.advance(Duration.ofMinutes(59));
        CountDownLatch bothIn = new CountDownLatch(1);
        intuit.duringRefresh = () -> await(bothIn);

        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();

        List<String> tokens = Race.run(8, i -> {
            if (started.incrementAndGet() == 8) {
                bothIn.countDown(); // every caller has started; let the one exchange finish
            }
            return (i % 2 == 0 ? node2 : rig).tokens.currentToken(ACME);
        });

        assertThat(intuit.refreshes).hasValue(1);
        assertThat(tokens).containsOnly(tokens.get(0));
    }

    @Test
    void aSecondNodeWaitsOnTheRowLockAndUsesTheFirstNodesToken() throws Exception {
        Rig node2 = rig();
        clock.advance(Duration.ofMinutes(59));
        CountDownLatch inExchange = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        intuit.duringRefresh = () -> {
            inExchange.countDown();
            await(release);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> rig.tokens.currentToken(ACME));
            assertThat(inExchange.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = threads.submit(() -> node2.tokens.currentToken(ACME));
            // node 2 is parked on node 1's row lock, not on its way to Intuit
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> blockedSessions() == 1);
            release.countDown();

            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
            assertThat(intuit.refreshes).hasValue(1);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private int blockedSessions() throws Exception {
        try (var c = pool.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Issue 17 §5: a refresh token past its 100 days is blamed for what it is, and only then. */
    @Test
    void aRefreshTokenUnusedForHundredDaysIsNamedAsExpired() {
        intuit.revokeRealm(REALM);
        clock.advance(Duration.ofDays(101));
        assertThatThrownBy(() -> rig.tokens.currentToken(ACME)).isInstanceOf(ConnectionUnavailableException.class)
                .hasMessageStartingWith("Reconnect required: the QuickBooks refresh token expired on ")
                .hasMessageEndingWith(" after 100 days without use");
    }

    @Test
    void invalidGrantNeedsReconnectPausesSyncAndMailsOnce() {
        intuit.revokeRealm(REALM);
        clock.advance(Duration.ofMinutes(59));
        String cause = "Reconnect required: QuickBooks does not recognise this connection's refresh token "
                + "(Intuit answered: gone)";

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> rig.tokens.currentToken(ACME))
                    .isInstanceOf(ConnectionUnavailableException.class)
                    .hasMessage(cause)
                    .satisfies(e -> assertThat(((ConnectionUnavailableException) e).state())
                            .isEqualTo(ConnectionState.RECONNECT_REQUIRED));
        }
        assertThatThrownBy(() -> rig.tokens.refreshAfterRejection(ACME, "whatever"))
                .isInstanceOf(ConnectionUnavailableException.class);

        ConnectionStatus status = rig.service.status(ACME);
        assertThat(status.state()).isEqualTo(ConnectionState.RECONNECT_REQUIRED);
        // The cause is said once, in the message; the remedy only says what to do.
        assertThat(status.message()).isEqualTo(cause);
        assertThat(status.remedy()).isEqualTo("Reconnect in Settings → Integrations → QuickBooks");
        assertThat(status.checkedAt()).isEqualTo(clock.instant());
        assertThat(rig.service.canSync(ACME)).isFalse();
        assertThat(intuit.refreshes).hasValue(1);
        assertThat(rig.notifications).singleElement().satisfies(n -> {
            assertThat(n.recipients()).containsExactly("owner@acme.example", "books@acme.example");
            assertThat(n.subject()).isEqualTo("QuickBooks: reconnect required");
            assertThat(n.body()).contains("Company 4620816365", cause, "Nothing is lost")
                    .doesNotContain("100-day", "RT-", "AT-");
        });

        assertThat(rig.connect(intuit, ACME, REALM).state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(rig.service.canSync(ACME)).isTrue();
        assertThat(rig.tokens.currentToken(ACME)).startsWith("AT-");
    }

    @Test
    void transientFailuresAreRetriedWithBackoffAndChangeNothing() {
        intuit.transientFailuresLeft = 2;
        clock.advance(Duration.ofMinutes(59));

        assertThat(rig.tokens.currentToken(ACME)).startsWith("AT-");
        assertThat(rig.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(intuit.refreshes).hasValue(3);
    }

    @Test
    void aLongOutageFailsTheCallButKeepsTheConnection() {
        intuit.transientFailuresLeft = 100;
        clock.advance(Duration.ofMinutes(59));

        assertThatThrownBy(() -> rig.tokens.currentToken(ACME)).isInstanceOf(QboTransientException.class)
                .hasMessageContaining("retries automatically");
        assertThat(intuit.refreshes).hasValue(3);
        assertThat(rig.service.status(ACME).state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(rig.service.canSync(ACME)).isTrue();
        assertThat(rig.notifications).isEmpty();

        intuit.transientFailuresLeft = 0;
        assertThat(rig.tokens.currentToken(ACME)).startsWith("AT-");
    }

    @Test
    void theTokenSourceForTheClientNamesNoToken() {
        assertThat(rig.tokens.sourceFor(ACME).currentToken()).startsWith("AT-");
        assertThat(rig.tokens.sourceFor(ACME).toString()).isEqualTo("AccessTokenSource[acme]");
    }

    private String storedRefreshToken() {
        return rig.db.read(em -> rig.tokens.refreshToken(em.find(io.ledgerbridge.qbo.store.TokenRow.class,
                ACME.value())));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
