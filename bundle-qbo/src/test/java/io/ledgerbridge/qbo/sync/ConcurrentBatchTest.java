package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.LatencyModel;
import io.ledgerbridge.sandbox.QboSandbox;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first sync sends one company's independent batches concurrently (QuickBooks' latency no longer idles its
 * throttle), tier after tier, without a 429 and without writing anything twice.
 */
class ConcurrentBatchTest {
    private static final int RECORDS = 120;

    @TempDir
    Path dir;

    @Test
    void batchesOfOneTierOverlapTheNextTierWaitsAndNothingIsThrottledOrDuplicated() throws Exception {
        // Real time (scale 1) with every answer held back 300 ms, as a distant QuickBooks would.
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(1)
                .latency(LatencyModel.fixed(Duration.ofMillis(300))).start();
                Database db = TestDatabase.open(dir)) {
            FakeHost host = new FakeHost();
            for (int i = 0; i < RECORDS; i++) {
                host.add(SandboxSyncTest.customer("c" + i, "Overlap Customer " + i, "o" + i + "@overlap.example"));
                host.add(SandboxSyncTest.invoice("i" + i, "c" + i, "O-" + i, InvoiceStatus.PAID, "0"));
            }
            try (SandboxEngine e = new SandboxEngine(sandbox, db, host, 1, "node-a",
                    g -> recording(g, calls))) {
                for (int i = 0; i < RECORDS; i++) {
                    e.paid(new HostPayment("p" + i, "i" + i, Money.of("100", "USD"), LocalDate.now(), "card", null));
                    e.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
                    e.changed(HostEventKind.INVOICE_CHANGED, "i" + i);
                }
                e.module.engine().drain();
            }
            String realm = SandboxEngine.REALM;
            assertThat(sandbox.admin().countStatus(429)).isZero();
            List<String> names = sandbox.admin().entities(realm, "Customer").stream()
                    .map(c -> c.path("DisplayName").asText()).filter(n -> n.startsWith("Overlap Customer ")).toList();
            assertThat(names).as("one QuickBooks customer per host customer").hasSize(RECORDS).doesNotHaveDuplicates();
            List<ObjectNode> invoices = sandbox.admin().entities(realm, "Invoice").stream()
                    .filter(i -> i.path("DocNumber").asText().startsWith("O-")).toList();
            assertThat(invoices).extracting(i -> i.path("DocNumber").asText()).hasSize(RECORDS)
                    .doesNotHaveDuplicates();
            Set<String> invoiceIds = invoices.stream().map(i -> i.path("Id").asText()).collect(Collectors.toSet());
            assertThat(sandbox.admin().entities(realm, "Payment")).extracting(
                    p -> p.path("Line").path(0).path("LinkedTxn").path(0).path("TxnId").asText())
                    .filteredOn(invoiceIds::contains).as("one payment per invoice").hasSize(RECORDS)
                    .doesNotHaveDuplicates();
        }
        List<Call> customers = calls.stream().filter(c -> c.entity().equals("Customer")).toList();
        List<Call> invoices = calls.stream().filter(c -> c.entity().equals("Invoice")).toList();
        assertThat(customers).hasSize(4); // 120 customers in batches of 30
        assertThat(overlapping(customers)).as("customer batches in flight together").isGreaterThanOrEqualTo(2);
        assertThat(overlapping(invoices)).as("invoice batches in flight together").isGreaterThanOrEqualTo(2);
        long lastCustomerAnswered = customers.stream().mapToLong(Call::end).max().orElseThrow();
        assertThat(invoices).allSatisfy(i -> assertThat(i.start()).isGreaterThanOrEqualTo(lastCustomerAnswered));
    }

    /** @return the most calls running at one moment */
    private static int overlapping(List<Call> calls) {
        int most = 0;
        for (Call c : calls) {
            most = Math.max(most, (int) calls.stream().filter(o -> o.start() <= c.start() && o.end() > c.start())
                    .count());
        }
        return most;
    }

    /** One batch call: its first item's entity, and when it was sent and answered (nanoTime). */
    record Call(String entity, long start, long end) {
    }

    /** The gateway, recording every batch call's time span. */
    private static QboGateway recording(QboGateway d, List<Call> calls) {
        return (QboGateway) Proxy.newProxyInstance(QboGateway.class.getClassLoader(), new Class<?>[] {QboGateway.class},
                (proxy, method, args) -> {
                    long start = System.nanoTime();
                    try {
                        return method.invoke(d, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (method.getName().equals("batch")) {
                            List<?> items = (List<?>) args[1];
                            String entity = ((QboGateway.BatchItem) items.get(0)).entity();
                            calls.add(new Call(entity, start, System.nanoTime()));
                        }
                    }
                });
    }
}
