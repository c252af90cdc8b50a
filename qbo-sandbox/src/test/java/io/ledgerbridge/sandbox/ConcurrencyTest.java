package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends SandboxTestBase {

    @Test
    void parallelCreatesGetDistinctIdsAndNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Resp>> calls = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> us.post("invoice", invoiceJson(i % 2 == 0 ? "1" : "2", "10"))))
                    .toList();
            Set<String> ids = new HashSet<>();
            Set<String> numbers = new HashSet<>();
            int throttled = 0;
            for (Future<Api.Resp> f : calls) {
                Api.Resp r = f.get();
                if (r.status() == 429) {
                    throttled++; // more than 10 in flight is a real limit
                    continue;
                }
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                JsonNode inv = r.json().get("Invoice");
                assertThat(ids.add(inv.get("Id").asText())).isTrue();
                assertThat(numbers.add(inv.get("DocNumber").asText())).isTrue();
            }
            assertThat(ids.size() + throttled).isEqualTo(200);
            assertThat(sandbox.admin().count(QboSandbox.US_REALM, "Invoice")).isEqualTo(ids.size());
            assertThat(sandbox.admin().countOperation("create", "Invoice")).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoThousandInvoicesStayFast() {
        long start = System.nanoTime();
        for (int round = 0; round < 67; round++) {
            StringBuilder b = new StringBuilder("{\"BatchItemRequest\":[");
            for (int i = 0; i < 30; i++) {
                b.append(i == 0 ? "" : ",").append("{\"bId\":\"").append(i).append("\",\"Invoice\":").append(invoiceJson("1", "10")).append('}');
            }
            assertThat(us.post("batch", b + "]}").status()).isEqualTo(200);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(sandbox.admin().count(QboSandbox.US_REALM, "Invoice")).isEqualTo(2010);
        assertThat(millis).as("2010 invoice creates took %d ms", millis).isLessThan(20_000);
    }
}
