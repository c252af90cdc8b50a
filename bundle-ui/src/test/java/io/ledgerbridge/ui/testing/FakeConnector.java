package io.ledgerbridge.ui.testing;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.ConflictOperations;
import io.ledgerbridge.api.ConnectionOperations;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.api.DiagnosticsOperations;
import io.ledgerbridge.api.ImportOperations;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.RepairOperations;
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
import io.ledgerbridge.api.settings.SettingsProblem;
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
import io.ledgerbridge.api.sync.RemoteRecord;
import io.ledgerbridge.api.sync.RemoteView;
import io.ledgerbridge.api.sync.Repair;
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
    /** The connector's configured redirect URI, if any. */
    public URI configuredRedirect;
    /** The redirect URI the last Connect passed. */
    public URI beganWith;
    /** Records' names as the host shows them (others are named by type and id). */
    public final Map<RecordRef, String> names = new LinkedHashMap<>();
    /** When set, the connection needs reconnecting for this reason (and Test connection fails with it). */
    public String reconnectCause;
    /** What {@code checkMappings} answers, each for the rows whose host key its field names. */
    public final List<SettingsProblem> mappingProblems = new ArrayList<>();
    /** Every repair made, e.g. "unlink CUSTOMER:c-1 by admin from record panel". */
    public final List<String> repaired = new ArrayList<>();
    /** What {@link #repairs()} says QuickBooks holds, by record. */
    public final Map<RecordRef, RemoteView> remotes = new LinkedHashMap<>();

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
                if (reconnectCause != null) {
                    return new ConnectionStatus(tenant, ConnectionState.RECONNECT_REQUIRED, "Sandbox <Co>", "9130",
                            "sandbox", "US", "USD", NOW, NOW, NOW, reconnectCause,
                            "Reconnect in Settings → Integrations → QuickBooks", NOW);
                }
                return connected ? new ConnectionStatus(tenant, ConnectionState.CONNECTED, "Sandbox <Co>", "9130",
                        "sandbox", "US", "USD", NOW, NOW, NOW, null, null, NOW) : ConnectionStatus.disconnected(tenant);
            }

            public AuthorizationStart beginConnect(TenantId tenant, String sessionId, URI redirectUri) {
                beganWith = redirectUri;
                return new AuthorizationStart(URI.create("http://127.0.0.1:9/authorize"), NOW);
            }

            public Optional<URI> configuredRedirectUri() {
                return Optional.ofNullable(configuredRedirect);
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
                if (reconnectCause != null) {
                    return new ConnectionTest(false, status(tenant), reconnectCause,
                            "Reconnect in Settings → Integrations → QuickBooks", Duration.ofMillis(5));
                }
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

            public String recordName(TenantId tenant, RecordRef record) {
                return names.containsKey(record) ? names.get(record) : SyncOperations.super.recordName(tenant, record);
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

            public List<SettingsProblem> check(TenantId tenant, ConnectorSettings settings) {
                List<SettingsProblem> out = new ArrayList<>();
                if (settings.customerDisplayNameTemplate().contains("{company}")) {
                    out.add(new SettingsProblem("customerDisplayNameTemplate", "unknown field {company}",
                            "use only the fields {companyName}, {contactName}", true));
                }
                if (settings.docNumberTemplate().startsWith("LONG")) {
                    out.add(new SettingsProblem("docNumberTemplate", "numbers would be cut to 21 characters",
                            "shorten the template", false));
                }
                return out;
            }

            public List<SettingsProblem> checkMappings(TenantId tenant, List<Mapping> rows) {
                return mappingProblems.stream().filter(p -> rows.stream().anyMatch(r -> p.field().endsWith(": "
                        + r.hostKey()))).toList();
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
        return new FakeBooksMatch(() -> booksReport, booksCalls);
    }

    @Override
    public RepairOperations repairs() {
        return new RepairOperations() {
            @Override
            public RemoteView remote(TenantId tenant, RecordRef record) {
                return remotes.getOrDefault(record, new RemoteView(record, RemoteView.State.NOT_LINKED, null, null,
                        null, null, Map.of(), java.util.Set.of(Repair.LINK)));
            }

            @Override
            public List<RemoteRecord> search(TenantId tenant, RecordType type, String text, int limit) {
                return List.of(new RemoteRecord("2", "Bayside Bakery", null, "orders@bayside.example",
                        "1 Pier St, San Francisco", true, null), new RemoteRecord("7", "Bay <Old>", null, null, null,
                        false, null)).stream().filter(r -> r.name().toLowerCase(java.util.Locale.ROOT)
                        .contains(text.toLowerCase(java.util.Locale.ROOT))).toList();
            }

            @Override
            public RecordSyncStatus unlink(TenantId tenant, RecordRef record, HostUser by, String from) {
                return repaired("unlink", record, null, by, from);
            }

            @Override
            public RecordSyncStatus link(TenantId tenant, RecordRef record, String remoteId, HostUser by,
                    String from) {
                if ("7".equals(remoteId)) {
                    throw new InvalidInputException("remoteId", "QuickBooks customer 7 (Bay <Old>) is inactive",
                            "make it active in QuickBooks first, or choose another");
                }
                return repaired("link", record, remoteId, by, from);
            }

            @Override
            public RecordSyncStatus recreate(TenantId tenant, RecordRef record, HostUser by, String from) {
                return repaired("recreate", record, null, by, from);
            }

            @Override
            public RecordSyncStatus followSurvivor(TenantId tenant, RecordRef record, HostUser by, String from) {
                return repaired("follow", record, null, by, from);
            }

            private RecordSyncStatus repaired(String what, RecordRef record, String remoteId, HostUser by,
                    String from) {
                repaired.add(what + " " + record.type() + ":" + record.hostId() + (remoteId == null ? ""
                        : " to " + remoteId) + " by " + by.userId() + " from " + from);
                return RecordSyncStatus.notSynced(record);
            }
        };
    }
}
