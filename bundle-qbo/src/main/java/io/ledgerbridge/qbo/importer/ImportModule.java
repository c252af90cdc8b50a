package io.ledgerbridge.qbo.importer;

import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.ImportStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.QboGateway;
import io.ledgerbridge.qbo.sync.WorkerThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import's parts and its workers: every poll, each running import that is due and whose company this node may
 * work goes to a worker thread (one per import on this node; the company lease keeps other nodes out). After a crash
 * or a restart the next poll finds the import still running and resumes it from its saved cursor. A poll that fails,
 * even with an {@link Error}, is logged and the next one runs.
 */
public final class ImportModule implements io.ledgerbridge.qbo.Stoppable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportModule.class);

    private final ImportStore store;
    private final ImportJob job;
    private final ImportService service;
    private final Clock clock;
    private final Duration poll;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * @param database the connector's database
     * @param qbo QuickBooks (the sync engine's gateway: the same company throttle)
     * @param access whether a company may be worked
     * @param records the host's records (for matching)
     * @param ledger the host's ledger port (where imported records go)
     * @param clock the clock
     * @param nodeId this node's name
     * @param threads worker threads for imports
     * @param poll how often to look for imports to work
     */
    public ImportModule(Database database, QboGateway qbo, CompanyAccess access, HostRecords records,
            HostLedger ledger, Clock clock, String nodeId, int threads, Duration poll) {
        this.store = new ImportStore(database.dataSource());
        this.clock = clock;
        this.poll = poll;
        LinkStore links = new LinkStore(database);
        this.job = new ImportJob(qbo, records, access, new SettingsStore(database, clock), store,
                new CompanyLease(database.dataSource()), new ContactImporter(records, ledger, links, store, clock),
                new InvoiceImporter(records, ledger, links, store, qbo, clock), clock, nodeId);
        this.workers = Executors.newFixedThreadPool(threads, WorkerThreads.daemons("ledgerbridge-qbo-import"));
        this.timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemons("ledgerbridge-qbo-import-poll"));
        this.service = new ImportService(store, links, access, this::wake, clock);
    }

    /** @return the import operations */
    public ImportService imports() {
        return service;
    }

    /** Starts polling. */
    public void start() {
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Hands every due import to a worker thread. */
    public void poll() {
        for (ImportStore.Cursor cursor : store.due(clock.instant())) {
            if (!stopping && busy.add(cursor.importId())) {
                workers.execute(() -> {
                    try {
                        job.work(cursor, () -> stopping);
                    } catch (RuntimeException e) {
                        // The host or the database failed mid-page: the import resumes from its saved cursor.
                        LOG.warn("QuickBooks import {} of {} paused, resumed at the next poll: {}", cursor.importId(),
                                cursor.tenant(), e.toString());
                    } catch (Error e) {
                        LOG.error("QuickBooks import {} of {} failed, resumed at the next poll", cursor.importId(),
                                cursor.tenant(), e);
                    } finally {
                        busy.remove(cursor.importId());
                    }
                });
            }
        }
    }

    private void wake() {
        if (!timer.isShutdown()) {
            timer.execute(this::pollSafely);
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("QuickBooks import poll failed, retrying at the next poll: {}", e.toString());
        } catch (Error e) {
            // a scheduled task that throws is never run again: the poll must outlive anything it meets
            LOG.error("QuickBooks import poll failed, retrying at the next poll", e);
        }
    }

    /** No new poll, and the running imports end at their next page; returns at once. */
    @Override
    public void stopTaking() {
        stopping = true;
        timer.shutdown();
    }

    @Override
    public void stop(java.time.Instant deadline) {
        stopTaking();
        WorkerThreads.stop(timer, "import poll", deadline);
        WorkerThreads.stop(workers, "import worker", deadline);
    }
}
