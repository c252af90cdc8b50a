package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import io.ledgerbridge.sandbox.QboSandbox;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The sync engine wired as production wires it (SyncModule, ClientGateway, the QBO client with its company throttle
 * and retry policy) against the embedded, time-scaled sandbox; the host is in memory.
 */
final class SandboxEngine implements AutoCloseable {
    static final TenantId T = TenantId.of("acme");
    static final String REALM = QboSandbox.US_REALM;

    final QboSandbox sandbox;
    final Database db;
    final FakeHost host;
    final TenantHosts hosts;
    final Outbox outbox;
    final SyncModule module;
    final SettingsStore settings;
    final LinkStore links;
    final SyncLog log;
    final Client http;
    /** The push path's QuickBooks (never waits); a test may swap it to inject a crash. */
    volatile QboGateway gateway;
    /** Administrators' QuickBooks (settings look-ups, repair, diagnostics), whose calls may wait. */
    private final QboGateway waiting;
    /** The background work's QuickBooks (imports, books-match reports, inbound), which never waits, as the push's. */
    final QboGateway noWait;

    SandboxEngine(QboSandbox sandbox, Database db, FakeHost host, double timeScale, String nodeId,
            UnaryOperator<QboGateway> wrap) {
        this(sandbox, db, single(host), timeScale, nodeId, wrap, Map.of(T, REALM));
    }

    private static TenantHosts single(FakeHost host) {
        TenantHosts hosts = new TenantHosts();
        hosts.ofPut(T, host);
        return hosts;
    }

