package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.sandbox.SandboxClients;
import io.ledgerbridge.qbo.importer.ImportModule;
import io.ledgerbridge.qbo.inbound.InboundModule;
import io.ledgerbridge.qbo.inbound.RemoteChangeHandler;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.InboxEntry;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.faults.RequestFaults;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background work (change-data-capture catch-ups, the inbox, imports) with fewer threads than companies in 429
 * storms, wired as production wires it (clients that never wait): the calm companies' work completes at once while
 * the stormed ones are made due again for when they may go on, holding no thread, and after the storm the stormed
 * ones go on from where they stood, losing nothing and doing nothing twice.
 */
class StormedCompaniesSandboxTest {
    private static final double SCALE = 60;
    /** Long enough that a client waiting out each 429 (4 attempts) would hold its thread for most of a minute. */
    private static final long RETRY_AFTER = 10;

    @TempDir
    Path dir;

    /** Stormed companies first, so a thread that waited would be taken by them before any calm company. */
    private static List<String> names(int stormed, int calm) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < stormed + calm; c++) {
            names.add((c < stormed ? "stormed-" : "calm-") + c);
        }
        return names;
    }

    private static Map<TenantId, String> register(QboSandbox sandbox, List<String> names, long firstRealm,
            boolean transactions) throws Exception {
        JsonNode us = BenchCompanies.usSeed();
        Map<TenantId, String> realms = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String realm = String.valueOf(firstRealm + c);
            sandbox.admin().registerCompany(BenchCompanies.company(us, realm, transactions));
            realms.put(TenantId.of(names.get(c)), realm);
        }
        return realms;
    }

    /** A 429 storm on each stormed company: most with a Retry-After, one without (QuickBooks' own minute). */
    private static void storm(QboSandbox sandbox, Map<TenantId, String> realms) {
        int n = 0;
        for (var r : realms.entrySet()) {
            if (stormed(r.getKey())) {
                sandbox.admin().faults().forRealm(r.getValue()).throttleStorm(1.0,
                        n++ == 0 ? RequestFaults.NO_RETRY_AFTER : RETRY_AFTER);
            }
        }
    }

    private static boolean stormed(TenantId tenant) {
        return tenant.value().startsWith("stormed-");
    }

    private static long throttled(QboSandbox sandbox, String realm) {
        return sandbox.admin().faults().forRealm(realm).counts().getOrDefault("throttle429", 0L);
    }

    private static long threads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).count();
    }

    @Test
    void calmCompaniesCatchUpWhileStormedOnesWaitOnNoThreadAndResumeFromTheirWatermark() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(SCALE).start();
                SandboxClients clients = new SandboxClients(sandbox, SCALE); Database db = TestDatabase.open(dir)) {
            // Six stormed companies, three calm, four inbound threads.
            Map<TenantId, String> realms = register(sandbox, names(6, 3), 9130430000000000L, false);
            Map<TenantId, QboClient> byTenant = new HashMap<>();
            for (var r : realms.entrySet()) {
                connect(db, r.getKey(), r.getValue());
                byTenant.put(r.getKey(), clients.client(r.getValue(), false));
            }
            ClientGateway gateway = new ClientGateway(byTenant::get, QboJson.newObjectMapper());
            List<String> received = new CopyOnWriteArrayList<>();
            // As the change applier does: a webhook's poke is read from QuickBooks; a catch-up's change carries it.
            RemoteChangeHandler handler = change -> {
                String name = change.entity() != null ? "" : " " + gateway.read(change.tenant(), change.entityName(),
                        change.qboId()).path("DisplayName").asText();
                received.add(change.tenant().value() + " " + change.entityName() + " " + change.qboId() + " "
                        + change.source() + name);
            };
            Map<String, TenantId> tenantOf = new HashMap<>();
            realms.forEach((t, r) -> tenantOf.put(r, t));
            try (InboundModule inbound = new InboundModule(db, byTenant::get,
                    t -> CompanyAccess.Access.open(realms.get(t)), r -> Optional.ofNullable(tenantOf.get(r)), handler,
                    null, Duration.ofSeconds(1), Clock.systemUTC(), "node-a", Duration.ofMillis(50))) {
                inbound.engine().drain(); // every company's first catch-up: its watermark
                received.clear();
                storm(sandbox, realms);
                Map<TenantId, String> added = new HashMap<>();
                for (var r : realms.entrySet()) {
                    // A QuickBooks user adds a customer (caught up by CDC); a webhook names the seed's customer 1.
                    added.put(r.getKey(), sandbox.admin().create(r.getValue(), "Customer", QboJson.newObjectMapper()
                            .createObjectNode().put("DisplayName", r.getKey().value() + " New")).path("Id").asText());
                    inbound.inbox().record(List.of(new InboxEntry(r.getKey(), r.getValue(), "Customer", "1",
                            "UPDATE", Instant.now(), null, SyncTrigger.WEBHOOK, null)));
                }
                inbound.start();
                await().atMost(Duration.ofSeconds(10)).until(() -> realms.entrySet().stream()
                        .filter(r -> stormed(r.getKey())).allMatch(r -> throttled(sandbox, r.getValue()) > 0));

                // With every inbound thread asleep on a stormed company (6 of them, 4 threads), no calm company would
                // be caught up for most of a minute: here each is, and its webhook's change is read, within seconds.
                await().atMost(Duration.ofSeconds(8)).until(() -> realms.keySet().stream().filter(t -> !stormed(t))
                        .allMatch(t -> received.contains(t.value() + " Customer " + added.get(t) + " CDC")
                                && received.contains(t.value() + " Customer 1 WEBHOOK Bench 1")));
                assertThat(threads("ledgerbridge-qbo-inbound")).isEqualTo(InboundModule.DEFAULT_THREADS);
                for (TenantId t : realms.keySet()) {
                    if (stormed(t)) {
                        assertThat(received).as("what reached the host of " + t).noneMatch(s -> s.startsWith(
                                t.value() + " Customer " + added.get(t) + " ") || s.startsWith(t.value() + " Customer 1 WEBHOOK"));
                        // Its webhook's change waits for the storm, no attempt counted, due again when it may go on.
                        assertThat(inboxRow(db, t)).as("the webhook's change of " + t).startsWith("PENDING 0 ");
                    }
                }
                // A stormed company with a Retry-After is due again when QuickBooks said, not at every poll.
                await().atMost(Duration.ofSeconds(5)).until(() -> realms.keySet().stream().filter(t -> stormed(t)
                        && !t.value().equals("stormed-0")).allMatch(t -> nextDue(db, t).isAfter(Instant.now())));

                realms.forEach((t, r) -> sandbox.admin().faults().forRealm(r).clear());
                await().atMost(Duration.ofSeconds(RETRY_AFTER + 20)).until(() -> realms.keySet().stream()
                        .allMatch(t -> received.contains(t.value() + " Customer " + added.get(t) + " CDC")
                                && received.contains(t.value() + " Customer 1 WEBHOOK Bench 1")));
                for (TenantId t : realms.keySet()) {
                    // From the watermark: the customer added during the storm arrives once (nothing lost, none twice).
                    assertThat(received.stream().filter(s -> s.startsWith(t.value() + " Customer " + added.get(t) + " ")))
                            .as("changes of " + t + "'s new customer").hasSize(1);
                    assertThat(received.stream().filter(s -> s.startsWith(t.value() + " Customer 1 WEBHOOK")))
                            .as("applications of " + t + "'s webhook").hasSize(1);
                    assertThat(inboxRow(db, t)).as("the webhook's change of " + t).startsWith("DONE 0 ");
                }
            }
        }
    }

    @Test
    void aCatchUpQuickBooksAnswers503IsTriedAgainAfterABackOffNotBySleepingAndResumesOnceItAnswers() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(SCALE).start();
                SandboxClients clients = new SandboxClients(sandbox, SCALE); Database db = TestDatabase.open(dir)) {
            Map<TenantId, String> realms = register(sandbox, names(0, 1), 9130450000000000L, false);
            TenantId tenant = realms.keySet().iterator().next();
            String realm = realms.get(tenant);
            connect(db, tenant, realm);
            QboClient client = clients.client(realm, false);
            List<String> received = new CopyOnWriteArrayList<>();
            sandbox.admin().faults().forRealm(realm).errorRate(1.0, 503);
            try (InboundModule inbound = new InboundModule(db, t -> client, t -> CompanyAccess.Access.open(realm),
                    r -> Optional.of(tenant), change -> received.add(change.entityName() + " " + change.qboId()),
                    null, Duration.ofMinutes(1), Clock.systemUTC(), "node-a", Duration.ofMillis(50))) {
                Instant before = Instant.now();
                inbound.engine().drain();
                // One call, answered 503: no retry slept on the thread; due again after the back-off (5 s at least).
                assertThat(sandbox.admin().faults().forRealm(realm).counts()).containsEntry("error503", 1L);
                assertThat(nextDue(db, tenant)).isAfter(before.plusSeconds(4));
                assertThat(received).isEmpty();

                sandbox.admin().faults().forRealm(realm).clear();
                inbound.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> received.contains("Customer 1"));
            }
        }
    }

    @Test
    void calmCompaniesImportWhileStormedOnesWaitOnNoThreadAndFinishAfterTheStormOnce() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(SCALE).start();
                Database db = TestDatabase.open(dir)) {
            // Four stormed companies, two calm, two import threads.
            Map<TenantId, String> realms = register(sandbox, names(4, 2), 9130440000000000L, true);
            TenantHosts hosts = new TenantHosts();
            realms.keySet().forEach(t -> hosts.ofPut(t, new FakeHost()));
            try (SandboxEngine e = new SandboxEngine(sandbox, db, hosts, SCALE, "node-a", g -> g, realms);
                    ImportModule imports = new ImportModule(db, e.noWait, e.module.access(), hosts, ledger(hosts),
                            Clock.systemUTC(), "node-a", 2, Duration.ofMillis(20))) {
                storm(sandbox, realms);
                imports.start();
                Map<TenantId, String> runs = new HashMap<>();
                for (TenantId t : realms.keySet()) {
                    if (stormed(t)) {
                        runs.put(t, start(imports, t));
                    }
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> realms.entrySet().stream()
                        .filter(r -> stormed(r.getKey())).allMatch(r -> throttled(sandbox, r.getValue()) > 0));
                for (TenantId t : realms.keySet()) {
                    if (!stormed(t)) {
                        runs.put(t, start(imports, t));
                    }
                }
                await().atMost(Duration.ofSeconds(8)).until(() -> realms.keySet().stream().filter(t -> !stormed(t))
                        .allMatch(t -> state(imports, t, runs.get(t)) == SyncRunState.FINISHED));
                assertThat(threads("ledgerbridge-qbo-import")).isEqualTo(2);
                for (TenantId t : realms.keySet()) {
                    if (stormed(t)) {
                        assertThat(state(imports, t, runs.get(t))).isEqualTo(SyncRunState.RUNNING);
                        assertThat(hosts.of(t).writes).as("what the host of " + t + " received").isEmpty();
                    } else {
                        assertThat(imported(hosts, t)).as("what the host of " + t + " received")
                                .containsExactlyInAnyOrder("customer+", "invoice+", "payment+");
                    }
                }
                // Due again when QuickBooks said (not at every poll), no attempt counted against the import.
                await().atMost(Duration.ofSeconds(5)).until(() -> realms.keySet().stream().filter(t -> stormed(t)
                        && !t.value().equals("stormed-0")).allMatch(t -> importDue(db, runs.get(t))
                                .startsWith("0 ") && Instant.parse(importDue(db, runs.get(t)).substring(2))
                                        .isAfter(Instant.now())));

                realms.forEach((t, r) -> sandbox.admin().faults().forRealm(r).clear());
                await().atMost(Duration.ofSeconds(RETRY_AFTER + 20)).until(() -> realms.keySet().stream()
                        .allMatch(t -> state(imports, t, runs.get(t)) == SyncRunState.FINISHED));
                for (TenantId t : realms.keySet()) {
                    assertThat(imported(hosts, t)).as("what the host of " + t + " received, once")
                            .containsExactlyInAnyOrder("customer+", "invoice+", "payment+");
                }
            }
        }
    }

    private static String start(ImportModule imports, TenantId t) {
        return imports.imports().start(t, new ImportRequest(true, true, null, false),
                new io.ledgerbridge.api.host.HostUser("admin", "Admin", "admin@acme.example", t, true)).importId();
    }

    private static SyncRunState state(ImportModule imports, TenantId t, String importId) {
        return imports.imports().run(t, importId).orElseThrow().state();
    }

    /** The host's writes of a tenant, by kind ("customer+" for a created customer). */
    private static List<String> imported(TenantHosts hosts, TenantId t) {
        return hosts.of(t).writes.stream().map(w -> w.substring(0, w.indexOf(' '))).toList();
    }

    /** The ledger port of each tenant's host, as one port (each call names its tenant first). */
    private static HostLedger ledger(TenantHosts hosts) {
        return (HostLedger) java.lang.reflect.Proxy.newProxyInstance(HostLedger.class.getClassLoader(),
                new Class<?>[] {HostLedger.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(hosts.of((TenantId) args[0]), args);
                    } catch (java.lang.reflect.InvocationTargetException x) {
                        throw x.getCause();
                    }
                });
    }

    /** Connects the tenant to the realm as the OAuth side records it, with its sync on. */
    private static void connect(Database db, TenantId tenant, String realm) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO qbo_connection (tenant_id, state, qbo_realm_id, connected_at, updated_at) "
                        + "VALUES (?, 'CONNECTED', ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setString(1, tenant.value());
            s.setString(2, realm);
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.executeUpdate();
        }
        new SettingsStore(db, Clock.systemUTC()).save(tenant,
                ConnectorSettings.defaults().toBuilder().enabled(true).autoSyncInterval(null).build());
    }

    /** "state attempts due_at" of the tenant's webhook change. */
    private static String inboxRow(Database db, TenantId t) {
        return row(db, "SELECT state, attempts, due_at FROM qbo_inbox WHERE tenant_id = ? AND source = 'WEBHOOK'",
                t.value(), rs -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getTimestamp(3).toInstant());
    }

    private static Instant nextDue(Database db, TenantId t) {
        return row(db, "SELECT next_due_at FROM qbo_cdc_watermark WHERE tenant_id = ?", t.value(),
                rs -> rs.getTimestamp(1).toInstant());
    }

    /** "failed_attempts next_attempt_at" of an import. */
    private static String importDue(Database db, String importId) {
        return row(db, "SELECT failed_attempts, next_attempt_at FROM qbo_import WHERE import_id = ?", importId,
                rs -> rs.getInt(1) + " " + rs.getTimestamp(2).toInstant());
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws java.sql.SQLException;
    }

    private static <T> T row(Database db, String sql, String key, Reader<T> reader) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as(sql + " for " + key).isTrue();
                return reader.read(rs);
            }
        } catch (java.sql.SQLException x) {
            throw new IllegalStateException(x);
        }
    }
}
