package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The scheduler alone (no framework, no database): fair turns, companies that must wait leave the threads, a fixed
 * number of threads whatever the number of companies, and one turn per company at a time.
 */
class CompanySchedulerTest {
    private static final Clock CLOCK = Clock.systemUTC();

    /** Backlog companies: each turn is one flight (a few milliseconds here), then they come back for more. */
    private static final class Backlogs implements CompanyScheduler.Turn {
        final Map<TenantId, AtomicInteger> left = new ConcurrentHashMap<>();
        final AtomicInteger started = new AtomicInteger();
        final Map<TenantId, Integer> startedAt = new ConcurrentHashMap<>();
        final Map<TenantId, AtomicInteger> inTurn = new ConcurrentHashMap<>();
        final AtomicInteger overlaps = new AtomicInteger();
        volatile Duration hold = Duration.ZERO;
        final java.util.Set<TenantId> stormed = ConcurrentHashMap.newKeySet();
        final Map<TenantId, AtomicInteger> turns = new ConcurrentHashMap<>();

        @Override
        public CompanyScheduler.Next work(TenantId tenant) {
            startedAt.putIfAbsent(tenant, started.incrementAndGet());
            turns.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
            if (inTurn.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                if (stormed.contains(tenant)) {
                    // A 429 storm: the company must wait an hour; its thread goes to another company at once.
                    return CompanyScheduler.Next.throttledUntil(CLOCK.instant().plus(Duration.ofHours(1)), 0);
                }
                flight();
                int remaining = left.getOrDefault(tenant, new AtomicInteger()).decrementAndGet();
                return remaining > 0 ? CompanyScheduler.Next.now(CLOCK.instant(), 1) : CompanyScheduler.Next.idle(1);
            } finally {
                inTurn.get(tenant).decrementAndGet();
            }
        }

