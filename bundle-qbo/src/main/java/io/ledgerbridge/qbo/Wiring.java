package io.ledgerbridge.qbo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.auth.ConnectionLifecycle;
import io.ledgerbridge.qbo.client.DiagnosticsService;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.importer.ImportModule;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.SyncModule;
import io.ledgerbridge.qbo.sync.TenantClients;
import jakarta.ws.rs.client.Client;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Builds the connector's parts in dependency order: one HTTP client, one QuickBooks client factory, one throttle per
 * company shared by everything that calls it, the OAuth lifecycle, the sync engine and the diagnostics. Whatever
 * must be stopped is added to {@code closeables} in start order (closed in reverse).
 */
final class Wiring {
    /** Longer than any QuickBooks answer we wait for, so a slow batch is not cut off and retried needlessly. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(130);

    private Wiring() {
    }

    static QboConnector connector(ConnectorConfig config, HostRecords records, HostLedger ledger,
            HostNotifier notifier, Database database, Outbox outbox, Clock clock, List<AutoCloseable> closeables) {
        Client http = JaxRsClients.newClient(Duration.ofSeconds(10), READ_TIMEOUT);
        closeables.add(http::close);
        ObjectMapper json = QboJson.newObjectMapper();
        QboClientFactory clients = new QboClientFactory(http, json,
                new RetryPolicy(RetrySettings.defaults(), () -> ThreadLocalRandom.current().nextDouble()), clock,
                Sleeper.system());
        Map<String, CompanyThrottle> byRealm = new ConcurrentHashMap<>();
        Function<String, CompanyThrottle> throttles =
                realm -> byRealm.computeIfAbsent(realm, r -> clients.newThrottle(config.limits()));

        SettingsStore settings = new SettingsStore(database, clock);
        ConnectionLifecycle lifecycle = ConnectionLifecycle.create(config, database, http, clients, throttles, notifier,
                tenant -> settings.find(tenant).map(ConnectorSettings::notificationRecipients).orElse(List.of()),
                clock);
        SyncModule sync = new SyncModule(config, database, outbox, records, notifier, lifecycle, clients, throttles,
                clock);
        sync.start();
        closeables.add(sync);
        ImportModule imports = new ImportModule(database, sync.gateway(), sync.access(), records, ledger, clock,
                config.nodeId(), 2, Duration.ofSeconds(1));
        imports.start();
        closeables.add(imports);
        DiagnosticsService diagnostics = new DiagnosticsService(new TenantClients(clients, lifecycle.tokens(),
                lifecycle.connections(), config.apiBaseUrl(), throttles), json);
        return new QboConnector(outbox, lifecycle.connections(), sync.sync(), sync.settings(), diagnostics,
                imports.imports());
    }
}
