package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.Database;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connector node of the {@code nodes:} benchmark ({@link TenantsBenchmark#nodes()} starts three and kills one
 * with SIGKILL): the sync engine with its scheduler, on the shared PostgreSQL database, against the sandbox in the
 * parent's process. Its host holds the same generated records as every other node's. It prints how many operations it
 * has sent, once a second, until it is killed or the parent closes its input.
 */
final class NodesBenchmarkNode {
    private NodesBenchmarkNode() {
    }

    /** @param args sandbox base URL, PostgreSQL URL (with its schema), node id, companies, records per kind */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String pgUrl = args[1];
        String nodeId = args[2];
        int companies = Integer.parseInt(args[3]);
        int perKind = Integer.parseInt(args[4]);
        Map<TenantId, String> realms = new LinkedHashMap<>();
        TenantHosts hosts = new TenantHosts();
        for (int c = 0; c < companies; c++) {
            TenantId tenant = NodesBench.tenant(c);
            realms.put(tenant, NodesBench.realm(c));
            hosts.ofPut(tenant, NodesBench.host(tenant, perKind));
        }
        org.postgresql.ds.PGConnectionPoolDataSource pooled = new org.postgresql.ds.PGConnectionPoolDataSource();
        pooled.setURL(pgUrl);
        pooled.setUser("postgres");
        org.h2.jdbcx.JdbcConnectionPool ds = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        ds.setMaxConnections(32);
        AtomicLong ops = new AtomicLong();
        HttpClient http = HttpClient.newHttpClient();
        try (Database db = new Database(ds, ds::dispose);
                SandboxEngine e = new SandboxEngine(baseUrl, realm -> CrashNode.token(http, baseUrl, realm), db,
                        hosts, 1, nodeId, g -> new CountingGateway(g, ops), realms)) {
            e.module.start();
            System.out.println("STARTED " + nodeId);
            Thread reporter = new Thread(() -> {
                while (true) {
                    System.out.println("OPS " + ops.get());
                    Bench.pause(java.time.Duration.ofSeconds(1));
                }
            });
            reporter.setDaemon(true);
            reporter.start();
            // The parent ends a node politely by closing its input, or kills it.
            while (System.in.read() >= 0) {
                // keep running
            }
        }
        System.exit(0);
    }

    /** Counts the operations this node sent (batch items counted). */
    private static final class CountingGateway extends SyncBenchmark.TimedGateway {
        CountingGateway(QboGateway d, AtomicLong ops) {
            super(d, ops);
        }
    }
}
