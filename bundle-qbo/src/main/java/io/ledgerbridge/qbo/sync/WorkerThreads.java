package io.ledgerbridge.qbo.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** The connector's background threads: daemons (a host's shutdown is never held up by them), stopped politely. */
public final class WorkerThreads {
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
     * Lets running work finish for up to 30 seconds, then interrupts it (what is not done stays in the database).
     *
     * @param pool the pool
     */
    public static void stop(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
