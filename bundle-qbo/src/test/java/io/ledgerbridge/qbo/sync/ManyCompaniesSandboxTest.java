package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.LatencyModel;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.faults.RequestFaults;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many companies at once against the sandbox (time-scaled, with latency), wired as production wires the push: a
 * fresh company is not queued behind others' backlogs, companies in 429 storms do not slow the others, and three
 * nodes on PostgreSQL share the companies and lose nothing when one of them dies.
 */
class ManyCompaniesSandboxTest {
    private static final double SCALE = 60;

    @TempDir
    Path dir;

    private static QboSandbox sandbox() {
        return QboSandbox.builder().port(0).timeScale(SCALE).latency(LatencyModel.fixed(Duration.ofMillis(300)))
                .start();
    }

    /** Registers one sandbox company per tenant and gives each tenant {@code customers} host customers. */
    private static Map<TenantId, String> companies(QboSandbox sandbox, TenantHosts hosts, List<String> tenants,
            long firstRealm, int customers) throws Exception {
        JsonNode us = BenchCompanies.usSeed();
        Map<TenantId, String> realms = new LinkedHashMap<>();
        for (int c = 0; c < tenants.size(); c++) {
            String realm = String.valueOf(firstRealm + c);
            sandbox.admin().registerCompany(BenchCompanies.company(us, realm, false));
            TenantId tenant = TenantId.of(tenants.get(c));
            realms.put(tenant, realm);
            FakeHost host = new FakeHost();
            for (int i = 0; i < customers; i++) {
                host.add(SandboxSyncTest.customer("c" + i, tenant.value() + " Customer " + i,
                        tenant.value() + "-" + i + "@many.example"));
            }
            hosts.ofPut(tenant, host);
        }
        return realms;
    }

    private static void changed(SandboxEngine e, TenantId tenant, int customers) {
        for (int i = 0; i < customers; i++) {
            e.outbox.enqueue(TenantsBenchmark.event(tenant, HostEventKind.CUSTOMER_CHANGED, "c" + i),
                    SyncTrigger.EVENT);
        }
    }

    private static int pushed(QboSandbox sandbox, TenantId tenant, String realm) {
        return (int) sandbox.admin().entities(realm, "Customer").stream()
                .filter(c -> c.path("DisplayName").asText().startsWith(tenant.value() + " Customer ")).count();
    }

