package io.ledgerbridge.qbo.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.batch.BatchItem;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.query.QboQuery;
import io.ledgerbridge.sandbox.QboSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bursts from many threads through one company's throttle never draw a 429 from the time-scaled sandbox. The scale
 * (a minute lasts 1 s, a second 17 ms) keeps QuickBooks' limits below what this machine can send, so they bind.
 */
class ThrottleSandboxTest extends EmbeddedSandboxTest {
    /** Only a reset: the bursts bring their own clients, and the counts they check start from nothing. */
    @Override
    @BeforeEach
    void reset() {
        sandbox.admin().reset();
    }

    @Test
    void twoThousandCallsFromEightThreadsDrawNoThrottling() throws Exception {
        long start = System.nanoTime();
        CompanyThrottle throttle = clients.throttle();
        List<QboClient> workers = IntStream.range(0, 8)
                .mapToObj(i -> clients.client(QboSandbox.US_REALM, throttle)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                QboClient worker = workers.get(t);
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        if ((i + thread) % 2 == 0) {
                            worker.read(EntityType.CUSTOMER, "1");
                        } else {
                            worker.query(QboQuery.from(EntityType.ITEM).where("Name", "Hours"));
                        }
                    }
                    return 250;
                }));
            }
            int calls = 0;
            for (Future<Integer> f : done) {
                calls += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(calls).isEqualTo(2000);
        } finally {
            pool.shutdownNow();
        }

        assertThat(sandbox.admin().countStatus(429)).isZero();
        assertThat(sandbox.admin().countStatus(200)).isEqualTo(2000);
        // 2000 calls at 500 a (1 s) minute cannot finish sooner: proof that the limits were reached, not avoided
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(throttle.inFlight()).isZero();
    }

    @Test
    void batchCallsStayWithinTheBatchAndRequestLimits() throws Exception {
        long start = System.nanoTime();
        QboClient client = clients.client(QboSandbox.US_REALM);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        List<BatchItem> items = IntStream.range(0, 5).mapToObj(n -> BatchItem.query("q" + n,
                                QboQuery.from(EntityType.CUSTOMER).where("Id", "1"))).toList();
                        assertThat(client.batch(items, UUID.randomUUID().toString()).allSucceeded())
                                .isTrue();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sandbox.admin().countStatus(429)).isZero();
        assertThat(sandbox.admin().countOperation("batch", null)).isEqualTo(60);
        // 60 batch calls at 40 a (1 s) minute
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
}
