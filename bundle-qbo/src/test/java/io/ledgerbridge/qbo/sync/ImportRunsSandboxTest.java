package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportProgress;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.qbo.importer.ImportModule;
import io.ledgerbridge.qbo.store.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Import runs: one per company at a time, resumed from its saved cursor after a stop, and run once by two nodes on one
 * PostgreSQL database (needs PostgreSQL on 127.0.0.1:5432, database {@code test}).
 */
class ImportRunsSandboxTest extends ImportSandboxBase {
    @Test
    void startingTwiceReturnsTheRunningImport() throws Exception {
        imports.close();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        FakeHost held = new FakeHost() {
            @Override
            public String upsertCustomer(io.ledgerbridge.api.TenantId t, io.ledgerbridge.api.host.ImportedCustomer c) {
                try {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS); // the import is busy meanwhile
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                return host.upsertCustomer(t, c);
            }
        };
        imports = startImports(held);
        ImportRun first = imports.imports().start(T, EVERYTHING, ADMIN);
        ImportRun second = imports.imports().start(T, new ImportRequest(true, false, null, false), ADMIN);
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(second.state()).isEqualTo(SyncRunState.RUNNING);
        assertThat(second.request()).isEqualTo(EVERYTHING);
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> imports.imports().run(T, first.importId()).orElseThrow()
                .state() == SyncRunState.FINISHED);
        assertThat(imports.imports().start(T, EVERYTHING, ADMIN).importId()).isNotEqualTo(first.importId());
        assertThatThrownBy(() -> new ImportRequest(false, false, null, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contacts");
    }

    @Test
    void aConnectorStoppedMidImportResumesFromItsCursorWithoutDuplicates() {
        int many = 2_100;
        java.util.List<QboGateway.BatchItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < many; i++) {
            items.add(new QboGateway.BatchItem("b" + (i % 30), "create", "Customer", FakeQbo.JSON.createObjectNode()
                    .put("DisplayName", "Resume " + i).set("PrimaryEmailAddr", FakeQbo.JSON.createObjectNode()
                            .put("Address", "r" + i + "@resume.example"))));
            if (items.size() == 30) {
                e.module.gateway().batch(T, items, UUID.randomUUID().toString().substring(0, 30));
                items.clear();
            }
        }
        java.util.concurrent.atomic.AtomicBoolean crashed = new java.util.concurrent.atomic.AtomicBoolean();
        imports.close();
        FakeHost dying = new FakeHost() {
            @Override
            public String upsertCustomer(io.ledgerbridge.api.TenantId t, io.ledgerbridge.api.host.ImportedCustomer c) {
                if (crashed.get() || host.customers.size() == 1_500) {
                    crashed.set(true);
                    throw new Error("the connector's process died"); // not an exception anything handles
                }
                return host.upsertCustomer(t, c);
            }
        };
        imports = startImports(dying);
        ImportRun run = imports.imports().start(T, new ImportRequest(true, false, null, false), ADMIN);
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).untilTrue(crashed);
        imports.close();
        ImportRun stopped = imports.imports().run(T, run.importId()).orElseThrow();
        assertThat(stopped.state()).isEqualTo(SyncRunState.RUNNING);
        assertThat(progress(stopped, ImportKind.CUSTOMER).done()).isEqualTo(1_000); // the saved cursor: one page

        crashed.set(false);
        imports = startImports(host);
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> imports.imports()
                .run(T, run.importId()).orElseThrow().state() == SyncRunState.FINISHED);

        int expected = many + 3; // and Acme, Bayside, Cobalt
        assertThat(host.customers).hasSize(expected);
        assertThat(host.customers.values().stream().map(HostCustomer::email).distinct()).hasSize(expected);
        for (String qboId : new String[] {"1", "2", "3"}) {
            assertThat(e.links.hostId(T, SandboxEngine.REALM, RecordType.CUSTOMER, qboId)).isPresent();
        }
        ImportProgress customers = progress(imports.imports().run(T, run.importId()).orElseThrow(),
                ImportKind.CUSTOMER);
        assertThat(customers.total()).isEqualTo(many + 4);
        assertThat(customers.failed()).isZero();
    }

    @Test
    void twoNodesOnOnePostgresDatabaseImportOnceWithoutDuplicates() throws Exception {
        org.postgresql.ds.PGSimpleDataSource base = new org.postgresql.ds.PGSimpleDataSource();
        base.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        base.setUser("postgres");
        String schema = "import_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = base.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        org.postgresql.ds.PGConnectionPoolDataSource pooled = new org.postgresql.ds.PGConnectionPoolDataSource();
        pooled.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        pooled.setUser("postgres");
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        String open = invoice("2", "B-1", "2026-03-01", "60", "40");
        sandbox.admin().receivePayment(REALM, open, new BigDecimal("30"));
        host.add(customer("twin-a", "Acme Widgets Ltd", "ap@acme.example"));
        host.add(customer("twin-b", "Acme Two", "ap@acme.example"));
        try (Database pg = new Database(pool, pool::dispose);
                SandboxEngine engine = new SandboxEngine(sandbox, pg, host, 60, "node-a", g -> g);
                ImportModule a = new ImportModule(pg, engine.module.gateway(), engine.module.access(), host, host,
                        Clock.systemUTC(), "node-a", 2, Duration.ofMillis(20));
                ImportModule b = new ImportModule(pg, engine.module.gateway(), engine.module.access(), host, host,
                        Clock.systemUTC(), "node-b", 2, Duration.ofMillis(20))) {
            a.start();
            b.start();
            ImportRun run = b.imports().start(T, EVERYTHING, ADMIN);
            assertThat(a.imports().start(T, EVERYTHING, ADMIN).importId()).isEqualTo(run.importId());
            await().atMost(Duration.ofSeconds(60)).until(() -> a.imports().run(T, run.importId()).orElseThrow()
                    .state() == SyncRunState.FINISHED);
            ImportRun done = b.imports().run(T, run.importId()).orElseThrow();
            assertThat(progress(done, ImportKind.CUSTOMER)).isEqualTo(new ImportProgress(ImportKind.CUSTOMER, 4, 4,
                    0, 2, 1, 0));
            assertThat(host.writes.stream().filter(w -> w.startsWith("customer+"))).hasSize(2);
            assertThat(host.writes.stream().filter(w -> w.startsWith("invoice+"))).hasSize(1);
            assertThat(host.writes.stream().filter(w -> w.startsWith("payment+"))).hasSize(1);
            a.imports().resolveMatch(T, run.importId(), "1", "twin-a", ADMIN);
            assertThat(engine.links.hostId(T, SandboxEngine.REALM, RecordType.CUSTOMER, "1")).contains("twin-a");
            assertThat(a.imports().recentRuns(T, 5)).extracting(ImportRun::importId).containsExactly(run.importId());
        } finally {
            try (java.sql.Connection c = base.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
