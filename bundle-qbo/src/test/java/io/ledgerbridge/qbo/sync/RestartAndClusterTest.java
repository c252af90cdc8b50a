package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.junit.QboSandboxExtension;
import io.ledgerbridge.sandbox.junit.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** A crash in the middle of a run, and two nodes on one PostgreSQL database, asserted on the sandbox's state. */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60)
class RestartAndClusterTest {
    QboSandbox sandbox;

    @TempDir
    Path dir;

    @BeforeEach
    void reset(QboSandbox sandbox) {
        this.sandbox = sandbox;
        sandbox.admin().reset();
    }

    /** The JVM dying: not an exception any code path handles. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static void seed(FakeHost host, int n) {
        for (int i = 0; i < n; i++) {
            host.add(SandboxSyncTest.customer("c" + i, "Restart Customer " + i, "r" + i + "@x.example"));
            host.add(SandboxSyncTest.invoice("i" + i, "c" + i, "R-" + i, InvoiceStatus.PAID, "0"));
            host.add(new HostPayment("p" + i, "i" + i, Money.of("100", "USD"), LocalDate.now(), "card", null));
        }
    }

    @Test
    void aCrashAfterQuickBooksAcceptedABatchLosesAndDuplicatesNothing() throws Exception {
        // 12 customers go in one batch call, then 12 invoices: the node dies when the invoices' batch was applied.
        crashThenRestart(12, 17);
    }

    @Test
    void aCrashAfterQuickBooksAcceptedASingleWriteLosesAndDuplicatesNothing() throws Exception {
        // One customer, the generic item, one invoice, one payment, each a single call: it dies after the invoice.
        crashThenRestart(1, 3);
    }

    private void crashThenRestart(int n, int dieAtWrite) throws Exception {
        FakeHost host = new FakeHost();
        seed(host, n);
        int before = sandbox.admin().count(SandboxEngine.REALM, "Customer");
        AtomicInteger writes = new AtomicInteger();
        try (Database db = TestDatabase.open(dir);
                SandboxEngine a = new SandboxEngine(sandbox, db, host, 60, "node-a", g -> new CrashingGateway(g,
                        writes, dieAtWrite))) {
            a.module.sync().syncNow(T);
            assertThatThrownBy(() -> a.module.engine().drain()).isInstanceOf(Crash.class);
        }
        assertThat(sandbox.admin().count(SandboxEngine.REALM, "Invoice")).isEqualTo(n);

        // The node restarts on the same database (same node id) and finishes the run.
        try (Database db = TestDatabase.open(dir);
                SandboxEngine a = new SandboxEngine(sandbox, db, host, 60, "node-a", g -> g)) {
            a.module.engine().drain();
            assertThat(sandbox.admin().count(SandboxEngine.REALM, "Customer")).isEqualTo(before + n);
            assertThat(sandbox.admin().count(SandboxEngine.REALM, "Invoice")).isEqualTo(n);
            assertThat(sandbox.admin().count(SandboxEngine.REALM, "Payment")).isEqualTo(n);
            for (int i = 0; i < n; i++) {
                assertThat(a.module.sync().status(T, RecordRef.of(RecordType.INVOICE, "i" + i)).state())
                        .isEqualTo(SyncState.SYNCED);
                ObjectNode inv = a.qbo("Invoice", a.qboId(RecordType.INVOICE, "i" + i));
                assertThat(inv.path("Balance").decimalValue()).isEqualByComparingTo("0");
            }
            assertThat(a.module.sync().recentRuns(T, 5).get(0).state().name()).isEqualTo("FINISHED");
        }
    }

    @Test
    void twoNodesOnOnePostgresDatabaseMakeNoDuplicateAndNo429() throws Exception {
        PGSimpleDataSource pg = TestDatabase.postgres();
        // Each node has its own pool, as each host node would (H2's small pool over the PostgreSQL driver).
        org.postgresql.ds.PGConnectionPoolDataSource pooled = new org.postgresql.ds.PGConnectionPoolDataSource();
        pooled.setURL(pg.getURL());
        pooled.setUser("postgres");
        org.h2.jdbcx.JdbcConnectionPool poolA = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        org.h2.jdbcx.JdbcConnectionPool poolB = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        TenantId maple = TenantId.of("maple");
        Map<TenantId, String> realms = Map.of(T, QboSandbox.US_REALM, maple, QboSandbox.CA_REALM);
        TenantHosts hosts = new TenantHosts();
        seed(hosts.of(T), 40);
        for (int i = 0; i < 40; i++) {
            hosts.of(maple).add(new io.ledgerbridge.api.host.HostCustomer("m" + i, "Maple " + i, null,
                    "m" + i + "@x.example", null, null, java.util.Currency.getInstance("CAD"),
                    java.time.Instant.now()));
        }
        int usBefore = sandbox.admin().count(QboSandbox.US_REALM, "Customer");
        int caBefore = sandbox.admin().count(QboSandbox.CA_REALM, "Customer");
        try (Database dbA = new Database(poolA, poolA::dispose); Database dbB = new Database(poolB, poolB::dispose);
                SandboxEngine a = new SandboxEngine(sandbox, dbA, hosts, 60, "node-a", g -> g, realms);
                SandboxEngine b = new SandboxEngine(sandbox, dbB, hosts, 60, "node-b", g -> g, realms)) {
            // Both nodes are asked to sync both companies: the rows coalesce and each company is worked by one node.
            a.module.sync().syncNow(T);
            b.module.sync().syncNow(maple);
            b.module.sync().syncNow(T);
            a.module.sync().syncNow(maple);
            a.module.start();
            b.module.start();
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() ->
                    sandbox.admin().count(QboSandbox.US_REALM, "Payment") == 40
                            && sandbox.admin().count(QboSandbox.CA_REALM, "Customer") == caBefore + 40
                            && a.module.sync().recentRuns(T, 1).get(0).state().name().equals("FINISHED")
                            && a.module.sync().recentRuns(maple, 1).get(0).state().name().equals("FINISHED"));
            assertThat(sandbox.admin().count(QboSandbox.US_REALM, "Customer")).isEqualTo(usBefore + 40);
            assertThat(sandbox.admin().count(QboSandbox.US_REALM, "Invoice")).isEqualTo(40);
            assertThat(sandbox.admin().count(QboSandbox.CA_REALM, "Customer")).isEqualTo(caBefore + 40);
            assertThat(sandbox.admin().countStatus(429)).isZero();
        } finally {
            TestDatabase.drop(pg);
        }
    }


    /** Passes every call through, and dies right after QuickBooks accepted the n-th write (batch items count). */
    private static final class CrashingGateway implements QboGateway {
        private final QboGateway d;
        private final AtomicInteger creates;
        private final int dieAt;

