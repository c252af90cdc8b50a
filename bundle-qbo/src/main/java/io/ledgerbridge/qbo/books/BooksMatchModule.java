package io.ledgerbridge.qbo.books;

import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.BooksMatchStore;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.QboGateway;
import io.ledgerbridge.qbo.sync.WorkerThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's parts and its workers: a report is asked for when a company's auto-sync window ends (the sync side's
 * {@code RunFinisher} stores the request) or from the page; every poll finds the due requests through an index and
 * hands each to a worker thread (one per company on this node; the company
 * lease keeps other nodes out, so every node may poll).
 */
public final class BooksMatchModule implements io.ledgerbridge.qbo.Stoppable {
    private static final Logger LOG = LoggerFactory.getLogger(BooksMatchModule.class);

    private final BooksMatchStore store;
    private final BooksMatchJob job;
    private final BooksMatchService service;
    private final Clock clock;
    private final Duration poll;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Set<TenantId> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean started;

    /**
     * @param database the connector's database
     * @param outbox the outbox (a change waiting there explains a difference)
     * @param qbo QuickBooks (the sync engine's gateway: the company's client and throttle)
     * @param access whether a company may be worked
     * @param records the host's records
     * @param sync re-sync after an unlink
     * @param clock the clock
     * @param nodeId this node's name
     * @param threads worker threads for reports
     * @param poll how often to look for reports to run
     */
    public BooksMatchModule(Database database, Outbox outbox, QboGateway qbo, CompanyAccess access,
            HostRecords records, SyncOperations sync, Clock clock, String nodeId, int threads, Duration poll) {
        this.store = new BooksMatchStore(database.dataSource());
        this.clock = clock;
        this.poll = poll;
        this.job = new BooksMatchJob(qbo, records, access, new SettingsStore(database, clock), store, new CompanyLease(database.dataSource()),
                new ConflictStore(database.dataSource()), outbox, clock, nodeId);
        this.workers = Executors.newFixedThreadPool(threads, WorkerThreads.daemons("ledgerbridge-qbo-books"));
        this.timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemons("ledgerbridge-qbo-books-poll"));
        this.service = new BooksMatchService(store, new LinkStore(database), new SyncLog(database.dataSource()),
                access, records, sync, this::wake, clock);
    }

    /** @return the report's operations */
    public BooksMatchService booksMatch() {
        return service;
    }

    /** Asks for the reports of auto-sync windows whose request a crash lost, then starts polling. */
    public void start() {
        int missed = store.requestMissedWindows(clock.instant());
        if (missed > 0) {
            LOG.info("Asked for {} books-match report(s) of auto-sync windows that ended before the last stop", missed);
        }
        started = true;
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for the reports auto-sync windows call for, and hands every due report to a worker thread. */
    public void poll() {
        for (TenantId tenant : store.due(clock.instant())) {
            if (!stopping && busy.add(tenant)) {
                workers.execute(() -> {
                    try {
                        job.work(tenant, () -> stopping);
                    } catch (RuntimeException e) {
                        // The host or the database failed mid-run: the request stays for the next poll.
                        LOG.warn("Books-match report of {} stopped, tried again at the next poll: {}", tenant,
                                e.toString());
                    } finally {
                        busy.remove(tenant);
                    }
                });
            }
        }
    }

    /**
     * Runs every due report on the calling thread (for tests and benchmarks).
     *
     * @return reports kept
     */
    public int drain() {
        int kept = 0;
        for (TenantId tenant : store.due(clock.instant())) {
            if (busy.add(tenant)) {
                try {
                    kept += job.work(tenant, () -> stopping) ? 1 : 0;
                } finally {
                    busy.remove(tenant);
                }
            }
        }
        return kept;
    }

    private void wake() {
        // Not started (tests and benchmarks drain on their own thread): nothing runs behind their back.
        if (started && !timer.isShutdown()) {
            timer.execute(this::pollSafely);
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Books-match poll failed, retrying at the next poll: {}", e.toString());
        }
    }

    /** No new poll, and the running reports end at their next step; returns at once. */
    @Override
    public void stopTaking() {
        stopping = true;
        timer.shutdown();
    }

    @Override
    public void stop(java.time.Instant deadline) {
        stopTaking();
        WorkerThreads.stop(timer, "books-match poll", deadline);
        WorkerThreads.stop(workers, "books-match worker", deadline);
    }
}
