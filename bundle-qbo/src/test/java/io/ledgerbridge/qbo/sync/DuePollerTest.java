package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The poll-and-workers skeleton of the import and the books-match report. */
class DuePollerTest {
    /** Due work that a test can make throw or hold. */
    private static final class Jobs implements DuePoller.Jobs<String> {
        final AtomicInteger polls = new AtomicInteger();
        final Map<String, AtomicInteger> worked = new ConcurrentHashMap<>();
        final Map<String, Throwable> failed = new ConcurrentHashMap<>();
        volatile Error pollError;
        volatile Error workError;
        volatile CountDownLatch hold = new CountDownLatch(0);

        @Override
        public Collection<String> due() {
            polls.incrementAndGet();
            Error e = pollError;
            pollError = null;
            if (e != null) {
                throw e;
            }
            return List.of("a", "b");
        }

        @Override
        public Object key(String item) {
            return item;
        }

        @Override
        public void work(String item, BooleanSupplier stopping) {
            worked.computeIfAbsent(item, k -> new AtomicInteger()).incrementAndGet();
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (workError != null) {
                throw workError;
            }
        }

        @Override
        public void failed(String item, Throwable failure) {
            failed.put(item, failure);
        }
    }

    private static DuePoller<String> poller(Jobs jobs, Duration every) {
        return new DuePoller<>("ledgerbridge-qbo-test", 2, every, "test", "Test poll",
                LoggerFactory.getLogger(DuePollerTest.class), jobs);
    }

    @Test
    void aPollThatMeetsAnErrorIsLoggedAndTheNextPollRuns() {
        Jobs jobs = new Jobs();
        jobs.pollError = new StackOverflowError("a poll meeting an Error");
        try (DuePoller<String> poller = poller(jobs, Duration.ofMillis(20))) {
            poller.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.polls.get() >= 3 && jobs.worked.size() == 2);
        }
    }

    @Test
    void workThatThrowsAnErrorIsReportedAndItsKeyIsFreeAgain() {
        Jobs jobs = new Jobs();
        jobs.workError = new AssertionError("a worker meeting an Error");
        try (DuePoller<String> poller = poller(jobs, Duration.ofHours(1))) {
            poller.poll();
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.failed.size() == 2);
            assertThat(jobs.failed.get("a")).isSameAs(jobs.workError);
            jobs.workError = null;
            await().atMost(Duration.ofSeconds(10)).until(() -> poller.runHere("a", () -> true));
        }
    }

    @Test
    void oneWorkerAtATimePerKey() {
        Jobs jobs = new Jobs();
        jobs.hold = new CountDownLatch(1);
        try (DuePoller<String> poller = poller(jobs, Duration.ofHours(1))) {
            poller.poll();
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.worked.size() == 2);
            poller.poll(); // both are still being worked: neither is handed out again
            assertThat(poller.runHere("a", () -> true)).as("a worker has it").isFalse();
            jobs.hold.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> poller.runHere("a", () -> true));
            assertThat(jobs.worked.get("a")).hasValue(1);
            assertThat(jobs.worked.get("b")).hasValue(1);
        }
    }

    @Test
    void aWakeBeforeStartRunsNothing() {
        Jobs jobs = new Jobs();
        try (DuePoller<String> poller = poller(jobs, Duration.ofHours(1))) {
            poller.wake();
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> jobs.polls.get() == 0);
            poller.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.worked.size() == 2);
        }
    }
}
