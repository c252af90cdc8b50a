package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.QboSandbox;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Large sandbox companies for the benchmark, made in seconds through the sandbox's own snapshot file instead of
 * through throttled API calls: a small company is seeded (so its customer, invoice and payment are QuickBooks-shaped
 * and validated), saved as a snapshot, and its entities are cloned in the file; the benchmark's sandbox then starts
 * from that file.
 */
final class BenchCompanies {
    static final String FIRST_SYNC_REALM = "9130350000000101";
    static final String IMPORT_REALM = "9130350000000102";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchCompanies() {
    }

    /**
     * @param file where the snapshot goes
     * @param existingCustomers customers of the first-sync company
     * @param customers customers of the import company
     * @param invoices open invoices of the import company (one in ten partly paid)
     */
    static void write(Path file, int existingCustomers, int customers, int invoices) throws Exception {
        JsonNode us = usSeed();
        try (QboSandbox templates = QboSandbox.builder().port(0).snapshotFile(file).start()) {
            templates.admin().registerCompany(company(us, FIRST_SYNC_REALM, false));
            templates.admin().registerCompany(company(us, IMPORT_REALM, true));
            templates.admin().saveSnapshot();
        }
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        for (JsonNode c : root.path("companies")) {
            String realm = c.path("settings").path("realmId").asText();
            if (realm.equals(FIRST_SYNC_REALM)) {
                clone((ObjectNode) c, existingCustomers, 0);
            } else if (realm.equals(IMPORT_REALM)) {
                clone((ObjectNode) c, customers, invoices);
            }
        }
        Files.write(file, JSON.writeValueAsBytes(root));
    }

    /** @return the sandbox's default US company, as a template */
    static JsonNode usSeed() throws java.io.IOException {
        try (InputStream in = QboSandbox.class.getResourceAsStream("/seed/default-seed.json")) {
            return JSON.readTree(in).path("companies").get(0);
        }
    }

    static ObjectNode company(JsonNode us, String realm, boolean withTransactions) {
        ObjectNode c = us.deepCopy();
        c.put("realmId", realm).put("companyName", "Benchmark " + realm);
        ObjectNode entities = (ObjectNode) c.path("entities");
        ArrayNode customers = entities.putArray("Customer");
        customers.addObject().put("Id", "1").put("DisplayName", "Bench 1").put("CompanyName", "Bench 1")
                .putObject("PrimaryEmailAddr").put("Address", "bench1@bench.example");
        entities.remove("Vendor");
        entities.remove("Employee");
        if (withTransactions) {
            ObjectNode inv = entities.putArray("Invoice").addObject().put("Id", "1").put("DocNumber", "IMP-1")
                    .put("TxnDate", "2026-02-01");
            inv.putObject("CustomerRef").put("value", "1");
            ObjectNode line = inv.putArray("Line").addObject().put("DetailType", "SalesItemLineDetail")
                    .put("Amount", 100).put("Description", "Work");
            line.putObject("SalesItemLineDetail").put("Qty", 1).put("UnitPrice", 100).putObject("ItemRef")
                    .put("value", "1");
            ObjectNode pay = entities.putArray("Payment").addObject().put("Id", "1").put("TxnDate", "2026-02-10")
                    .put("TotalAmt", 30);
            pay.putObject("CustomerRef").put("value", "1");
            pay.putArray("Line").addObject().put("Amount", 30).putArray("LinkedTxn").addObject().put("TxnId", "1")
                    .put("TxnType", "Invoice");
        }
        return c;
    }

    /** Clones the company's one customer, invoice and payment into many, with their sequences moved past them. */
    private static void clone(ObjectNode company, int customers, int invoices) {
        ObjectNode entities = (ObjectNode) company.path("entities");
        ObjectNode sequences = (ObjectNode) company.path("sequences");
        ObjectNode customer = (ObjectNode) entities.path("Customer").get(0);
        ArrayNode cs = entities.putArray("Customer");
        for (int i = 1; i <= customers; i++) {
            ObjectNode c = customer.deepCopy().put("Id", String.valueOf(i)).put("DisplayName", "Bench " + i)
                    .put("FullyQualifiedName", "Bench " + i).put("CompanyName", "Bench " + i)
                    .put("Balance", 0).put("BalanceWithJobs", 0);
            ((ObjectNode) c.path("PrimaryEmailAddr")).put("Address", "bench" + i + "@bench.example");
            cs.add(c);
        }
        sequences.put("Customer", customers);
        if (invoices == 0) {
            return;
        }
        ObjectNode invoice = (ObjectNode) entities.path("Invoice").get(0);
        ObjectNode payment = (ObjectNode) entities.path("Payment").get(0);
        ArrayNode is = entities.putArray("Invoice");
        ArrayNode ps = entities.putArray("Payment");
        int payments = 0;
        for (int i = 1; i <= invoices; i++) {
            String customerId = String.valueOf((i * 7L) % customers + 1);
            ObjectNode inv = invoice.deepCopy().put("Id", String.valueOf(i)).put("DocNumber", "IMP-" + i);
            ((ObjectNode) inv.path("CustomerRef")).put("value", customerId).remove("name");
            ArrayNode links = inv.putArray("LinkedTxn");
            BigDecimal balance = new BigDecimal("100");
            if (i % 10 == 0) { // one in ten is partly paid
                String pid = String.valueOf(++payments);
                links.addObject().put("TxnId", pid).put("TxnType", "Payment");
                balance = new BigDecimal("70");
                ObjectNode p = payment.deepCopy().put("Id", pid);
                ((ObjectNode) p.path("CustomerRef")).put("value", customerId).remove("name");
                ((ObjectNode) p.path("Line").get(0).path("LinkedTxn").get(0)).put("TxnId", String.valueOf(i));
                ps.add(p);
            }
            inv.put("Balance", balance);
            is.add(inv);
        }
        sequences.put("Invoice", invoices);
        sequences.put("Payment", payments);
    }
}
