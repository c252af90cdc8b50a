package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.Database;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * One connector instance's auth classes over a database, wired the way the runtime wires them, with a fake clock,
 * a sleeper that only records, and a notifier that collects.
 */
final class Rig {
    static final String SESSION = "admin-session-1";

    final Database db;
    final ConnectorConfig config;
    final MutableClock clock;
    final List<Notification> notifications = new CopyOnWriteArrayList<>();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final TokenManager tokens;
    final ConnectionService service;

    Rig(Database db, ConnectorConfig config, MutableClock clock, TokenCipher cipher, OAuthHttp oauth,
            CompanyReader companies) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        ReconnectNotifier notifier = new ReconnectNotifier((tenant, n) -> notifications.add(n),
                tenant -> List.of("owner@" + tenant.value() + ".example", "books@" + tenant.value() + ".example"));
        this.tokens = new TokenManager(db, oauth, cipher, notifier,
                new RetryPolicy(new RetrySettings(3, Duration.ofSeconds(1), Duration.ofSeconds(4), 0.0,
                        Duration.ofSeconds(5)), () -> 0.0),
                sleeps::add, clock);
        this.service = new ConnectionService(db, config, oauth, companies, tokens,
                new AuthorizationStates(db, clock, new SecureRandom()),
                new io.ledgerbridge.qbo.store.SettingsStore(db, clock), new io.ledgerbridge.qbo.store.OutboxQueue(
                        db.dataSource(), new io.ledgerbridge.qbo.store.Outbox(db.dataSource(), clock), clock), clock);
    }

    static ConnectorConfig config(Map<String, String> overrides) {
        Map<String, Object> props = new java.util.HashMap<>(Map.of(
                "environment", "sandbox",
                "client.id", "test-client-id",
                "client.secret", "test-client-secret",
                "redirect.uri", "https://host.example/integrations/quickbooks/callback",
                "authorize.url", "https://appcenter.example/connect/oauth2",
                "data.directory", System.getProperty("java.io.tmpdir")));
        props.putAll(overrides);
        return ConnectorConfig.fromMap(props);
    }

    /** @return the state in an authorisation URL */
    static String state(AuthorizationStart start) {
        return query(start).get("state");
    }

    static Map<String, String> query(AuthorizationStart start) {
        return Arrays.stream(start.authorizationUrl().getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    /** Runs the whole flow against the fake Intuit. */
    ConnectionStatus connect(FakeIntuit intuit, TenantId tenant, String realm) {
        AuthorizationStart start = service.beginConnect(tenant, SESSION, null);
        return service.completeConnect(tenant, SESSION,
                new AuthorizationCallback(intuit.code(realm), state(start), realm, null, null, false));
    }
}