    /**
     * @param realms each tenant's sandbox company
     */
    SandboxEngine(QboSandbox sandbox, Database db, TenantHosts hosts, double timeScale, String nodeId,
            UnaryOperator<QboGateway> wrap, Map<TenantId, String> realms) {
        this(sandbox, sandbox.baseUrl(),
                realm -> sandbox.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, realm).accessToken(), db, hosts,
                timeScale, nodeId, wrap, realms);
    }

    /**
     * A sandbox in another process.
     *
     * @param baseUrl the sandbox's base URL
     * @param connect a fresh access token for a realm
     */
    SandboxEngine(String baseUrl, java.util.function.UnaryOperator<String> connect, Database db, FakeHost host,
            double timeScale, String nodeId) {
        this(null, baseUrl, connect, db, single(host), timeScale, nodeId, g -> g, Map.of(T, REALM));
    }

    /**
     * A node of several companies against a sandbox in another process.
     *
     * @param realms each tenant's sandbox company
     */
    SandboxEngine(String baseUrl, java.util.function.UnaryOperator<String> connect, Database db, TenantHosts hosts,
            double timeScale, String nodeId, UnaryOperator<QboGateway> wrap, Map<TenantId, String> realms) {
        this(null, baseUrl, connect, db, hosts, timeScale, nodeId, wrap, realms);
    }

    private SandboxEngine(QboSandbox sandbox, String baseUrl, java.util.function.UnaryOperator<String> connect,
            Database db, TenantHosts hosts, double timeScale, String nodeId, UnaryOperator<QboGateway> wrap,
            Map<TenantId, String> realms) {
        this.sandbox = sandbox;
        this.db = db;
        this.hosts = hosts;
        this.host = hosts.of(T);
        this.http = JaxRsClients.newClient(Duration.ofSeconds(5), Duration.ofSeconds(30));
        RetrySettings retry = new RetrySettings(4, Duration.ofMillis(20), Duration.ofMillis(200), 0.5,
                Duration.ofMillis((long) (60_000 / timeScale)));
        QboClientFactory factory = new QboClientFactory(http, QboJson.newObjectMapper(),
                new RetryPolicy(retry, () -> ThreadLocalRandom.current().nextDouble()), Clock.systemUTC(),
                Sleeper.system());
        // As production wires it: the push path's clients never wait (a company that must wait is rescheduled), the
        // others' (import, inbound, settings) may; both share the company's one throttle and token.
        Map<TenantId, QboClient> clients = new java.util.HashMap<>();
        Map<TenantId, QboClient> pushClients = new java.util.HashMap<>();
        realms.forEach((tenant, realm) -> {
            var throttle = factory.newThrottle(ThrottleLimits.quickBooksOnline().timeScaled(timeScale));
            var tokens = tokens(() -> connect.apply(realm));
            var endpoint = new QboEndpoint(URI.create(baseUrl), realm);
            clients.put(tenant, factory.newClient(endpoint, tokens, throttle));
            pushClients.put(tenant, factory.newClient(endpoint, tokens, throttle, false));
        });
        this.gateway = wrap.apply(new ClientGateway(pushClients::get, QboJson.newObjectMapper()));
        this.waiting = wrap.apply(new ClientGateway(clients::get, QboJson.newObjectMapper()));
        this.outbox = new Outbox(db.dataSource(), Clock.systemUTC());
        // The lease outlasts the (time-scaled) throttle window, as in production.
        this.noWait = new Delegating(() -> gateway);
        this.module = new SyncModule(db, outbox, hosts, hosts, noWait,
                new Delegating(() -> waiting), t -> CompanyAccess.Access.open(realms.get(t)), Clock.systemUTC(), nodeId,
                CompanyWorker.DEFAULT_WORKER_THREADS, CompanyWorker.DEFAULT_BATCH_IN_FLIGHT,
                Duration.ofMillis(Math.max(20, (long) (1_000 / timeScale))), // production polls every second
                SyncRuns.DEFAULT_EVENT_WINDOW,
                Duration.ofMillis(Math.max(1_000, (long) (CompanyWorker.LEASE.toMillis() / timeScale))));
        this.settings = new SettingsStore(db, Clock.systemUTC());
        this.links = new LinkStore(db);
        this.log = new SyncLog(db.dataSource());
        for (TenantId tenant : realms.keySet()) {
            if (settings.find(tenant).isEmpty()) {
                settings.save(tenant, ConnectorSettings.defaults().toBuilder().enabled(true).autoSyncInterval(null)
                        .notificationRecipients(List.of("books@acme.example")).build());
            }
        }
    }

    private static AccessTokenSource tokens(java.util.function.Supplier<String> connect) {
        return new AccessTokenSource() {
            private volatile String token = connect.get();

            private String connect() {
                return connect.get();
            }

            @Override
            public String currentToken() {
                return token;
            }

            @Override
            public synchronized String refreshAfterRejection(String rejected) {
                if (token.equals(rejected)) {
                    token = connect();
                }
                return token;
            }
        };
    }

    void settings(UnaryOperator<ConnectorSettings.Builder> change) {
        settings.save(T, change.apply(settings.find(T).orElseThrow().toBuilder()).build());
    }

    void changed(HostEventKind kind, String id) {
        outbox.enqueue(new HostEvent(UUID.randomUUID().toString(), T, kind, id, java.time.Instant.now(),
                java.util.Optional.empty()), SyncTrigger.EVENT);
    }

    void paid(HostPayment payment) {
        host.add(payment);
        outbox.enqueue(HostEvent.invoicePaid(T, payment), SyncTrigger.EVENT);
    }

    java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> qbo(String entity) {
        return sandbox.admin().entities(REALM, entity);
    }

    com.fasterxml.jackson.databind.node.ObjectNode qbo(String entity, String id) {
        return sandbox.admin().entity(REALM, entity, id);
    }

    String qboId(io.ledgerbridge.api.event.RecordType type, String hostId) {
        return links.qboId(T, io.ledgerbridge.api.sync.RecordRef.of(type, hostId)).orElse(null);
    }

    @Override
    public void close() {
        module.close();
        http.close();
    }

    /** Lets a test swap the gateway (to inject a crash) while the module keeps its reference. */
    private static final class Delegating implements QboGateway {
        private final java.util.function.Supplier<QboGateway> to;

        Delegating(java.util.function.Supplier<QboGateway> to) {
            this.to = to;
        }

        @Override
        public java.time.Instant readyAt(TenantId t, int operations, int batchCalls) {
            return to.get().readyAt(t, operations, batchCalls);
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode create(TenantId t, String e,
                com.fasterxml.jackson.databind.node.ObjectNode b, String r) {
            return to.get().create(t, e, b, r);
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode update(TenantId t, String e,
                com.fasterxml.jackson.databind.node.ObjectNode b, String r) {
            return to.get().update(t, e, b, r);
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode voidTxn(TenantId t, String e, String id, String s,
                String r) {
            return to.get().voidTxn(t, e, id, s, r);
        }

        @Override
        public com.fasterxml.jackson.databind.node.ObjectNode read(TenantId t, String e, String id) {
            return to.get().read(t, e, id);
        }

        @Override
        public List<com.fasterxml.jackson.databind.node.ObjectNode> query(TenantId t, String e,
                java.util.Map<String, String> eq, boolean inactive) {
            return to.get().query(t, e, eq, inactive);
        }

        @Override
        public List<BatchResult> batch(TenantId t, List<BatchItem> items, String r) {
            return to.get().batch(t, items, r);
        }

        @Override
        public List<List<com.fasterxml.jackson.databind.node.ObjectNode>> queries(TenantId t, List<Query> q) {
            return to.get().queries(t, q);
        }

        @Override
        public CompanyFacts company(TenantId t) {
            return to.get().company(t);
        }

        @Override
        public List<com.fasterxml.jackson.databind.node.ObjectNode> page(TenantId t, PageQuery q, int start,
                int max) {
            return to.get().page(t, q, start, max);
        }

        @Override
        public int count(TenantId t, PageQuery q) {
            return to.get().count(t, q);
        }
    }
}
