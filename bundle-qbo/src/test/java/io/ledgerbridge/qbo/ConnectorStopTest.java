package io.ledgerbridge.qbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.qbo.sync.WorkerThreads;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Item 8 of issue 18: stopping the connector waits once, not once per part. */
class ConnectorStopTest {
    private static final Duration BOUND = Duration.ofSeconds(2);

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void releaseTheWork() {
        release.countDown();
    }

    @Test
    void partsBusyPastTheDeadlineAreWaitedForOnceAndTheDatabaseClosesAfterThem() throws Exception {
        BusyPart imports = new BusyPart("import");
        BusyPart books = new BusyPart("books-match");
        BusyPart inbound = new BusyPart("inbound");
        AutoCloseable database = () -> events.add("database closed");
        List<AutoCloseable> parts = List.of(database, () -> events.add("http closed"), inbound, imports, books);

        Instant start = Instant.now();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> ConnectorRuntime.stopAll(parts, BOUND));

        // Waiting the bound once per part (the old way) would take 3 x 2 s; one bound for all takes 2 s.
        await().atMost(BOUND.multipliedBy(3).dividedBy(2)).until(closing::isDone);
        closing.get();
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(BOUND.minusMillis(100));
        // every part was told to stop (last started first) before any was waited for; the database closed last
        assertThat(events).containsExactly("books-match stops taking", "import stops taking", "inbound stops taking",
                "http closed", "database closed");
        // the work in flight was left running, not interrupted (an interrupt would close H2 for every thread)
        for (BusyPart part : List.of(imports, books, inbound)) {
            assertThat(part.interrupted).isFalse();
            assertThat(part.pool.isTerminated()).isFalse();
        }
    }

    @Test
    void aStopWithinTheBoundWaitsForTheWorkToEnd() {
        BusyPart imports = new BusyPart("import");
        AutoCloseable database = () -> events.add("database closed");
        release.countDown();

        ConnectorRuntime.stopAll(List.of(database, imports), BOUND);

        assertThat(imports.pool.isTerminated()).isTrue();
        assertThat(events).containsExactly("import stops taking", "database closed");
    }

    /** A part whose one task is busy (as a slow QuickBooks call would be) until the test releases it. */
    private final class BusyPart implements Stoppable {
        final String name;
        final ExecutorService pool = Executors.newSingleThreadExecutor(WorkerThreads.daemons("test-busy"));
        final AtomicBoolean interrupted = new AtomicBoolean();

        BusyPart(String name) {
            this.name = name;
            CountDownLatch running = new CountDownLatch(1);
            pool.execute(() -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            });
            try {
                assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void stopTaking() {
            events.add(name + " stops taking");
            pool.shutdown();
        }

        @Override
        public void stop(Instant deadline) {
            WorkerThreads.stop(pool, name, deadline);
        }

        // close() is Stoppable's: a part stopped alone waits its whole bound (BOUND here, as each module waited 140 s)
        @Override
        public void close() {
            stopTaking();
            stop(Instant.now().plus(BOUND));
        }
    }
}
