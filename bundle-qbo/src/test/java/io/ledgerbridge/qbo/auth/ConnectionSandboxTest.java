package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.qbo.testing.SandboxBrowser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.error.QboAuthenticationException;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.TokenRow;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.SandboxClock;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection lifecycle against the real embedded sandbox over HTTP: the browser flow, refresh, rotation, single
 * flight in one JVM and across two connector instances sharing PostgreSQL (H2 when PostgreSQL is not running),
 * invalid_grant, revoke on disconnect, state and company-switch refusals, and no token at rest or in the log.
 */
class ConnectionSandboxTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final String US = QboSandbox.US_REALM;
    private static final String CA = QboSandbox.CA_REALM;
    private static final String TOKEN_ENDPOINT = "POST /oauth2/v1/tokens/bearer";
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private final SandboxClock sandboxClock = SandboxClock.fixed(START);
    private final MutableClock clock = new MutableClock(START);
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final SandboxBrowser browser = new SandboxBrowser();
    private LogCapture log;
    private QboSandbox sandbox;
    private DataSource dataSource;
    private TokenCipher cipher;
    private Client http;
    private QboClientFactory clients;
    private Rig node1;

    @BeforeEach
    void setUp() {
        log = new LogCapture(); // to prove no token is ever logged
        sandbox = QboSandbox.builder().port(0).clock(sandboxClock).start();
        http = JaxRsClients.newClient(Duration.ofSeconds(5), Duration.ofSeconds(30));
        // The QuickBooks client runs on real time: its throttle is not under test here.
        clients = new QboClientFactory(http, QboJson.newObjectMapper(),
                new RetryPolicy(RetrySettings.defaults(), () -> 0.0), Clock.systemUTC(), Sleeper.system());
        cipher = new TokenKeys(new SecureRandom()).cipherFor(config());
        org.postgresql.ds.PGSimpleDataSource postgres = TestDatabases.postgresOrNull();
        dataSource = postgres;
        if (postgres != null) {
            closeables.add(() -> TestDatabases.drop(postgres));
        } else {
            JdbcConnectionPool pool = TestDatabases.h2(dir);
            closeables.add(pool::dispose);
            dataSource = pool;
        }
        node1 = node();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
        http.close();
        sandbox.close();
        log.close();
        String captured = log.text();
        assertThat(issuedTokens).allSatisfy(token -> assertThat(captured).doesNotContain(token));
    }

    private ConnectorConfig config() {
        return config(sandbox.baseUrl() + "/oauth2/v1/tokens/bearer");
    }

    private ConnectorConfig config(String tokenUrl) {
        return ConnectorConfig.fromMap(Map.of(
                "environment", "local-sandbox",
                "api.base.url", sandbox.baseUrl(),
                "authorize.url", sandbox.baseUrl() + "/connect/oauth2",
                "token.url", tokenUrl,
                "revoke.url", sandbox.baseUrl() + "/v2/oauth2/tokens/revoke",
                "client.id", QboSandbox.DEFAULT_CLIENT_ID,
                "client.secret", QboSandbox.DEFAULT_CLIENT_SECRET,
                "redirect.uri", "http://127.0.0.1:8080/ledgerbridge/oauth/callback",
                "data.directory", dir.toString()));
    }

    /** One connector instance (a host node) over the shared database. */
    private Rig node() {
        return node(config());
    }

    private Rig node(ConnectorConfig config) {
        Database db = new Database(dataSource, null);
        closeables.add(db);
        ObjectMapper json = new ObjectMapper();
        OAuthHttp oauth = new RecordingOAuthHttp(new JaxRsOAuthHttp(http, config, json), issuedTokens);
        return new Rig(db, config, clock, cipher, oauth, new QboCompanyReader(clients, config.apiBaseUrl(),
                realm -> clients.newThrottle(ThrottleLimits.quickBooksOnline())));
    }

    private ConnectionStatus connect(Rig node, TenantId tenant, String realm) throws Exception {
        AuthorizationStart start = node.service.beginConnect(tenant, Rig.SESSION, null);
        return node.service.completeConnect(tenant, Rig.SESSION, browser.authorize(start.authorizationUrl(), realm,
                true));
    }

    private void advance(Duration by) {
        clock.advance(by);
        sandboxClock.advance(by);
    }

    private long tokenCalls() {
        return sandbox.admin().requestCount(TOKEN_ENDPOINT, 0);
    }

    private TokenRow tokenRow(TenantId tenant) {
        return node1.db.read(em -> em.find(TokenRow.class, tenant.value()));
    }

    @Test
    void connectsThroughTheAuthorisationPageAndReadsTheCompany() throws Exception {
        ConnectionStatus status = connect(node1, ACME, CA);

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.message()).isEqualTo("QuickBooks connected");
        assertThat(status.companyName()).isEqualTo("Sandbox Company CA");
        assertThat(status.companyId()).isEqualTo(CA);
        assertThat(status.environment()).isEqualTo("local-sandbox");
        assertThat(status.country()).isEqualTo("CA");
        assertThat(status.homeCurrency()).isEqualTo("CAD");
        assertThat(status.accessTokenExpiresAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(status.refreshTokenIdleExpiresAt()).isEqualTo(START.plus(Duration.ofDays(100)));
        assertThat(node1.service.company(ACME)).get().satisfies(c -> {
            assertThat(c.taxLocale()).isEqualTo(io.ledgerbridge.api.settings.TaxLocale.CANADA);
            assertThat(c.multicurrencyEnabled()).isTrue();
        });
        assertThat(sandbox.admin().requestCount(TOKEN_ENDPOINT, 200)).isEqualTo(1);

        ConnectionTest test = node1.service.test(ACME);
        assertThat(test.success()).isTrue();
        assertThat(test.message()).contains("Sandbox Company CA", "CA", CA, "local-sandbox");
    }

    @Test
    void refreshesBeforeExpiryAndStoresTheRotatedRefreshToken() throws Exception {
        connect(node1, ACME, US);
        String firstAccess = node1.tokens.currentToken(ACME);
        String firstRefresh = node1.tokens.refreshToken(tokenRow(ACME));
        advance(Duration.ofMinutes(54));
        assertThat(node1.tokens.currentToken(ACME)).isEqualTo(firstAccess);
        long before = tokenCalls();

        advance(Duration.ofMinutes(2)); // 4 minutes left: inside the 5-minute margin
        String secondAccess = node1.tokens.currentToken(ACME);

        assertThat(secondAccess).isNotEqualTo(firstAccess);
        assertThat(tokenCalls() - before).isEqualTo(1);
        String secondRefresh = node1.tokens.refreshToken(tokenRow(ACME));
        assertThat(secondRefresh).isNotEqualTo(firstRefresh);
        assertThat(tokenRow(ACME).accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        // the rotated-out token is dead at Intuit's end; the stored one works
        assertThatThrownBy(() -> new JaxRsOAuthHttp(http, config(), new ObjectMapper()).refresh(firstRefresh))
                .isInstanceOf(OAuthException.class)
                .satisfies(e -> assertThat(((OAuthException) e).kind()).isEqualTo(OAuthException.Kind.INVALID_GRANT));
        assertThat(node1.service.test(ACME).success()).isTrue();
        assertThat(log.text()).contains("Refreshed the QuickBooks access token of tenant acme") // capture works
                .doesNotContain(firstAccess, firstRefresh, secondAccess, secondRefresh);
    }

    @Test
    void concurrentRefreshesInOneJvmMakeOneTokenExchange() throws Exception {
        connect(node1, ACME, US);
        advance(Duration.ofMinutes(58));
        long before = tokenCalls();

        List<String> tokens = Race.run(10, i -> node1.tokens.currentToken(ACME));

        assertThat(tokenCalls() - before).isEqualTo(1);
        assertThat(tokens).containsOnly(tokens.get(0));
    }

    @Test
    void twoConnectorInstancesSharingTheDatabaseMakeOneTokenExchange() throws Exception {
        Rig node2 = node();
        connect(node1, ACME, US);
        advance(Duration.ofMinutes(58));
        long before = tokenCalls();

        List<String> tokens = Race.run(10, i -> (i % 2 == 0 ? node1 : node2).tokens.currentToken(ACME));

        assertThat(tokenCalls() - before).isEqualTo(1);
        assertThat(tokens).containsOnly(tokens.get(0));
        // a 401 reported on the other node after the refresh does not refresh again
        assertThat(node2.tokens.refreshAfterRejection(ACME, "an-older-token")).isEqualTo(tokens.get(0));
        assertThat(tokenCalls() - before).isEqualTo(1);
    }

    /** Issue 17 §5: after a restart the page said "Connected" until Test connection found otherwise. */
    @Test
    void eachConnectionIsCheckedOnStartOneAtATimeAndItsStatusSaysWhatQuickBooksSaid() throws Exception {
        TenantId globex = TenantId.of("globex");
        connect(node1, ACME, US);
        connect(node1, globex, CA);
        advance(Duration.ofMinutes(30));
        sandbox.admin().revokeTokens(US, null); // while "the connector was down"
        assertThat(node1.service.status(ACME).state()).isEqualTo(ConnectionState.CONNECTED);

        Rig restarted = node();
        try (ConnectionChecks checks = new ConnectionChecks(restarted.service, Duration.ofMillis(20),
                Duration.ofMinutes(10), clock)) {
            assertThat(restarted.service.toCheck(clock.instant().minus(Duration.ofMinutes(10))))
                    .containsExactlyInAnyOrder(ACME, globex);
            checks.start();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> checks.remaining() == 0
                    && restarted.service.status(ACME).state() == ConnectionState.RECONNECT_REQUIRED
                    && clock.instant().equals(restarted.service.status(globex).checkedAt()));
        }
        ConnectionStatus acme = restarted.service.status(ACME);
        assertThat(acme.message()).isEqualTo(REVOKED);
        assertThat(acme.checkedAt()).isEqualTo(clock.instant());
        assertThat(restarted.service.status(globex).state()).isEqualTo(ConnectionState.CONNECTED);
        // Both were just checked: a second start right after checks neither again.
        assertThat(restarted.service.toCheck(clock.instant().minus(Duration.ofMinutes(10)))).isEmpty();
    }

    private static final String REVOKED = "Reconnect required: access was revoked in QuickBooks (the app was "
            + "disconnected there)";

    @Test
    void aRevokedGrantNeedsReconnectPausesSyncAndMailsTheRecipientsOnce() throws Exception {
        connect(node1, ACME, US);
        Rig node2 = node();
        sandbox.admin().revokeTokens(US, null);
        advance(Duration.ofMinutes(58));

        for (Rig node : List.of(node1, node2, node1)) {
            assertThatThrownBy(() -> node.tokens.currentToken(ACME))
                    .isInstanceOf(ConnectionUnavailableException.class).hasMessage(REVOKED);
        }

        ConnectionStatus status = node2.service.status(ACME);
        assertThat(status.state()).isEqualTo(ConnectionState.RECONNECT_REQUIRED);
        assertThat(status.message()).isEqualTo(REVOKED);
        assertThat(status.remedy()).isEqualTo("Reconnect in Settings → Integrations → QuickBooks");
        assertThat(node1.service.canSync(ACME)).isFalse();
        assertThat(node2.service.canSync(ACME)).isFalse();
        assertThat(sandbox.admin().requestCount(TOKEN_ENDPOINT, 400)).isEqualTo(1);
        assertThat(node1.notifications.size() + node2.notifications.size()).isEqualTo(1);
        assertThat(node1.notifications).singleElement().satisfies(n ->
                assertThat(n.recipients()).containsExactly("owner@acme.example", "books@acme.example"));
        ConnectionTest test = node2.service.test(ACME);
        assertThat(test.success()).isFalse();
        assertThat(test.message()).isEqualTo(REVOKED);

        // Reconnect restores the flow
        assertThat(connect(node2, ACME, US).state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(node1.service.canSync(ACME)).isTrue();
        assertThat(node1.service.test(ACME).success()).isTrue();
    }

    @Test
    void anUnreachableTokenEndpointIsRetriedAndLeavesTheConnectionAlone() throws Exception {
        connect(node1, ACME, US);
        Rig cutOff = node(config("http://127.0.0.1:1/oauth2/v1/tokens/bearer"));
        advance(Duration.ofMinutes(58));

        assertThatThrownBy(() -> cutOff.tokens.currentToken(ACME))
                .isInstanceOf(io.ledgerbridge.qbo.client.error.QboTransientException.class)
                .hasMessageContaining("retries automatically");

        assertThat(cutOff.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(cutOff.service.status(ACME).state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(cutOff.service.canSync(ACME)).isTrue();
        assertThat(cutOff.notifications).isEmpty();
        assertThat(node1.tokens.currentToken(ACME)).isNotNull(); // Intuit back: the next call refreshes
        assertThat(node1.service.test(ACME).success()).isTrue();
    }

    @Test
    void disconnectRevokesAtIntuitAndDeletesTheTokens() throws Exception {
        connect(node1, ACME, US);
        String access = node1.tokens.currentToken(ACME);
        String refresh = node1.tokens.refreshToken(tokenRow(ACME));

        ConnectionStatus status = node1.service.disconnect(ACME);

        assertThat(status.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(status.message()).isEqualTo("QuickBooks disconnected; the tokens were deleted");
        assertThat(sandbox.admin().requestCount("POST /v2/oauth2/tokens/revoke", 200)).isEqualTo(1);
        // Intuit's documented form of the revoke call: {"token":…} as application/json (qbo-api.md §10)
        assertThat(sandbox.admin().requests()).filteredOn(e -> e.path().equals("/v2/oauth2/tokens/revoke"))
                .singleElement().satisfies(e -> assertThat(e.contentType()).isEqualTo("application/json"));
        assertThatThrownBy(() -> clients.newClient(new QboEndpoint(URI.create(sandbox.baseUrl()), US),
                new FixedToken(access), clients.newThrottle(ThrottleLimits.quickBooksOnline())).companyInfo())
                .isInstanceOf(QboAuthenticationException.class)
                .satisfies(e -> assertThat(((QboAuthenticationException) e).httpStatus()).isEqualTo(401));
        assertThatThrownBy(() -> new JaxRsOAuthHttp(http, config(), new ObjectMapper()).refresh(refresh))
                .isInstanceOf(OAuthException.class)
                .satisfies(e -> assertThat(((OAuthException) e).kind()).isEqualTo(OAuthException.Kind.INVALID_GRANT));
        assertThat(tokenRow(ACME)).isNull();
        assertThat(TestDatabases.allText(dataSource)).noneMatch(v -> v.toLowerCase().startsWith("qbo_token."));
        assertThat(node1.service.status(ACME)).isEqualTo(ConnectionStatus.disconnected(ACME));
        assertThat(node1.service.canSync(ACME)).isFalse();

        assertThat(connect(node1, ACME, US).state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aReusedOrForgedStateIsRejected() throws Exception {
        AuthorizationStart start = node1.service.beginConnect(ACME, Rig.SESSION, null);
        AuthorizationCallback callback = browser.authorize(start.authorizationUrl(), US, true);
        node1.service.completeConnect(ACME, Rig.SESSION, callback);
        long before = tokenCalls();

        assertThatThrownBy(() -> node1.service.completeConnect(ACME, Rig.SESSION, callback))
                .isInstanceOf(LedgerBridgeException.class).hasMessageContaining("already used");
        AuthorizationStart other = node1.service.beginConnect(ACME, Rig.SESSION, null);
        String forgedUrl = other.authorizationUrl().toString().replaceAll("state=[^&]+", "state=forged");
        AuthorizationCallback forged = browser.authorize(URI.create(forgedUrl), US, true);
        assertThatThrownBy(() -> node1.service.completeConnect(ACME, Rig.SESSION, forged))
                .isInstanceOf(LedgerBridgeException.class).hasMessageContaining("invalid");
        assertThatThrownBy(() -> node1.service.completeConnect(ACME, "someone-else",
                browser.authorize(other.authorizationUrl(), US, true))).hasMessageContaining("invalid");
        assertThat(tokenCalls()).isEqualTo(before);
    }

    @Test
    void aDeclinedAuthorisationIsExplained() throws Exception {
        AuthorizationStart start = node1.service.beginConnect(ACME, Rig.SESSION, null);
        AuthorizationCallback declined = browser.authorize(start.authorizationUrl(), US, false);

        assertThat(declined.error()).isEqualTo("access_denied");
        assertThatThrownBy(() -> node1.service.completeConnect(ACME, Rig.SESSION, declined))
                .hasMessage("QuickBooks connection cancelled: access was not granted on Intuit's page");
        assertThat(node1.service.status(ACME).state()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    void switchingToAnotherCompanyWithoutConfirmationIsRefusedAndStoresNothing() throws Exception {
        connect(node1, ACME, US);
        node1.service.disconnect(ACME);
        long before = tokenCalls();
        AuthorizationStart start = node1.service.beginConnect(ACME, Rig.SESSION, null);
        AuthorizationCallback toCanada = browser.authorize(start.authorizationUrl(), CA, true);

        assertThatThrownBy(() -> node1.service.completeConnect(ACME, Rig.SESSION, toCanada))
                .isInstanceOf(io.ledgerbridge.api.CompanySwitchException.class).hasMessageContaining(US)
                .hasMessageContaining(CA).hasMessageContaining("Sandbox Company US");

        assertThat(tokenCalls()).isEqualTo(before);
        assertThat(tokenRow(ACME)).isNull();
        assertThat(node1.service.status(ACME).state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(node1.service.canSync(ACME)).isFalse();
        ConnectionStatus confirmed = node1.service.completeConnect(ACME, Rig.SESSION, new AuthorizationCallback(
                toCanada.code(), toCanada.state(), toCanada.companyId(), null, null, true));
        assertThat(confirmed.companyId()).isEqualTo(CA);
        assertThat(confirmed.companyName()).isEqualTo("Sandbox Company CA");
    }

    @Test
    void noTokenIsStoredInPlainTextOrLogged() throws Exception {
        JdbcConnectionPool h2 = TestDatabases.h2(dir.resolve("dump"));
        closeables.add(h2::dispose);
        dataSource = h2;
        Rig node = node();
        connect(node, ACME, US);
        advance(Duration.ofMinutes(58));
        node.tokens.currentToken(ACME);
        connect(node, TenantId.of("globex"), CA);

        String script = TestDatabases.h2Script(h2);
        List<String> text = TestDatabases.allText(h2);

        assertThat(script).contains("QBO_TOKEN").contains("v1:");
        assertThat(issuedTokens).hasSizeGreaterThanOrEqualTo(6).allSatisfy(token -> {
            assertThat(script).doesNotContain(token);
            assertThat(text).noneMatch(v -> v.contains(token));
        });
        // the log check itself runs after every test, in tearDown
    }

    /** A token that cannot be refreshed: what was handed out before a disconnect. */
    private record FixedToken(String token) implements AccessTokenSource {
        @Override
        public String currentToken() {
            return token;
        }

        @Override
        public String refreshAfterRejection(String rejectedToken) {
            return token;
        }
    }
}
