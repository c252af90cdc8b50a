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
 * Gives companies turns on at most a fixed number of threads, whatever the number of companies. Threads start when a
 * company is ready and none is free, and end after a minute with nothing to do (one stays to watch the waiting ones),
 * so an idle node holds one. A company is in at most one of
 * three places: waiting for an instant (a throttle window, a {@code Retry-After}, its next due row), ready, or in its
 * turn on one thread. Ready companies whose due work fits in one turn go first, then those with backlogs, each least
 * recently served first: a company whose first record just arrived waits for the next free thread, never for other
 * companies' backlogs (not even their first turns), and backlogs share the threads in rounds. No thread ever waits for a company: a company that must wait leaves
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
        /** More due work than one turn takes (it goes after companies with a little). */
        boolean backlog;
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
            Comparator.<Entry, Boolean>comparing(e -> e.backlog).thenComparingLong(e -> e.lastServed)
                    .thenComparingLong(e -> e.seq));
    private final PriorityQueue<Entry> waiting = new PriorityQueue<>(Comparator.comparing(e -> e.dueAt));
    private final List<Thread> threads = new ArrayList<>();
    private final int maxThreads;
    private final Duration idleEnd;
    private final java.util.concurrent.ThreadFactory factory;
    /** Threads started and not ended, and those of them waiting for a company. */
    private int live;
    private int idle;
    private boolean started;
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
        this(turn, clock, threadCount, name, IDLE_END);
    }

    /** As above; a thread with nothing to do for {@code idleEnd} ends (but the last). */
    CompanyScheduler(Turn turn, Clock clock, int threadCount, String name, Duration idleEnd) {
        if (threadCount < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.turn = turn;
        this.clock = clock;
        this.maxThreads = threadCount;
        this.idleEnd = idleEnd;
        this.factory = WorkerThreads.daemons(name);
    }

    /** A thread with nothing to do for this long ends (but the last). */
    static final Duration IDLE_END = Duration.ofMinutes(1);

    /** Starts giving turns: one thread, more as companies are ready. */
    void start() {
        lock.lock();
        try {
            started = true;
            do {
                spawn();
            } while (live < Math.min(maxThreads, ready.size()));
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: one more thread, if the most are not running yet. */
    private void spawn() {
        if (!started || stopping || live >= maxThreads) {
            return;
        }
        live++;
        Thread t = factory.newThread(this::serve);
        threads.add(t);
        t.start();
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
        offer(tenant, at, false);
    }

    /**
     * As {@link #offer(TenantId, Instant)}.
     *
     * @param backlog whether the company has more due work than one turn takes
     */
    void offer(TenantId tenant, Instant at, boolean backlog) {
        lock.lock();
        try {
            if (stopping) {
                return;
            }
            Entry e = entries.computeIfAbsent(tenant, Entry::new);
            if (e.where != Where.RUNNING && e.where != Where.READY) {
                e.backlog = backlog;
            }
            if (e.where == null) {
                place(e, at, true);
            } else if (e.where == Where.RUNNING) {
                e.again = e.again == null || at.isBefore(e.again) ? at : e.again;
            } else if (e.where == Where.WAITING && at.isBefore(e.dueAt) && e.dueAt.isAfter(e.notBefore)) {
                waiting.remove(e);
                place(e, at, true);
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

    /** @param spawn whether a thread may be started for it (not from a thread about to look for its next company) */
    private void place(Entry e, Instant at, boolean spawn) {
        Instant when = at.isBefore(e.notBefore) ? e.notBefore : at;
        e.seq = seq++;
        if (when.isAfter(clock.instant())) {
            e.where = Where.WAITING;
            e.dueAt = when;
            waiting.add(e);
        } else {
            e.where = Where.READY;
            ready.add(e);
            if (spawn && idle == 0) {
                spawn();
            }
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
                    if (!ready.isEmpty() && idle == 0) {
                        spawn(); // more companies are ready than threads look for them
                    }
                    return e;
                }
                long left;
                idle++;
                try {
                    left = changed.awaitNanos(waiting.isEmpty() ? idleEnd.toNanos()
                            : Math.max(Duration.between(now, waiting.peek().dueAt).toNanos(), 1));
                } finally {
                    idle--;
                }
                if (left <= 0 && live > 1 && ready.isEmpty() && waiting.isEmpty()) {
                    live--; // nothing to do for a minute: another thread stays for the next company
                    threads.remove(Thread.currentThread());
                    return null;
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
            // Back for more at once: a backlog, served after companies with a little to do.
            e.backlog = next.at() != null && !next.binding() && !next.at().isAfter(clock.instant());
            Instant at = next.at();
            if (again != null && (at == null || again.isBefore(at))) {
                at = again;
            }
            if (at == null || stopping) {
                entries.remove(e.tenant);
            } else {
                place(e, at, false);
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
        List<Thread> all;
        lock.lock();
        try {
            all = new ArrayList<>(threads);
        } finally {
            lock.unlock();
        }
        for (Thread t : all) {
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
        return all.stream().noneMatch(Thread::isAlive);
    }

    @Override
    public void close() {
        stop(Instant.now().plus(Duration.ofSeconds(30)));
    }
}
