package io.ledgerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What one write and one look-up cost in a large company (not part of the test run: surefire only picks *Test
 * classes). Run {@code mvn -B -pl qbo-sandbox test -Dtest=CompanySizeBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmark.customers=30000] [-Dbenchmark.writes=300]}. Loads a snapshot of one company with that many customers,
 * each with an open invoice, then prints the median and p99 milliseconds of customer, invoice and payment creates and
 * of a DisplayName query, over HTTP.
 */
class CompanySizeBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 30_000);
    private static final int WRITES = Integer.getInteger("benchmark.writes", 300);

    @Test
    void benchmark() throws Exception {
        Path snapshot = Files.createTempFile("qbo-sandbox-size", ".json");
        try (QboSandbox seeded = QboSandbox.builder().snapshotFile(snapshot).start()) {
            seeded.admin().saveSnapshot();
        }
        ObjectNode root = (ObjectNode) Api.json(Files.readString(snapshot));
        grow(root);
        Files.writeString(snapshot, Api.MAPPER.writeValueAsString(root));
        try (QboSandbox sandbox = QboSandbox.builder().timeScale(1_000_000).snapshotFile(snapshot).start()) {
            Api us = Api.connect(sandbox, QboSandbox.US_REALM);
            System.out.printf("company of %,d customers and %,d invoices, %d writes of each kind%n",
                    sandbox.admin().count(QboSandbox.US_REALM, "Customer"), sandbox.admin().count(QboSandbox.US_REALM, "Invoice"), WRITES);
            long[] customers = new long[WRITES];
            long[] invoices = new long[WRITES];
            long[] payments = new long[WRITES];
            long[] queries = new long[WRITES];
            for (int i = 0; i < WRITES; i++) {
                long t0 = System.nanoTime();
                String customer = us.create("Customer", "{\"DisplayName\":\"Bench " + i + "\"}").get("Id").asText();
                long t1 = System.nanoTime();
                String invoice = us.create("Invoice", SandboxTestBase.invoiceJson(customer, "100")).get("Id").asText();
                long t2 = System.nanoTime();
                us.create("Payment", "{\"CustomerRef\":{\"value\":\"" + customer + "\"},\"TotalAmt\":40,\"Line\":[{\"Amount\":40,"
                        + "\"LinkedTxn\":[{\"TxnId\":\"" + invoice + "\",\"TxnType\":\"Invoice\"}]}]}");
                long t3 = System.nanoTime();
                us.query("SELECT * FROM Customer WHERE DisplayName = 'Grown " + (i * 97 % CUSTOMERS) + "'");
                long t4 = System.nanoTime();
                customers[i] = t1 - t0;
                invoices[i] = t2 - t1;
                payments[i] = t3 - t2;
                queries[i] = t4 - t3;
            }
            print("customer create", customers);
            print("invoice create", invoices);
            print("payment create", payments);
            print("DisplayName query", queries);
        } finally {
            Files.deleteIfExists(snapshot);
        }
    }

    /** Adds the customers and one open invoice each to the US company of a snapshot. */
    private static void grow(ObjectNode root) {
        for (JsonNode company : root.get("companies")) {
            if (!QboSandbox.US_REALM.equals(company.at("/settings/realmId").asText())) {
                continue;
            }
            ObjectNode entities = (ObjectNode) company.get("entities");
            ArrayNode customers = (ArrayNode) entities.get("Customer");
            ArrayNode invoices = entities.withArray("Invoice");
            ObjectNode model = (ObjectNode) customers.get(1);
            for (int i = 0; i < CUSTOMERS; i++) {
                long id = 1_000 + i;
                ObjectNode c = model.deepCopy().put("Id", Long.toString(id)).put("DisplayName", "Grown " + i)
                        .put("FullyQualifiedName", "Grown " + i).put("PrintOnCheckName", "Grown " + i)
                        .put("Balance", 25).put("BalanceWithJobs", 25);
                c.remove("PrimaryEmailAddr");
                customers.add(c);
                ObjectNode inv = Api.MAPPER.createObjectNode().put("domain", "QBO").put("Id", Long.toString(id))
                        .put("SyncToken", "0").put("DocNumber", Long.toString(id)).put("TxnDate", "2026-01-05")
                        .put("TotalAmt", 25).put("Balance", 25);
                inv.set("MetaData", model.get("MetaData").deepCopy());
                inv.set("CustomerRef", Api.MAPPER.createObjectNode().put("value", Long.toString(id)));
                inv.putArray("Line").addObject().put("Amount", 25).put("DetailType", "SalesItemLineDetail")
                        .putObject("SalesItemLineDetail").putObject("ItemRef").put("value", "1");
                inv.putArray("LinkedTxn");
                invoices.add(inv);
            }
            ObjectNode seq = (ObjectNode) company.get("sequences");
            seq.put("Customer", 1_000L + CUSTOMERS).put("Invoice", 1_000L + CUSTOMERS);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-18s median %7.2f ms, p99 %7.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
    }
}
