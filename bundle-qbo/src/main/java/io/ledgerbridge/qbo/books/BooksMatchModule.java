package io.ledgerbridge.qbo.books;

import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.qbo.store.BooksMatchStore;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.DuePoller;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.time.Clock;
import java.time.Duration;
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

    /** Set after the first poll asked for the missed windows' reports. */
    private volatile boolean missedAsked;
    private final BooksMatchStore store;
    private final BooksMatchJob job;
    private final BooksMatchService service;
    private final Clock clock;
    private final DuePoller<TenantId> poller;

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
        this.job = new BooksMatchJob(qbo, records, access, new SettingsStore(database, clock), store, new CompanyLease(database.dataSource()),
                new ConflictStore(database.dataSource()), outbox, clock, nodeId);
        this.poller = new DuePoller<>("ledgerbridge-qbo-books", threads, poll, "books-match", "Books-match poll", LOG,
                new Reports());
        this.service = new BooksMatchService(store, new LinkStore(database), new SyncLog(database.dataSource()),
                access, records, sync, poller::wake, clock);
    }

    /** @return the report's operations */
    public BooksMatchService booksMatch() {
        return service;
    }

    /** Starts polling; the first poll asks for the reports of auto-sync windows whose request a crash lost. */
    public void start() {
        poller.start();
    }

    /** Once, on the poll's thread (not the one starting the connector): the windows a crash left without a request. */
    private void askForMissedWindows() {
        if (missedAsked) {
            return;
        }
        missedAsked = true;
        int missed = store.requestMissedWindows(clock.instant());
        if (missed > 0) {
            LOG.info("Asked for {} books-match report(s) of auto-sync windows that ended before the last stop", missed);
        }
    }

    /** Hands every due report to a worker thread. */
    public void poll() {
        poller.poll();
    }

    /**
     * Runs every due report on the calling thread (for tests and benchmarks).
     *
     * @return reports kept
     */
    public int drain() {
        int kept = 0;
        for (TenantId tenant : store.due(clock.instant())) {
            kept += poller.runHere(tenant, () -> job.work(tenant, poller::stopping)) ? 1 : 0;
        }
        return kept;
    }

    /** No new poll, and the running reports end at their next step; returns at once. */
    @Override
    public void stopTaking() {
        poller.stopTaking();
    }

    @Override
    public void stop(java.time.Instant deadline) {
        poller.stop(deadline);
    }

    /** The reports due (requested and not yet run), one worker per company. */
    private final class Reports implements DuePoller.Jobs<TenantId> {
        @Override
        public java.util.Collection<TenantId> due() {
            askForMissedWindows();
            return store.due(clock.instant());
        }

        @Override
        public Object key(TenantId tenant) {
            return tenant;
        }

        @Override
        public void work(TenantId tenant, java.util.function.BooleanSupplier stopping) {
            job.work(tenant, stopping);
        }

        @Override
        public void failed(TenantId tenant, Throwable failure) {
            // The host or the database failed mid-run: the request stays for the next poll.
            if (failure instanceof Error) {
                LOG.error("Books-match report of {} failed, tried again at the next poll", tenant, failure);
            } else {
                LOG.warn("Books-match report of {} stopped, tried again at the next poll: {}", tenant,
                        failure.toString());
            }
        }
    }
}
