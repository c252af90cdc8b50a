package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives companies turns on a fixed set of threads, whatever the number of companies. A company is in at most one of
 * three places: waiting for an instant (a throttle window, a {@code Retry-After}, its next due row), ready, or in its
 * turn on one thread. Ready companies are served least recently served first, so a company whose first record just
 * arrived goes before companies that have had turns and are back for more: it waits for at most one turn of a
 * thread, never for other companies' backlogs. No thread ever waits for a company: a company that must wait leaves
 * the threads and comes back at its instant. Companies with nothing due cost nothing here (they are not held).
 */
final class CompanyScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CompanyScheduler.class);

    /** One company's turn. */
    @FunctionalInterface
    interface Turn {
        /**
         * @param tenant the company's tenant
         * @return when to give the company its next turn
         */
        Next work(TenantId tenant);
    }

    /**
     * When a company's next turn is due.
     *
     * @param at the instant, or {@code null} when nothing is due (a new row or the poll brings it back)
     * @param binding whether the company may not go before {@code at} even if new work arrives (a throttle window,
     *        a {@code Retry-After}, a paused connection), as opposed to its next row merely being due then
     * @param ended rows ended in the turn (for {@link SyncEngine#drain()})
     * @param throttled whether the company waits for QuickBooks' throttle (a window, a {@code Retry-After})
     */
    record Next(Instant at, boolean binding, int ended, boolean throttled) {
        static Next idle(int ended) {
            return new Next(null, false, ended, false);
        }

        static Next now(Instant now, int ended) {
            return new Next(now, false, ended, false);
        }

        static Next due(Instant at, int ended) {
            return new Next(at, false, ended, false);
        }

        /** Not before {@code at}: its throttle window is full, or QuickBooks asked it to wait. */
        static Next throttledUntil(Instant at, int ended) {
            return new Next(at, true, ended, true);
        }
    }

    private enum Where { WAITING, READY, RUNNING }

    private static final class Entry {
        final TenantId tenant;
        Where where;
        Instant dueAt;
        /** A binding instant: no turn before it. */
        Instant notBefore = Instant.MIN;
        /** Set while running: work arrived for the company during its turn. */
        Instant again;
        long lastServed;
        long seq;

        Entry(TenantId tenant) {
            this.tenant = tenant;
        }
    }

    private final Turn turn;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<TenantId, Entry> entries = new HashMap<>();
    private final PriorityQueue<Entry> ready = new PriorityQueue<>(
            Comparator.<Entry>comparingLong(e -> e.lastServed).thenComparingLong(e -> e.seq));
    private final PriorityQueue<Entry> waiting = new PriorityQueue<>(Comparator.comparing(e -> e.dueAt));
    private final List<Thread> threads = new ArrayList<>();
    private long served;
    private long seq;
    private boolean stopping;

    /**
     * @param turn the company's turn
     * @param clock the clock
     * @param threads the threads serving all companies
     * @param name the threads' name
     */
    CompanyScheduler(Turn turn, Clock clock, int threadCount, String name) {
        if (threadCount < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.turn = turn;
        this.clock = clock;
        for (int i = 0; i < threadCount; i++) {
            threads.add(WorkerThreads.daemons(name).newThread(this::serve));
        }
    }

    /** Starts the threads. */
    void start() {
        threads.forEach(Thread::start);
    }

    /**
     * Asks for a turn of the company at {@code at} (or at once, if that is past). A company already waiting for a
     * later instant is brought forward, never before an instant it must wait for; one in its turn gets another turn
     * after it.
     *
     * @param tenant the company's tenant
     * @param at when
     */
    void offer(TenantId tenant, Instant at) {
        lock.lock();
        try {
            if (stopping) {
                return;
            }
            Entry e = entries.computeIfAbsent(tenant, Entry::new);
            if (e.where == null) {
                place(e, at);
            } else if (e.where == Where.RUNNING) {
                e.again = e.again == null || at.isBefore(e.again) ? at : e.again;
            } else if (e.where == Where.WAITING && at.isBefore(e.dueAt) && e.dueAt.isAfter(e.notBefore)) {
                waiting.remove(e);
                place(e, at);
            }
        } finally {
            lock.unlock();
        }
    }

    /** @return the companies in their turn on this node now (their leases are renewed while they run) */
    List<TenantId> running() {
        lock.lock();
        try {
            return entries.values().stream().filter(e -> e.where == Where.RUNNING).map(e -> e.tenant).toList();
        } finally {
            lock.unlock();
        }
    }

    /** @return how many companies wait, are ready or run (for diagnostics) */
    int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    private void place(Entry e, Instant at) {
        Instant when = at.isBefore(e.notBefore) ? e.notBefore : at;
        e.seq = seq++;
        if (when.isAfter(clock.instant())) {
            e.where = Where.WAITING;
            e.dueAt = when;
            waiting.add(e);
        } else {
            e.where = Where.READY;
            ready.add(e);
        }
        changed.signal();
    }

    private void serve() {
        while (true) {
            Entry e = take();
            if (e == null) {
                return;
            }
            Next next;
            try {
                next = turn.work(e.tenant);
            } catch (RuntimeException | Error failure) {
                // The database or the host failed mid-turn: the rows stay in the outbox; the company comes back soon.
                LOG.warn("QuickBooks sync turn of {} stopped, tried again in a minute: {}", e.tenant,
                        failure.toString());
                next = Next.due(clock.instant().plus(Duration.ofMinutes(1)), 0);
            }
            done(e, next);
        }
    }

    private Entry take() {
        lock.lock();
        try {
            while (true) {
                if (stopping) {
                    return null;
                }
                Instant now = clock.instant();
                while (!waiting.isEmpty() && !waiting.peek().dueAt.isAfter(now)) {
                    Entry due = waiting.poll();
                    due.where = Where.READY;
                    ready.add(due);
                }
                Entry e = ready.poll();
                if (e != null) {
                    e.where = Where.RUNNING;
                    return e;
                }
                if (waiting.isEmpty()) {
                    changed.await();
                } else {
                    long nanos = Duration.between(now, waiting.peek().dueAt).toNanos();
                    changed.await(Math.max(nanos, 1), TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void done(Entry e, Next next) {
        lock.lock();
        try {
            e.lastServed = ++served;
            Instant again = e.again;
            e.again = null;
            e.where = null;
            if (next.binding()) {
                e.notBefore = next.at();
            }
            Instant at = next.at();
            if (again != null && (at == null || again.isBefore(at))) {
                at = again;
            }
            if (at == null || stopping) {
                entries.remove(e.tenant);
            } else {
                place(e, at);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops giving turns; the turns in progress finish (never interrupted: an interrupted H2 file operation closes the
     * database under every other thread).
     *
     * @param deadline when to stop waiting for them
     * @return whether every thread ended by the deadline
     */
    boolean stop(Instant deadline) {
        lock.lock();
        try {
            stopping = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread t : threads) {
            long millis = Duration.between(Instant.now(), deadline).toMillis();
            try {
                if (millis > 0) {
                    t.join(millis);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    @Override
    public void close() {
        stop(Instant.now().plus(Duration.ofSeconds(30)));
    }
}
