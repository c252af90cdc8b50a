package io.ledgerbridge.qbo;

import io.ledgerbridge.api.ConnectionOperations;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.api.DiagnosticsOperations;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.SettingsOperations;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.RemoteOption;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.sync.RecordStatusReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.auth.ConnectionLifecycle;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import jakarta.ws.rs.client.Client;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the connector's operation groups from their parts. */
final class Wiring {
    private Wiring() {
    }

    static QboConnector connector(ConnectorConfig config, HostRecords records, HostLedger ledger, HostNotifier notifier,
            Database database, Outbox outbox, RecordStatusReader statuses, Clock clock, List<AutoCloseable> closeables) {
        Client http = JaxRsClients.newClient(Duration.ofSeconds(10), Duration.ofSeconds(60));
        closeables.add(http::close);
        ObjectMapper mapper = QboJson.newObjectMapper();
        QboClientFactory clients = new QboClientFactory(http, mapper,
                new RetryPolicy(RetrySettings.defaults(), () -> ThreadLocalRandom.current().nextDouble()), clock,
                Sleeper.system());
        Map<String, CompanyThrottle> throttles = new ConcurrentHashMap<>();
        Function<String, CompanyThrottle> throttleOf =
                realm -> throttles.computeIfAbsent(realm, r -> clients.newThrottle(config.limits()));
        ConnectionLifecycle lifecycle = ConnectionLifecycle.create(config, database, http, clients, throttleOf,
                notifier, tenant -> List.of(), clock);
        return new QboConnector(outbox, lifecycle.connections(), new Interim.Sync(outbox, statuses),
                new Interim.Settings(), new Interim.Diagnostics());
    }

    /** Interim groups until the OAuth, sync and client branches are merged. */
    static final class Interim {
        private static LedgerBridgeException notConnected() {
            return new LedgerBridgeException("No active QuickBooks connection", "reconnect in Settings, Integrations");
        }

        record Sync(Outbox outbox, RecordStatusReader statuses) implements SyncOperations {
            public SyncRun syncNow(TenantId tenant) { throw notConnected(); }
            public RecordSyncStatus resync(TenantId tenant, RecordRef record) {
                outbox.enqueue(tenant, record, null, UUID.randomUUID().toString(), null, SyncTrigger.RESYNC);
                return statuses.status(tenant, record);
            }
            public RecordSyncStatus status(TenantId tenant, RecordRef record) { return statuses.status(tenant, record); }
            public Optional<SyncRun> run(TenantId tenant, String runId) { return Optional.empty(); }
            public List<SyncRun> recentRuns(TenantId tenant, int limit) { return List.of(); }
            public List<RecordSyncStatus> failures(TenantId tenant, int limit) { return List.of(); }
        }

        static final class Settings implements SettingsOperations {
            public ConnectorSettings settings(TenantId tenant) { return ConnectorSettings.defaults(); }
            public ConnectorSettings updateSettings(TenantId t, ConnectorSettings s) { throw notConnected(); }
            public List<Mapping> mappings(TenantId tenant, MappingKind kind) { return List.of(); }
            public void putMapping(TenantId tenant, Mapping mapping) { throw notConnected(); }
            public void removeMapping(TenantId tenant, MappingKind kind, String hostKey) { }
            public List<RemoteOption> remoteOptions(TenantId tenant, RemoteListKind kind) { throw notConnected(); }
        }

        static final class Diagnostics implements DiagnosticsOperations {
            public void dump(TenantId tenant, DiagnosticsDump dump, OutputStream out) { throw notConnected(); }
        }
    }
}
