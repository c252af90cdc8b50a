package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.testing.SandboxBrowser;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.auth.ConnectionLifecycle;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.sandbox.QboSandbox;
import jakarta.ws.rs.client.Client;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine wired as the composition root wires it (SyncModule's production constructor): connected through the
 * sandbox's OAuth page, QuickBooks reached through the QBO client with the OAuth side's tokens, paused by canSync.
 */
class ProductionWiringTest {
    private static final TenantId T = TenantId.of("acme");

    @TempDir
    Path dir;

    @Test
    void aConnectedTenantPushesAndADisconnectedOneWaits() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(60).start()) {
            ConnectorConfig config = ConnectorConfig.fromMap(Map.ofEntries(
                    Map.entry("environment", "local-sandbox"), Map.entry("api.base.url", sandbox.baseUrl()),
                    Map.entry("authorize.url", sandbox.baseUrl() + "/connect/oauth2"),
                    Map.entry("token.url", sandbox.baseUrl() + "/oauth2/v1/tokens/bearer"),
                    Map.entry("revoke.url", sandbox.baseUrl() + "/v2/oauth2/tokens/revoke"),
                    Map.entry("client.id", QboSandbox.DEFAULT_CLIENT_ID),
                    Map.entry("client.secret", QboSandbox.DEFAULT_CLIENT_SECRET),
                    Map.entry("redirect.uri", "http://127.0.0.1:8080/ledgerbridge/oauth/callback"),
                    Map.entry("data.directory", dir.toString()), Map.entry("throttle.time.scale", "60"),
                    Map.entry("node.id", "node-a")));
            FakeHost host = new FakeHost();
            Client http = JaxRsClients.newClient(Duration.ofSeconds(5), Duration.ofSeconds(30));
            try (Database db = TestDatabase.open(dir.resolve("db"))) {
                SettingsStore settings = new SettingsStore(db, Clock.systemUTC());
                var clients = new io.ledgerbridge.qbo.client.QboClientFactory(http,
                        io.ledgerbridge.qbo.client.http.QboJson.newObjectMapper(),
                        new io.ledgerbridge.qbo.client.retry.RetryPolicy(
                                io.ledgerbridge.qbo.client.retry.RetrySettings.defaults(), () -> 0.5),
                        Clock.systemUTC(), io.ledgerbridge.qbo.client.Sleeper.system());
                Map<String, io.ledgerbridge.qbo.client.limit.CompanyThrottle> byRealm =
                        new java.util.concurrent.ConcurrentHashMap<>();
                java.util.function.Function<String, io.ledgerbridge.qbo.client.limit.CompanyThrottle> throttles =
                        realm -> byRealm.computeIfAbsent(realm, r -> clients.newThrottle(
                                io.ledgerbridge.qbo.client.limit.ThrottleLimits.quickBooksOnline().timeScaled(60)));
                ConnectionLifecycle lifecycle = ConnectionLifecycle.create(config, db, http, clients, throttles, host,
                        t -> settings.find(t).map(ConnectorSettings::notificationRecipients).orElse(List.of()),
                        new io.ledgerbridge.qbo.store.OutboxQueue(db.dataSource(), new Outbox(db.dataSource(),
                                Clock.systemUTC()), Clock.systemUTC()), Clock.systemUTC());
                AuthorizationStart start = lifecycle.connections().beginConnect(T, "session-1", null);
                lifecycle.connections().completeConnect(T, "session-1",
                        new SandboxBrowser().authorize(start.authorizationUrl(), QboSandbox.US_REALM, true));
                Outbox outbox = new Outbox(db.dataSource(), Clock.systemUTC());
                try (SyncModule module = new SyncModule(config, db, outbox, host, host, lifecycle,
                        new TenantClients(clients, lifecycle.tokens(), lifecycle.connections(), config.apiBaseUrl(),
                                throttles, false),
                        new TenantClients(clients, lifecycle.tokens(), lifecycle.connections(), config.apiBaseUrl(),
                                throttles), Clock.systemUTC(), () -> { })) {
                    module.settings().updateSettings(T, ConnectorSettings.defaults().toBuilder().enabled(true).build());
                    host.add(SandboxSyncTest.customer("c1", "Wired Co", "wired@x.example"));
                    host.add(SandboxSyncTest.invoice("i1", "c1", "W-1", InvoiceStatus.SENT, "0"));
                    outbox.enqueue(event(HostEventKind.INVOICE_CHANGED, "i1"), SyncTrigger.EVENT);
                    module.engine().drain();
                    var status = module.sync().status(T, RecordRef.of(RecordType.INVOICE, "i1"));
                    assertThat(status.state()).isEqualTo(SyncState.SYNCED);
                    assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Invoice", status.remoteId())
                            .path("TotalAmt").decimalValue()).isEqualByComparingTo("100");
                    assertThat(module.settings().remoteOptions(T,
                            io.ledgerbridge.api.settings.RemoteListKind.ACCOUNTS)).isNotEmpty();

                    lifecycle.connections().disconnect(T);
                    host.add(SandboxSyncTest.customer("c1", "Wired Company", "wired@x.example"));
                    outbox.enqueue(event(HostEventKind.CUSTOMER_CHANGED, "c1"), SyncTrigger.EVENT);
                    module.engine().drain();
                    assertThat(module.sync().status(T, RecordRef.of(RecordType.CUSTOMER, "c1")).state())
                            .isEqualTo(SyncState.PENDING);
                }
            } finally {
                http.close();
            }
        }
    }

    private static HostEvent event(HostEventKind kind, String id) {
        return new HostEvent(UUID.randomUUID().toString(), T, kind, id, java.time.Instant.now(), Optional.empty());
    }
}