        private void flight() {
            // One flight's calls: a few milliseconds, waited for with a latch rather than a sleep loop.
            try {
                new CountDownLatch(1).await(3, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static TenantId t(String name) {
        return TenantId.of(name);
    }

    @Test
    void aFreshCompanyGoesBeforeTwentyCompaniesBacklogs() {
        Backlogs turns = new Backlogs();
        CompanyScheduler scheduler = new CompanyScheduler(turns, CLOCK, 2, "test-worker");
        IntStream.range(0, 20).forEach(i -> turns.left.put(t("busy-" + i), new AtomicInteger(500)));
        scheduler.start();
        try {
            turns.left.keySet().forEach(tenant -> scheduler.offer(tenant, CLOCK.instant()));
            await().atMost(Duration.ofSeconds(10)).until(() -> turns.started.get() >= 100);

            TenantId fresh = t("fresh");
            turns.left.put(fresh, new AtomicInteger(1));
            int before = turns.started.get();
            scheduler.offer(fresh, CLOCK.instant());
            await().atMost(Duration.ofSeconds(10)).until(() -> turns.startedAt.containsKey(fresh));

            // Served by the next free thread: at most the turns already being handed out (one per thread) go first,
            // never the other 20 companies' backlogs (a queue in arrival order would put 18 or more turns first).
            assertThat(turns.startedAt.get(fresh) - before - 1).as("turns given to others before the fresh company")
                    .isLessThanOrEqualTo(2);
        } finally {
            scheduler.stop(Instant.now().plusSeconds(10));
        }
    }

    @Test
    void companiesThatMustWaitLeaveTheThreadsToTheOthers() {
        Backlogs turns = new Backlogs();
        CompanyScheduler scheduler = new CompanyScheduler(turns, CLOCK, 2, "test-worker");
        List<TenantId> stormed = IntStream.range(0, 8).mapToObj(i -> t("stormed-" + i)).toList();
        List<TenantId> calm = IntStream.range(0, 4).mapToObj(i -> t("calm-" + i)).toList();
        turns.stormed.addAll(stormed);
        calm.forEach(tenant -> turns.left.put(tenant, new AtomicInteger(30)));
        scheduler.start();
        try {
            stormed.forEach(tenant -> scheduler.offer(tenant, CLOCK.instant()));
            calm.forEach(tenant -> scheduler.offer(tenant, CLOCK.instant()));
            // The poll keeps finding the stormed companies' rows due; it must not pull them before their instant.
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                stormed.forEach(tenant -> scheduler.offer(tenant, CLOCK.instant()));
                return calm.stream().allMatch(tenant -> turns.left.get(tenant).get() <= 0);
            });
            calm.forEach(tenant -> assertThat(turns.turns.get(tenant)).hasValue(30));
            stormed.forEach(tenant -> assertThat(turns.turns.get(tenant)).as(tenant + " turns").hasValue(1));
        } finally {
            scheduler.stop(Instant.now().plusSeconds(10));
        }
    }

    @Test
    void threadsStartAsCompaniesAreReadyAndEndWhenThereIsNothingToDo() {
        Backlogs turns = new Backlogs();
        turns.hold = Duration.ofMillis(2);
        CompanyScheduler scheduler = new CompanyScheduler(turns, CLOCK, 4, "test-lazy-worker", Duration.ofMillis(300));
        scheduler.start();
        try {
            assertThat(threads("test-lazy-worker")).as("an idle scheduler holds one thread").isEqualTo(1);
            for (int i = 0; i < 200; i++) {
                TenantId tenant = t("lazy-" + i);
                turns.left.put(tenant, new AtomicInteger(3));
                scheduler.offer(tenant, CLOCK.instant());
            }
            java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() -> {
                peak.accumulateAndGet(threads("test-lazy-worker"), Math::max);
                return turns.turns.size() == 200 && turns.left.values().stream().allMatch(left -> left.get() <= 0);
            });
            assertThat(peak.get()).as("threads started for the ready companies, at most 4").isBetween(2L, 4L);
            await().atMost(Duration.ofSeconds(10)).until(() -> threads("test-lazy-worker") == 1);

            TenantId late = t("late");
            turns.left.put(late, new AtomicInteger(1));
            scheduler.offer(late, CLOCK.instant());
            await().atMost(Duration.ofSeconds(10)).until(() -> turns.turns.containsKey(late));
        } finally {
            scheduler.stop(Instant.now().plusSeconds(10));
        }
    }

    private static long threads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(th -> th.getName().equals(name)).count();
    }

    @Test
    void theThreadsStayFixedAsCompaniesGrow() {
        Backlogs turns = new Backlogs();
        CompanyScheduler scheduler = new CompanyScheduler(turns, CLOCK, 3, "test-fixed-worker");
        scheduler.start();
        try {
            for (int i = 0; i < 5_000; i++) {
                TenantId tenant = t("tenant-" + i);
                turns.left.put(tenant, new AtomicInteger(1));
                scheduler.offer(tenant, CLOCK.instant());
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> turns.turns.size() == 5_000);
            long threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(th -> th.getName().equals("test-fixed-worker")).count();
            assertThat(threads).isEqualTo(3);
            await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.size() == 0);
        } finally {
            scheduler.stop(Instant.now().plusSeconds(10));
        }
    }

    @Test
    void aCompanyIsInOneTurnAtATimeAndWorkArrivingMeanwhileGetsAnotherTurn() {
        Backlogs turns = new Backlogs();
        CompanyScheduler scheduler = new CompanyScheduler(turns, CLOCK, 4, "test-worker");
        TenantId tenant = t("acme");
        turns.left.put(tenant, new AtomicInteger(1));
        scheduler.start();
        try {
            for (int i = 0; i < 200; i++) {
                scheduler.offer(tenant, CLOCK.instant());
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.size() == 0);
            assertThat(turns.overlaps).as("turns of one company at the same time").hasValue(0);
            assertThat(turns.turns.get(tenant).get()).isBetween(1, 200);
        } finally {
            scheduler.stop(Instant.now().plusSeconds(10));
        }
    }
}