        CrashingGateway(QboGateway d, AtomicInteger creates, int dieAt) {
            this.d = d;
            this.creates = creates;
            this.dieAt = dieAt;
        }

        @Override
        public java.time.Instant readyAt(TenantId t, int operations, int batchCalls) {
            return d.readyAt(t, operations, batchCalls);
        }

        @Override
        public ObjectNode create(TenantId t, String e, ObjectNode b, String r) {
            ObjectNode created = d.create(t, e, b, r);
            if (creates.incrementAndGet() >= dieAt) {
                throw new Crash();
            }
            return created;
        }

        @Override
        public ObjectNode update(TenantId t, String e, ObjectNode b, String r) { return d.update(t, e, b, r); }

        @Override
        public ObjectNode voidTxn(TenantId t, String e, String id, String s, String r) {
            return d.voidTxn(t, e, id, s, r);
        }

        @Override
        public ObjectNode read(TenantId t, String e, String id) { return d.read(t, e, id); }

        @Override
        public java.util.List<ObjectNode> query(TenantId t, String e, Map<String, String> eq, boolean inactive) {
            return d.query(t, e, eq, inactive);
        }

        @Override
        public java.util.List<BatchResult> batch(TenantId t, java.util.List<BatchItem> items, String r) {
            java.util.List<BatchResult> results = d.batch(t, items, r);
            if (creates.addAndGet(items.size()) >= dieAt) {
                throw new Crash();
            }
            return results;
        }

        @Override
        public CompanyFacts company(TenantId t) { return d.company(t); }

        @Override
        public java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> page(TenantId t, PageQuery q, int s,
                int m) {
            return d.page(t, q, s, m);
        }

        @Override
        public int count(TenantId t, PageQuery q) { return d.count(t, q); }
    }
}
