package io.ledgerbridge.ui.testing;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.ConflictOperations;
import io.ledgerbridge.api.ConnectionOperations;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.api.DiagnosticsOperations;
import io.ledgerbridge.api.ImportOperations;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.SettingsOperations;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.NamePreview;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.RemoteOption;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictCounts;
import io.ledgerbridge.api.sync.ConflictPage;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory connector for the pages' tests: it keeps what the pages change, so tests assert outcomes. */
public final class FakeConnector implements AccountingConnector {
    public static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    public ConnectorSettings stored = ConnectorSettings.defaults();
    public int settingsSaves;
    public final Map<MappingKind, Map<String, Mapping>> mappings = new EnumMap<>(MappingKind.class);
    public final Map<MappingKind, List<String>> unmapped = new EnumMap<>(MappingKind.class);
    public final List<RemoteOption> accounts = List.of(new RemoteOption("35", "Checking", "Bank", true),
            new RemoteOption("41", "Visa <Corp>", "Credit Card", true));
    public final List<RecordRef> customers = new ArrayList<>(List.of(RecordRef.of(RecordType.CUSTOMER, "c-1")));
    public final List<SyncRun> runs = new ArrayList<>();
    public final Map<RecordRef, RecordSyncStatus> failures = new LinkedHashMap<>();
    public final List<RecordRef> resynced = new ArrayList<>();
    public final List<String> ignoredBy = new ArrayList<>();
    public final Map<String, Conflict> conflicts = new LinkedHashMap<>();
    public final Map<String, ImportRun> imports = new LinkedHashMap<>();
    public boolean connected = true;

    @Override
    public String connectorId() {
        return "quickbooks-online";
    }

    @Override
    public String displayName() {
        return "QuickBooks Online";
    }

    @Override
    public void accept(HostEvent event) {
        throw new AssertionError("pages do not send events");
    }

    @Override
    public ConnectionOperations connection() {
        return new ConnectionOperations() {
            public ConnectionStatus status(TenantId tenant) {
                return connected ? new ConnectionStatus(tenant, ConnectionState.CONNECTED, "Sandbox <Co>", "9130",
                        "sandbox", "US", "USD", NOW, NOW, NOW, null, null) : ConnectionStatus.disconnected(tenant);
            }

            public AuthorizationStart beginConnect(TenantId tenant, String sessionId, URI redirectUri) {
                return new AuthorizationStart(URI.create("http://127.0.0.1:9/authorize"), NOW);
            }

            public ConnectionStatus completeConnect(TenantId tenant, String sessionId, AuthorizationCallback cb) {
                connected = true;
                return status(tenant);
            }

            public ConnectionStatus disconnect(TenantId tenant) {
                connected = false;
                return status(tenant);
            }

            public ConnectionTest test(TenantId tenant) {
                return new ConnectionTest(true, status(tenant), "Connected", null, Duration.ofMillis(5));
            }
        };
    }

    @Override
    public SyncOperations sync() {
        return new SyncOperations() {
            public SyncRun syncNow(TenantId tenant) {
                SyncRun run = new SyncRun("r" + (runs.size() + 1), tenant, SyncTrigger.SYNC_NOW,
                        SyncRunState.RUNNING, NOW, null, 1, 0, 0, 0, List.of());
                runs.add(0, run);
                return run;
            }

            public RecordSyncStatus resync(TenantId tenant, RecordRef record) {
                resynced.add(record);
                return new RecordSyncStatus(record, SyncState.PENDING, null, null, null, null, 0);
            }

            public RecordSyncStatus status(TenantId tenant, RecordRef record) {
                return failures.getOrDefault(record, RecordSyncStatus.notSynced(record));
            }

            public Optional<SyncRun> run(TenantId tenant, String runId) {
                return runs.stream().filter(r -> r.runId().equals(runId)).findFirst();
            }

            public List<SyncRun> recentRuns(TenantId tenant, int limit) {
                return runs.stream().limit(limit).toList();
            }

            public List<RecordSyncStatus> failures(TenantId tenant, int limit) {
                return List.copyOf(failures.values());
            }

            public RecordSyncStatus ignore(TenantId tenant, RecordRef record, HostUser by) {
                if (failures.remove(record) == null) {
                    throw new InvalidInputException("record", record + " has no open sync error", "reload the page");
                }
                ignoredBy.add(by.userId());
                return RecordSyncStatus.notSynced(record);
            }
        };
    }

