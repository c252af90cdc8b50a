package io.ledgerbridge.qbo.sync;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** The connector's background threads: daemons (a host's shutdown is never held up by them), stopped politely. */
public final class WorkerThreads {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkerThreads.class);

    private WorkerThreads() {
    }

    /**
     * @param name the threads' name, e.g. {@code ledgerbridge-qbo-worker}
     * @return a factory of daemon threads with that name
     */
    public static ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Lets running work finish, waiting up to {@code wait}, and never interrupts it: an interrupted H2 file operation
     * closes the database under every other thread. What is not done by then stays in the database.
     *
     * @param pool the pool
     * @param what the threads, for the log (e.g. {@code "sync worker"})
     * @param wait how long to wait
     */
    public static void stop(ExecutorService pool, String what, Duration wait) {
        if (!await(pool, wait)) {
            LOG.warn("A QuickBooks {} thread is still busy after {} s (a slow QuickBooks call); its work stays in"
                    + " the database and is done after the restart", what, wait.toSeconds());
        }
    }

    /**
     * As {@link #stop(ExecutorService, String, Duration)}, waiting only until {@code deadline} (the connector's one
     * stop deadline, shared by all its parts).
     *
     * @param pool the pool
     * @param what the threads, for the log (e.g. {@code "import worker"})
     * @param deadline when to stop waiting
     */
    public static void stop(ExecutorService pool, String what, java.time.Instant deadline) {
        if (!await(pool, remaining(deadline))) {
            LOG.warn("A QuickBooks {} thread is still busy at the stop deadline (a slow QuickBooks call); it is not "
                    + "interrupted, and its work stays in the database and is done after the restart", what);
        }
    }

    /**
     * @param deadline an instant
     * @return the time left until it, zero once past
     */
    public static Duration remaining(java.time.Instant deadline) {
        Duration left = Duration.between(java.time.Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean await(ExecutorService pool, Duration wait) {
        pool.shutdown();
        try {
            return pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return pool.isTerminated();
        }
    }
}
