package io.ledgerbridge.qbo.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;

/**
 * A poll on one thread that hands the work found due (through an index, never by visiting every company) to a pool of
 * worker threads, one worker at a time per key: what the books-match reports and the imports share. A poll runs every
 * interval and when woken; one that fails, even with an {@link Error}, is logged and the next one runs (a scheduled
 * task that throws is never run again). Stopping takes no new poll and tells running work to end at its next step; it
 * never interrupts.
 *
 * @param <T> one piece of due work (a company's report, an import's cursor)
 */
public final class DuePoller<T> implements io.ledgerbridge.qbo.Stoppable {
    /** What differs between the pollers: where due work is found, what working it means, how a failure reads. */
    public interface Jobs<T> {
        /** @return the work due now */
        Collection<T> due();

        /**
         * @param item due work
         * @return what two pieces of the same work share (at most one worker per key at a time)
         */
        Object key(T item);

        /**
         * Works one piece on a worker thread.
         *
         * @param item the work
         * @param stopping true once the connector is stopping (the work ends at its next step)
         */
        void work(T item, BooleanSupplier stopping);

        /**
         * Logs work that threw; it stays due, and a later poll takes it again.
         *
         * @param item the work
         * @param failure what it threw
         */
        void failed(T item, Throwable failure);
    }

    private final Jobs<T> jobs;
    private final Duration every;
    private final String what;
    private final String pollName;
    private final Logger log;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Set<Object> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean started;

    /**
     * @param threads the worker threads' name (e.g. {@code ledgerbridge-qbo-import}); the poll's is that with
     *        {@code -poll}
     * @param size how many worker threads
     * @param every how often to poll
     * @param what the work, in the stop log (e.g. {@code "import"}: "import poll", "import worker")
     * @param pollName the poll, in the log of a failed poll (e.g. {@code "QuickBooks import poll"})
     * @param log the user's logger (so its lines keep their logger)
     * @param jobs where due work is found and how it is worked
     */
    public DuePoller(String threads, int size, Duration every, String what, String pollName, Logger log,
            Jobs<T> jobs) {
        this.jobs = jobs;
        this.every = every;
        this.what = what;
        this.pollName = pollName;
        this.log = log;
        this.workers = Executors.newFixedThreadPool(size, WorkerThreads.daemons(threads));
        this.timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemons(threads + "-poll"));
    }

    /** Starts polling: at once, then every interval. */
    public void start() {
        started = true;
        timer.scheduleWithFixedDelay(this::pollSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Hands every piece of due work that no worker has to a worker thread. */
    public void poll() {
        for (T item : jobs.due()) {
            Object key = jobs.key(item);
            if (!stopping && busy.add(key)) {
                workers.execute(() -> {
                    try {
                        jobs.work(item, () -> stopping);
                    } catch (RuntimeException | Error e) {
                        jobs.failed(item, e);
                    } finally {
                        busy.remove(key);
                    }
                });
            }
        }
    }

    /**
     * Works one piece on the calling thread, unless a worker has it (for tests and benchmarks).
     *
     * @param item the work
     * @param work works it
     * @return what {@code work} returned, or false when a worker had it
     */
    public boolean runHere(T item, BooleanSupplier work) {
        Object key = jobs.key(item);
        if (!busy.add(key)) {
            return false;
        }
        try {
            return work.getAsBoolean();
        } finally {
            busy.remove(key);
        }
    }

    /** Polls now, once started (tests and benchmarks that never start it work on their own thread). */
    public void wake() {
        if (started && !timer.isShutdown()) {
            timer.execute(this::pollSafely);
        }
    }

    /** @return true once stopping: running work ends at its next step */
    public boolean stopping() {
        return stopping;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("{} failed, retrying at the next poll: {}", pollName, e.toString());
        } catch (Error e) {
            // a scheduled task that throws is never run again: the poll must outlive anything it meets
            log.error("{} failed, retrying at the next poll", pollName, e);
        }
    }

    /** No new poll, and running work ends at its next step; returns at once. */
    @Override
    public void stopTaking() {
        stopping = true;
        timer.shutdown();
    }

    @Override
    public void stop(Instant deadline) {
        stopTaking();
        WorkerThreads.stop(timer, what + " poll", deadline);
        WorkerThreads.stop(workers, what + " worker", deadline);
    }
}