    @Override
    public SettingsOperations settings() {
        return new SettingsOperations() {
            public ConnectorSettings settings(TenantId tenant) {
                return stored;
            }

            public ConnectorSettings updateSettings(TenantId tenant, ConnectorSettings settings) {
                settingsSaves++;
                stored = settings;
                return stored;
            }

            public List<Mapping> mappings(TenantId tenant, MappingKind kind) {
                return List.copyOf(mappings.getOrDefault(kind, Map.of()).values());
            }

            public void putMapping(TenantId tenant, Mapping mapping) {
                mappings.computeIfAbsent(mapping.kind(), k -> new LinkedHashMap<>()).put(mapping.hostKey(), mapping);
            }

            public void removeMapping(TenantId tenant, MappingKind kind, String hostKey) {
                mappings.getOrDefault(kind, new LinkedHashMap<>()).remove(hostKey);
            }

            public List<RemoteOption> remoteOptions(TenantId tenant, RemoteListKind kind) {
                if (!connected) {
                    throw new LedgerBridgeException("No active QuickBooks connection",
                            "Connect QuickBooks in Settings → Integrations → QuickBooks");
                }
                return kind == RemoteListKind.ACCOUNTS ? accounts
                        : List.of(new RemoteOption("7", kind.name() + " seven", null, true));
            }

            public List<NamePreview> preview(TenantId tenant, ConnectorSettings settings, RecordRef record) {
                String rendered = settings.customerDisplayNameTemplate().replace("{companyName}", "Acme <b>Corp</b>");
                String sent = rendered.length() > 20 ? rendered.substring(0, 20) : rendered;
                return List.of(new NamePreview("DisplayName", settings.customerDisplayNameTemplate(), rendered, sent,
                        20));
            }

            public List<RecordRef> sampleRecords(TenantId tenant, RecordType type, int limit) {
                return type == RecordType.CUSTOMER ? customers.stream().limit(limit).toList() : List.of();
            }

            public List<String> unmappedKeys(TenantId tenant, MappingKind kind) {
                return unmapped.getOrDefault(kind, List.of()).stream()
                        .filter(k -> !mappings.getOrDefault(kind, Map.of()).containsKey(k)).toList();
            }
        };
    }

    @Override
    public DiagnosticsOperations diagnostics() {
        return (TenantId tenant, DiagnosticsDump dump, OutputStream out) -> out.write("[]".getBytes());
    }

    @Override
    public ConflictOperations conflicts() {
        return new ConflictOperations() {
            public ConflictPage list(TenantId tenant, ConflictQuery query) {
                List<Conflict> match = conflicts.values().stream().filter(c -> !query.openOnly() || c.isOpen())
                        .filter(c -> query.recordType() == null || c.record().type() == query.recordType()).toList();
                return new ConflictPage(match, match.size());
            }

            public Optional<Conflict> conflict(TenantId tenant, String conflictId) {
                return Optional.ofNullable(conflicts.get(conflictId));
            }

            public Conflict resolve(TenantId tenant, String id, ConflictResolution resolution, HostUser by) {
                Conflict c = conflicts.get(id);
                if (c == null) {
                    throw new InvalidInputException("conflictId", "no conflict " + id, "reload the page");
                }
                Conflict done = new Conflict(c.conflictId(), c.record(), c.remoteId(), c.hostValues(),
                        c.remoteValues(), c.detectedAt(), resolution, by.userId(), NOW);
                conflicts.put(id, done);
                return done;
            }

            public ConflictCounts counts(TenantId tenant) {
                Map<RecordType, Integer> open = new EnumMap<>(RecordType.class);
                conflicts.values().stream().filter(Conflict::isOpen)
                        .forEach(c -> open.merge(c.record().type(), 1, Integer::sum));
                return new ConflictCounts(open);
            }
        };
    }

    @Override
    public io.ledgerbridge.api.WebhookOperations webhooks() {
        throw new AssertionError("the pages never receive webhooks");
    }

    @Override
    public ImportOperations imports() {
        return new ImportOperations() {
            public ImportRun start(TenantId tenant, ImportRequest request, HostUser by) {
                ImportRun run = new ImportRun("i" + (imports.size() + 1), tenant, request, SyncRunState.RUNNING,
                        by.userId(), NOW, null, List.of(), List.of(), List.of());
                imports.put(run.importId(), run);
                return run;
            }

            public Optional<ImportRun> run(TenantId tenant, String importId) {
                return Optional.ofNullable(imports.get(importId));
            }

            public List<ImportRun> recentRuns(TenantId tenant, int limit) {
                return List.copyOf(imports.values());
            }

            public void resolveMatch(TenantId tenant, String importId, String remoteId, String hostId, HostUser by) {
                throw new InvalidInputException("remoteId", "not ambiguous", "reload the page");
            }
        };
    }

    /** The books-match report the pages show, and what the pages asked of it. */
    public io.ledgerbridge.api.sync.BooksMatchReport booksReport;
    public final List<String> booksCalls = new ArrayList<>();

    @Override
    public io.ledgerbridge.api.BooksMatchOperations booksMatch() {
        return new io.ledgerbridge.api.BooksMatchOperations() {
            public void request(TenantId tenant, HostUser by) {
                booksCalls.add("request by " + by.userId());
            }

            public Optional<io.ledgerbridge.api.sync.BooksMatchReport> latest(TenantId tenant) {
                return Optional.ofNullable(booksReport);
            }

            public void unlink(TenantId tenant, RecordRef record, HostUser by) {
                booksCalls.add("unlink " + record + " by " + by.userId());
            }

            public void link(TenantId tenant, RecordRef record, String remoteId, HostUser by) {
                if (remoteId.isBlank()) {
                    throw new InvalidInputException("remoteId", "is required", "use Link on the report's row");
                }
                booksCalls.add("link " + record + " to " + remoteId + " by " + by.userId());
            }
        };
    }
}
