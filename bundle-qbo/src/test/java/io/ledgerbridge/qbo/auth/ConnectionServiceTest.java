package io.ledgerbridge.qbo.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.CompanySwitchException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.qbo.store.Database;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connect, disconnect, status and test flows against an in-memory Intuit, over H2. */
class ConnectionServiceTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private final FakeIntuit intuit = new FakeIntuit();
    private final MutableClock clock = new MutableClock(START);
    private JdbcConnectionPool pool;
    private Rig rig;

    @BeforeEach
    void setUp() {
        pool = TestDatabases.h2(dir);
        TokenCipher cipher = new TokenCipher(new TokenKeys(new SecureRandom()).derive("secret"), new SecureRandom());
        rig = new Rig(new Database(pool, null), Rig.config(Map.of()), clock, cipher, intuit, intuit);
        intuit.companies.put("4620816365", new CompanyFacts("Maple Sweets Ltd", "CA", "CAD", true, false,
                LocalDate.parse("2025-12-31")));
    }

    @AfterEach
    void tearDown() throws Exception {
        rig.db.close();
        pool.dispose();
    }

    @Test
    void beginConnectBuildsIntuitsAuthorisationUrlWithAnExpiringState() {
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, null);

        assertThat(start.authorizationUrl().toString()).startsWith("https://appcenter.example/connect/oauth2?");
        assertThat(Rig.query(start)).containsEntry("client_id", "test-client-id")
                .containsEntry("response_type", "code").containsEntry("scope", "com.intuit.quickbooks.accounting")
                .containsEntry("redirect_uri", "https://host.example/integrations/quickbooks/callback")
                .containsKey("state");
        assertThat(Rig.state(start)).hasSizeGreaterThanOrEqualTo(43);
        assertThat(start.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(10)));
    }

    @Test
    void theConfiguredRedirectUriIsOfferedToPagesAndUsedWhenTheyPassNone() {
        URI configured = URI.create("https://host.example/integrations/quickbooks/callback");

        assertThat(rig.service.configuredRedirectUri()).contains(configured);
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, rig.service.configuredRedirectUri()
                .orElseThrow());
        assertThat(Rig.query(start)).containsEntry("redirect_uri", configured.toString());
    }

    @Test
    void withoutAppCredentialsConnectingSaysWhichKeysToSet() {
        Rig unconfigured = new Rig(rig.db, Rig.config(Map.of("client.id", "", "client.secret", "")), clock,
                null, intuit, intuit);

        assertThatThrownBy(() -> unconfigured.service.beginConnect(ACME, Rig.SESSION, null))
                .isInstanceOf(LedgerBridgeException.class)
                .hasMessage("QuickBooks app credentials are not configured")
                .satisfies(e -> assertThat(((LedgerBridgeException) e).remedy())
                        .contains("client.id", "client.secret", "redirect.uri", "io.ledgerbridge.qbo"));
    }

    @Test
    void connectingStoresTheCompanyAndItsSettings() {
        ConnectionStatus status = rig.connect(intuit, ACME, "4620816365");

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.message()).isEqualTo("QuickBooks connected");
        assertThat(status.companyName()).isEqualTo("Maple Sweets Ltd");
        assertThat(status.companyId()).isEqualTo("4620816365");
        assertThat(status.environment()).isEqualTo("sandbox");
        assertThat(status.country()).isEqualTo("CA");
        assertThat(status.homeCurrency()).isEqualTo("CAD");
        assertThat(status.accessTokenExpiresAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(status.refreshTokenIdleExpiresAt()).isEqualTo(START.plusSeconds(8_726_400));
        assertThat(status.refreshTokenHardExpiresAt()).isEqualTo(START.plus(TokenManager.HARD_LIFETIME));
        assertThat(status.toString()).doesNotContain("secret");
        assertThat(rig.service.canSync(ACME)).isTrue();
        assertThat(rig.service.company(ACME)).get().satisfies(c -> {
            assertThat(c.taxLocale()).isEqualTo(TaxLocale.CANADA);
            assertThat(c.multicurrencyEnabled()).isTrue();
            assertThat(c.customTxnNumbers()).isFalse();
            assertThat(c.bookCloseDate()).isEqualTo(LocalDate.parse("2025-12-31"));
        });
        assertThat(rig.service.tenantForRealm("4620816365")).contains(ACME);
    }

    @Test
    void tenantsAreKeptApart() {
        intuit.companies.put("9130", new CompanyFacts("Globex UK", "GB", "GBP", false, true, null));
        rig.connect(intuit, ACME, "4620816365");
        rig.connect(intuit, GLOBEX, "9130");

        assertThat(rig.service.status(GLOBEX).companyName()).isEqualTo("Globex UK");
        assertThat(rig.service.company(GLOBEX)).get().extracting(ConnectedCompany::taxLocale).isEqualTo(TaxLocale.EU);
        rig.service.disconnect(ACME);
        assertThat(rig.service.canSync(ACME)).isFalse();
        assertThat(rig.service.canSync(GLOBEX)).isTrue();
        assertThat(rig.service.status(TenantId.of("initech"))).isEqualTo(ConnectionStatus.disconnected(
                TenantId.of("initech")));
    }

    @Test
    void aStateIsSingleUse() {
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, null);
        rig.service.completeConnect(ACME, Rig.SESSION,
                new AuthorizationCallback(intuit.code("4620816365"), Rig.state(start), "4620816365", null, null,
                        false));

        assertThatThrownBy(() -> rig.service.completeConnect(ACME, Rig.SESSION, new AuthorizationCallback(
                intuit.code("4620816365"), Rig.state(start), "4620816365", null, null, false)))
                .isInstanceOf(LedgerBridgeException.class).hasMessageContaining("already used");
        assertThat(intuit.codeExchanges).hasValue(1);
    }

    @Test
    void forgedExpiredOrForeignStatesAreRejected() {
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, null);
        String state = Rig.state(start);

        assertThatThrownBy(() -> complete(ACME, "another-session", state)).hasMessageContaining("invalid");
        assertThatThrownBy(() -> complete(GLOBEX, Rig.SESSION, state)).hasMessageContaining("invalid");
        assertThatThrownBy(() -> complete(ACME, Rig.SESSION, state + "x")).hasMessageContaining("invalid");
        assertThatThrownBy(() -> complete(ACME, Rig.SESSION, null)).hasMessageContaining("invalid");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThatThrownBy(() -> complete(ACME, Rig.SESSION, state)).hasMessageContaining("expired");
        assertThat(intuit.codeExchanges).hasValue(0);
        assertThat(rig.service.status(ACME).state()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    void aDeclinedAuthorisationSaysSoAndStoresNothing() {
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, null);

        assertThatThrownBy(() -> rig.service.completeConnect(ACME, Rig.SESSION, new AuthorizationCallback(null,
                Rig.state(start), null, "access_denied", "User denied", false)))
                .isInstanceOf(LedgerBridgeException.class)
                .hasMessage("QuickBooks connection cancelled: access was not granted on Intuit's page")
                .satisfies(e -> assertThat(((LedgerBridgeException) e).remedy()).contains("Connect QuickBooks"));
        assertThat(rig.service.status(ACME).state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThatThrownBy(() -> complete(ACME, Rig.SESSION, Rig.state(start))).hasMessageContaining("used");
    }

    @Test
    void switchingCompaniesNeedsConfirmationAndStoresNothingWithoutIt() {
        rig.connect(intuit, ACME, "4620816365");
        rig.service.disconnect(ACME);
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, null);
        String code = intuit.code("9130");

        assertThatThrownBy(() -> rig.service.completeConnect(ACME, Rig.SESSION,
                new AuthorizationCallback(code, Rig.state(start), "9130", null, null, false)))
                .isInstanceOf(CompanySwitchException.class)
                .hasMessage("This organisation was connected to QuickBooks company Maple Sweets Ltd (realm "
                        + "4620816365); you chose company realm 9130.")
                .satisfies(e -> assertThat(((LedgerBridgeException) e).remedy()).startsWith("Confirm"));
        assertThat(intuit.codeExchanges).hasValue(1);
        assertThat(rig.service.status(ACME).state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(rig.service.canSync(ACME)).isFalse();

        ConnectionStatus confirmed = rig.service.completeConnect(ACME, Rig.SESSION,
                new AuthorizationCallback(code, Rig.state(start), "9130", null, null, true));
        assertThat(confirmed.companyId()).isEqualTo("9130");
    }

    @Test
    void aCompanyConnectedToAnotherTenantIsRefused() {
        rig.connect(intuit, ACME, "4620816365");

        assertThatThrownBy(() -> rig.connect(intuit, GLOBEX, "4620816365"))
                .hasMessageContaining("already connected to another organisation");
        assertThat(rig.service.tenantForRealm("4620816365")).contains(ACME);
    }

    @Test
    void disconnectRevokesAndDeletesTheTokens() throws Exception {
        rig.connect(intuit, ACME, "4620816365");

        ConnectionStatus status = rig.service.disconnect(ACME);

        assertThat(status.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(status.message()).isEqualTo("QuickBooks disconnected; the tokens were deleted");
        assertThat(intuit.revoked).hasSize(1).allMatch(t -> t.startsWith("RT-4620816365"));
        assertThat(TestDatabases.allText(pool)).noneMatch(v -> v.startsWith("QBO_TOKEN."));
        assertThat(rig.service.status(ACME)).isEqualTo(ConnectionStatus.disconnected(ACME));
        assertThatThrownBy(() -> rig.tokens.currentToken(ACME)).isInstanceOf(ConnectionUnavailableException.class)
                .hasMessage("No active QuickBooks connection");
    }

    @Test
    void linksAndHistoryOutliveADisconnect() throws Exception {
        rig.connect(intuit, ACME, "4620816365");
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO qbo_link (tenant_id, record_type, host_record_id, qbo_realm_id, qbo_id, broken) "
                    + "VALUES ('acme', 'CUSTOMER', 'c-1', '4620816365', '58', FALSE)");
        }

        rig.service.disconnect(ACME);

        assertThat(TestDatabases.allText(pool)).contains("QBO_LINK.QBO_ID=58", "QBO_CONNECTION.QBO_REALM_ID=4620816365");
    }

    @Test
    void aConfirmedSwitchForgetsTheOldCompanysIdsButAReconnectToTheSameCompanyKeepsThem() throws Exception {
        io.ledgerbridge.qbo.store.SettingsStore settings = new io.ledgerbridge.qbo.store.SettingsStore(rig.db, clock);
        rig.connect(intuit, ACME, "4620816365");
        settings.save(ACME, io.ledgerbridge.api.settings.ConnectorSettings.defaults().toBuilder().enabled(true)
                .defaultItemId("7").defaultClassId("3").build());
        settings.put(ACME, new io.ledgerbridge.api.settings.Mapping(
                io.ledgerbridge.api.settings.MappingKind.ITEM, "CONSULT", "12", null));
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO qbo_link (tenant_id, record_type, host_record_id, qbo_realm_id, qbo_id, broken) "
                    + "VALUES ('acme', 'CUSTOMER', 'c-1', '4620816365', '58', FALSE)");
        }
        rig.service.disconnect(ACME);
        rig.connect(intuit, ACME, "4620816365");
        assertThat(TestDatabases.allText(pool)).contains("QBO_LINK.QBO_ID=58");

        rig.service.disconnect(ACME);
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, null);
        rig.service.completeConnect(ACME, Rig.SESSION,
                new AuthorizationCallback(intuit.code("9130"), Rig.state(start), "9130", null, null, true));

        assertThat(TestDatabases.allText(pool)).noneMatch(v -> v.startsWith("QBO_LINK."))
                .noneMatch(v -> v.startsWith("QBO_MAPPING."));
        var kept = settings.find(ACME).orElseThrow();
        assertThat(kept.enabled()).isTrue();
        assertThat(kept.defaultItemId()).isNull();
        assertThat(kept.defaultClassId()).isNull();
    }

    @Test
    void aFailedRevokeStillDeletesTheTokensAndSaysSo() throws Exception {
        rig.connect(intuit, ACME, "4620816365");
        intuit.revokeFails = true;

        ConnectionStatus status = rig.service.disconnect(ACME);

        assertThat(status.message()).contains("tokens were deleted", "Intuit did not confirm revoking");
        assertThat(status.remedy()).contains("Connected apps");
        assertThat(TestDatabases.allText(pool)).noneMatch(v -> v.startsWith("QBO_TOKEN."));
        assertThat(rig.service.canSync(ACME)).isFalse();
    }

    @Test
    void reconnectRestoresTheConnectionAfterDisconnect() {
        rig.connect(intuit, ACME, "4620816365");
        rig.service.disconnect(ACME);

        assertThat(rig.connect(intuit, ACME, "4620816365").state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(rig.service.canSync(ACME)).isTrue();
    }

    @Test
    void testConnectionReportsCompanyRealmEnvironmentAndExpiries() {
        rig.connect(intuit, ACME, "4620816365");
        clock.advance(Duration.ofMinutes(58));

        ConnectionTest test = rig.service.test(ACME);

        assertThat(test.success()).isTrue();
        java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);
        assertThat(test.message()).contains("Maple Sweets Ltd", "CA", "4620816365", "sandbox",
                minute.format(test.status().accessTokenExpiresAt()),
                minute.format(test.status().refreshTokenIdleExpiresAt()),
                minute.format(test.status().refreshTokenHardExpiresAt()));
        assertThat(test.status().accessTokenExpiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(intuit.refreshes).hasValue(1);
        assertThat(test.took()).isNotNull();
    }

    @Test
    void testConnectionWithoutAConnectionSaysSo() {
        ConnectionTest test = rig.service.test(ACME);

        assertThat(test.success()).isFalse();
        assertThat(test.message()).isEqualTo("No active QuickBooks connection");
        assertThat(test.remedy()).contains("Settings → Integrations → QuickBooks");
    }

    @Test
    void theHostsRedirectUriIsUsedForTheWholeFlow() {
        URI redirect = URI.create("https://tenant.host.example/qbo/callback");
        AuthorizationStart start = rig.service.beginConnect(ACME, Rig.SESSION, redirect);

        assertThat(Rig.query(start)).containsEntry("redirect_uri", redirect.toString());
    }

    private void complete(TenantId tenant, String session, String state) {
        rig.service.completeConnect(tenant, session,
                new AuthorizationCallback(intuit.code("4620816365"), state, "4620816365", null, null, false));
    }
}
