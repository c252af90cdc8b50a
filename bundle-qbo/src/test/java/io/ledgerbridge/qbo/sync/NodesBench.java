package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.sandbox.QboSandbox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The parts of the {@code nodes:} benchmark ({@link TenantsBenchmark#nodes()}): its companies' tenants, realms and host
 * records (the same on every node), what each node process reports, which companies a node holds, and what QuickBooks
 * ended up with (records written, lost and duplicated).
 */
final class NodesBench {
    private NodesBench() {
    }

    static TenantId tenant(int c) {
        return TenantId.of("node-co-" + c);
    }

    static String realm(int c) {
        return String.valueOf(9130370000000000L + c);
    }

    /** The same host records on every node (a host's nodes share its database). */
    static FakeHost host(TenantId tenant, int perKind) {
        FakeHost host = new FakeHost();
        String t = tenant.value();
        for (int i = 0; i < perKind; i++) {
            host.add(SandboxSyncTest.customer("c" + i, t + " Customer " + i, t + "-" + i + "@nodes.example"));
            host.add(SandboxSyncTest.invoice("i" + i, "c" + i, "N-" + i, InvoiceStatus.PAID, "0"));
            host.add(new HostPayment("p" + i, "i" + i, Money.of("100", "USD"), LocalDate.of(2026, 3, 1), "card",
                    null));
        }
        return host;
    }

    static void readNode(Process p, java.util.concurrent.atomic.AtomicLong count, CountDownLatch started) {
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("OPS ")) {
                    count.set(Long.parseLong(line.substring(4).trim()));
                } else if (line.startsWith("STARTED")) {
                    started.countDown();
                } else if (line.contains("Exception") || line.contains("ERROR")) {
                    System.out.println("  node: " + line);
                }
            }
        } catch (java.io.IOException ended) {
            // the node was killed
        }
    }

    static List<String> heldBy(Bench.Pg pg, String node) throws Exception {
        List<String> tenants = new ArrayList<>();
        try (var c = pg.db().dataSource().getConnection(); var s = c.prepareStatement(
                "SELECT tenant_id FROM qbo_company_lease WHERE holder = ? AND lease_until > CURRENT_TIMESTAMP")) {
            s.setString(1, node);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getString(1));
                }
            }
        }
        return tenants;
    }

    static String realmOf(String tenant) {
        return realm(Integer.parseInt(tenant.substring("node-co-".length())));
    }

    static int written(QboSandbox sandbox, String realm) {
        return sandbox.admin().count(realm, "Customer") + sandbox.admin().count(realm, "Invoice")
                + sandbox.admin().count(realm, "Payment");
    }

    static boolean allWritten(QboSandbox sandbox, int companies, int perKind) {
        for (int c = 0; c < companies; c++) {
            if (sandbox.admin().count(realm(c), "Payment") < perKind) {
                return false;
            }
        }
        return true;
    }

    /** @return {lost, duplicated} records over every company: by customer name, invoice number and paid invoice */
    static int[] lostAndDuplicated(QboSandbox sandbox, int companies, int perKind) {
        int lost = 0;
        int duplicated = 0;
        for (int c = 0; c < companies; c++) {
            String realm = realm(c);
            String t = tenant(c).value();
            Map<String, Integer> names = new HashMap<>();
            sandbox.admin().entities(realm, "Customer").forEach(x -> names.merge(x.path("DisplayName").asText(), 1,
                    Integer::sum));
            Map<String, Integer> numbers = new HashMap<>();
            Map<String, String> invoiceIds = new HashMap<>();
            sandbox.admin().entities(realm, "Invoice").forEach(x -> {
                numbers.merge(x.path("DocNumber").asText(), 1, Integer::sum);
                invoiceIds.put(x.path("Id").asText(), x.path("DocNumber").asText());
            });
            Map<String, Integer> paid = new HashMap<>();
            sandbox.admin().entities(realm, "Payment").forEach(x -> paid.merge(invoiceIds.getOrDefault(
                    x.path("Line").path(0).path("LinkedTxn").path(0).path("TxnId").asText(), "?"), 1, Integer::sum));
            for (int i = 0; i < perKind; i++) {
                for (int n : new int[] {names.getOrDefault(t + " Customer " + i, 0),
                        numbers.getOrDefault("N-" + i, 0), paid.getOrDefault("N-" + i, 0)}) {
                    lost += n == 0 ? 1 : 0;
                    duplicated += Math.max(0, n - 1);
                }
            }
        }
        return new int[] {lost, duplicated};
    }
}