    @Test
    void aFreshCompanysRecordIsWrittenWhileTwentyOthersRunTheirBacklogs() throws Exception {
        // QuickBooks' real time: 600 records cannot go in less than a minute (500 a minute), so no backlog can be
        // done before a company that waits for others' backlogs gets its turn.
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1)
                .latency(LatencyModel.fixed(Duration.ofMillis(100))).start(); Database db = TestDatabase.open(dir)) {
            TenantHosts hosts = new TenantHosts();
            List<String> names = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                names.add("busy-" + c);
            }
            names.add("fresh");
            Map<TenantId, String> realms = companies(sandbox, hosts, names, 9130400000000000L, 600);
            TenantId fresh = TenantId.of("fresh");
            try (SandboxEngine e = new SandboxEngine(sandbox, db, hosts, 1, "node-a", g -> g, realms)) {
                realms.keySet().stream().filter(t -> !t.equals(fresh)).forEach(t -> changed(e, t, 600));
                e.module.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> realms.keySet().stream()
                        .filter(t -> !t.equals(fresh)).mapToInt(t -> pushed(sandbox, t, realms.get(t))).sum() > 200);
                changed(e, fresh, 1);
                await().atMost(Duration.ofSeconds(30)).until(() -> pushed(sandbox, fresh, realms.get(fresh)) == 1);
                List<Integer> backlogs = realms.keySet().stream().filter(t -> !t.equals(fresh))
                        .map(t -> pushed(sandbox, t, realms.get(t))).toList();
                assertThat(backlogs).as("each backlog when the fresh record was written").allMatch(n -> n < 600);
            }
        }
    }

    @Test
    void companiesInA429StormDoNotSlowTheOthersAndHoldNoThread() throws Exception {
        try (QboSandbox sandbox = sandbox(); Database db = TestDatabase.open(dir)) {
            TenantHosts hosts = new TenantHosts();
            List<String> names = new ArrayList<>();
            for (int c = 0; c < 12; c++) {
                names.add((c < 8 ? "stormed-" : "calm-") + c);
            }
            Map<TenantId, String> realms = companies(sandbox, hosts, names, 9130410000000000L, 60);
            realms.forEach((tenant, realm) -> {
                if (tenant.value().startsWith("stormed-")) {
                    // Half with a Retry-After of 30 s, half without (the client then waits QuickBooks' minute).
                    sandbox.admin().faults().forRealm(realm).throttleStorm(1.0,
                            tenant.value().hashCode() % 2 == 0 ? 30 : RequestFaults.NO_RETRY_AFTER);
                }
            });
            try (SandboxEngine e = new SandboxEngine(sandbox, db, hosts, SCALE, "node-a", g -> g, realms)) {
                realms.keySet().forEach(t -> changed(e, t, 60));
                e.module.start();
                // Stormed companies hold no thread: the calm ones finish at their own pace.
                await().atMost(Duration.ofSeconds(30)).until(() -> realms.keySet().stream()
                        .filter(t -> t.value().startsWith("calm-")).allMatch(t -> pushed(sandbox, t, realms.get(t)) == 60));
                long workers = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("ledgerbridge-qbo-worker")).count();
                assertThat(workers).as("turn threads: started as companies are ready, never more than configured")
                        .isBetween(1L, (long) CompanyWorker.DEFAULT_WORKER_THREADS);
                for (var entry : realms.entrySet()) {
                    if (entry.getKey().value().startsWith("stormed-")) {
                        assertThat(pushed(sandbox, entry.getKey(), entry.getValue())).isZero();
                        // Each 429 holds the company: it is not hammered while it must wait.
                        assertThat(sandbox.admin().faults().forRealm(entry.getValue()).counts()
                                .getOrDefault("throttle429", 0L)).as("429s drawn by " + entry.getKey()).isLessThan(30);
                    }
                }
            }
        }
    }

    @Test
    void threeNodesOnPostgresShareTheCompaniesAndOneKilledLosesAndDuplicatesNothing() throws Exception {
        org.postgresql.ds.PGSimpleDataSource pg = TestDatabase.postgres();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            names.add("co-" + c);
        }
        AtomicBoolean killed = new AtomicBoolean();
        List<AtomicLong> ops = List.of(new AtomicLong(), new AtomicLong(), new AtomicLong());
        try (QboSandbox sandbox = sandbox()) {
            TenantHosts hosts = new TenantHosts();
            Map<TenantId, String> realms = companies(sandbox, hosts, names, 9130420000000000L, 100);
            List<SandboxEngine> nodes = new ArrayList<>();
            List<Database> dbs = new ArrayList<>();
            try {
                for (int n = 0; n < 3; n++) {
                    org.postgresql.ds.PGConnectionPoolDataSource pooled =
                            new org.postgresql.ds.PGConnectionPoolDataSource();
                    pooled.setURL(pg.getURL());
                    pooled.setUser("postgres");
                    org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
                    // The third node dies: from then on it reaches neither its database nor QuickBooks.
                    javax.sql.DataSource ds = n == 2 ? dying(pool, killed) : pool;
                    Database db = new Database(ds, pool::dispose);
                    dbs.add(db);
                    AtomicLong count = ops.get(n);
                    boolean mortal = n == 2;
                    nodes.add(new SandboxEngine(sandbox, db, hosts, SCALE, "node-" + n,
                            g -> new SyncBenchmark.TimedGateway(mortal ? dead(g, killed) : g, count), realms));
                }
                nodes.forEach(e -> e.module.start());
                realms.keySet().forEach(t -> changed(nodes.get(0), t, 100));
                await().atMost(Duration.ofSeconds(60)).until(() -> ops.stream().mapToLong(AtomicLong::get).sum() > 300);
                long[] before = ops.stream().mapToLong(AtomicLong::get).toArray();
                killed.set(true);
                await().atMost(Duration.ofSeconds(120)).until(() -> realms.entrySet().stream()
                        .allMatch(r -> pushed(sandbox, r.getKey(), r.getValue()) >= 100));
                for (long n : before) {
                    assertThat(n).as("operations of each node before one died").isPositive();
                }
                for (var r : realms.entrySet()) {
                    Map<String, Integer> seen = new HashMap<>();
                    sandbox.admin().entities(r.getValue(), "Customer").forEach(c -> seen.merge(
                            c.path("DisplayName").asText(), 1, Integer::sum));
                    for (int i = 0; i < 100; i++) {
                        assertThat(seen.get(r.getKey().value() + " Customer " + i)).as(r.getKey() + " customer " + i)
                                .isEqualTo(1);
                    }
                }
            } finally {
                for (SandboxEngine e : nodes) {
                    try {
                        e.close();
                    } catch (RuntimeException deadNode) {
                        // the killed node cannot close cleanly
                    }
                }
                for (Database db : dbs) {
                    try {
                        db.close();
                    } catch (Exception deadNode) {
                        // likewise
                    }
                }
            }
        } finally {
            TestDatabase.drop(pg);
        }
    }

    /** A DataSource that fails every connection once {@code killed} is set, as a dead node's would. */
    private static javax.sql.DataSource dying(javax.sql.DataSource pool, AtomicBoolean killed) {
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                javax.sql.DataSource.class.getClassLoader(), new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                    if (killed.get() && method.getName().equals("getConnection")) {
                        throw new SQLException("node killed");
                    }
                    try {
                        return method.invoke(pool, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** QuickBooks as a dead node sees it: nothing goes out once {@code killed} is set. */
    private static QboGateway dead(QboGateway gateway, AtomicBoolean killed) {
        return (QboGateway) java.lang.reflect.Proxy.newProxyInstance(QboGateway.class.getClassLoader(),
                new Class<?>[] {QboGateway.class}, (proxy, method, args) -> {
                    if (killed.get() && !method.isDefault()) {
                        throw new IllegalStateException("node killed");
                    }
                    try {
                        return method.invoke(gateway, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
