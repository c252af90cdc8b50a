package io.ledgerbridge.qbo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.books.BooksMatchModule;
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
import io.ledgerbridge.qbo.conflict.ConflictDecisions;
import io.ledgerbridge.qbo.conflict.ConflictService;
import io.ledgerbridge.qbo.inbound.InboundModule;
import io.ledgerbridge.qbo.inbound.apply.RemoteChangeApplier;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.OperationsQueries;
import io.ledgerbridge.qbo.health.HealthService;
import io.ledgerbridge.qbo.health.Heartbeats;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import io.ledgerbridge.qbo.metrics.JmxExporter;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.housekeeping.HousekeepingModule;
import io.ledgerbridge.qbo.auth.ConnectionChecks;
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
 * company shared by everything that calls it, the OAuth lifecycle, the sync engine, the diagnostics, conflict review
 * and QuickBooks' changes (webhooks, change-data-capture, their handler), and housekeeping (retention). Whatever must be stopped is added to
 * {@code closeables} in start order (closed in reverse).
 */
final class Wiring {
    /** Longer than any QuickBooks answer we wait for, so a slow batch is not cut off and retried needlessly. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(130);

    private Wiring() {
    }

    /** The sandbox's time scale the throttle was configured with (1 against Intuit): its minute, shrunk. */
    static double timeScale(ConnectorConfig config) {
        return Duration.ofMinutes(1).toNanos() / (double) config.limits().requestWindow().toNanos();
    }

    static QboConnector connector(ConnectorConfig config, HostRecords records, HostLedger ledger,
            HostNotifier notifier, Database database, Outbox outbox, Clock clock, List<AutoCloseable> closeables) {
        Client http = JaxRsClients.newClient(Duration.ofSeconds(10), READ_TIMEOUT);
        closeables.add(http::close);
        ObjectMapper json = QboJson.newObjectMapper();
        OperationsQueries operations = new OperationsQueries(database.dataSource());
        ConnectorMetrics metrics = new ConnectorMetrics(operations, operations::tenantOfRealm, config.limits(),
                config.nodeId(), clock);
        closeables.add(new JmxExporter(metrics));
        Heartbeats heartbeats = new Heartbeats(clock);
        QboClientFactory clients = new QboClientFactory(http, json,
                new RetryPolicy(RetrySettings.defaults().timeScaled(timeScale(config)),
                        () -> ThreadLocalRandom.current().nextDouble()), clock,
                Sleeper.system(), metrics);
        Map<String, CompanyThrottle> byRealm = new ConcurrentHashMap<>();
        Function<String, CompanyThrottle> throttles =
                realm -> byRealm.computeIfAbsent(realm, r -> clients.newThrottle(config.limits()));

        // The stores the OAuth side, conflict review and the change handler share (the sync engine's module builds
        // its own over the same database).
        SettingsStore settings = new SettingsStore(database, clock);
        OutboxQueue queue = new OutboxQueue(database.dataSource(), outbox, clock);
        LinkStore links = new LinkStore(database);
        ConflictStore conflictStore = new ConflictStore(database.dataSource());
        ConflictDecisions decisions = new ConflictDecisions(conflictStore, queue);
        ConnectionLifecycle lifecycle = ConnectionLifecycle.create(config, database, http, clients, throttles, notifier,
                tenant -> settings.find(tenant).map(ConnectorSettings::notificationRecipients).orElse(List.of()),
                queue, clock);
        // One client per company and mode, shared by everything that calls QuickBooks. Interactive calls
        // (diagnostics, repair, settings checks) wait: an administrator waits for the answer. Unattended work (the
        // push, catch-ups, inbox, imports, books-match reports) never waits on its thread: a company that must wait
        // is made due again when it may go on (CompanyMustWait), and the thread serves another.
        TenantClients tenantClients = new TenantClients(clients, lifecycle.tokens(), lifecycle.connections(),
                config.apiBaseUrl(), throttles);
        TenantClients background = new TenantClients(clients, lifecycle.tokens(), lifecycle.connections(),
                config.apiBaseUrl(), throttles, false);
        io.ledgerbridge.qbo.sync.ClientGateway backgroundGateway =
                new io.ledgerbridge.qbo.sync.ClientGateway(background, json);
        SyncModule sync = new SyncModule(config, database, outbox, records, notifier, lifecycle, background,
                tenantClients, clock, heartbeats.loop("sync poll", Duration.ofSeconds(1)));
        sync.start();
        closeables.add(sync);
        DiagnosticsService diagnostics = new DiagnosticsService(tenantClients, json);
        ConflictService conflicts = new ConflictService(conflictStore, decisions, links, queue, sync.sync(), records,
                ledger, clock);
        // QuickBooks' changes: webhooks and CDC into the inbox, applied on the lease holder by the change handler.
        InboundModule inbound = new InboundModule(database, background,
                TenantClients.access(lifecycle.connections()), lifecycle.connections()::tenantForRealm,
                new RemoteChangeApplier(backgroundGateway, links, conflictStore, decisions, records, ledger, json, clock),
                config.webhookVerifierToken(), config.cdcInterval(), clock, config.nodeId(), Duration.ofSeconds(1),
                config.inboundThreads(), metrics, heartbeats.loop("inbound poll", Duration.ofSeconds(1)));
        inbound.start();
        closeables.add(inbound);
        ImportModule imports = new ImportModule(database, backgroundGateway, sync.access(), records, ledger, clock,
                config.nodeId(), 2, Duration.ofSeconds(1));
        imports.start();
        closeables.add(imports);
        HousekeepingModule housekeeping = new HousekeepingModule(database.dataSource(), config.retention(),
                config.nodeId());
        housekeeping.start();
        closeables.add(housekeeping);
        // Each connected company is checked once after a start, one at a time: the Connection page then says what
        // QuickBooks says now rather than what was stored before the restart.
        ConnectionChecks checks = new ConnectionChecks(lifecycle.connections(), config.connectionCheckSpacing(),
                Duration.ofMinutes(10), clock);
        closeables.add(checks);
        checks.start();
        io.ledgerbridge.qbo.repair.RepairService repairs = new io.ledgerbridge.qbo.repair.RepairService(records,
                new LinkStore(database), sync.gateway(), sync.access(), sync.sync(),
                new ConflictStore(database.dataSource()), new OutboxQueue(database.dataSource(), outbox, clock),
                new io.ledgerbridge.qbo.store.SyncLog(database.dataSource()),
                new io.ledgerbridge.qbo.repair.WebLinks(config.environment(), config.apiBaseUrl()), clock);
        // The books-match report: the company's client and throttle, not waiting, run on the company's lease holder.
        BooksMatchModule books = new BooksMatchModule(database, outbox, backgroundGateway, sync.access(), records,
                sync.sync(), clock, config.nodeId(), config.booksThreads(), Duration.ofSeconds(1));
        books.start();
        closeables.add(books);
        HealthService health = new HealthService(operations, metrics, heartbeats, config.nodeId(),
                config.lagWarning(), config.cdcInterval(), clock);
        return new QboConnector(outbox, lifecycle.connections(), sync.sync(), sync.settings(), diagnostics, conflicts,
                inbound.webhooks(), imports.imports(), repairs, books.booksMatch(), health, metrics);
    }
}
