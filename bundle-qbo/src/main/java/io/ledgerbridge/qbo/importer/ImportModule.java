package io.ledgerbridge.qbo.importer;

import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.ImportStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.DuePoller;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.time.Clock;
import java.time.Duration;
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
    private final DuePoller<ImportStore.Cursor> poller;

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
        LinkStore links = new LinkStore(database);
        this.job = new ImportJob(qbo, records, access, new SettingsStore(database, clock), store,
                new CompanyLease(database.dataSource()), new ContactImporter(records, ledger, links, store, clock),
                new InvoiceImporter(records, ledger, links, store, qbo, clock), clock, nodeId);
        this.poller = new DuePoller<>("ledgerbridge-qbo-import", threads, poll, "import", "QuickBooks import poll", LOG,
                new Imports());
        this.service = new ImportService(store, links, access, poller::wake, clock);
    }

    /** @return the import operations */
    public ImportService imports() {
        return service;
    }

    /** Starts polling. */
    public void start() {
        poller.start();
    }

    /** Hands every due import to a worker thread. */
    public void poll() {
        poller.poll();
    }

    /** No new poll, and the running imports end at their next page; returns at once. */
    @Override
    public void stopTaking() {
        poller.stopTaking();
    }

    @Override
    public void stop(java.time.Instant deadline) {
        poller.stop(deadline);
    }

    /** The running imports that are due, one worker per import. */
    private final class Imports implements DuePoller.Jobs<ImportStore.Cursor> {
        @Override
        public java.util.Collection<ImportStore.Cursor> due() {
            return store.due(clock.instant());
        }

        @Override
        public Object key(ImportStore.Cursor cursor) {
            return cursor.importId();
        }

        @Override
        public void work(ImportStore.Cursor cursor, java.util.function.BooleanSupplier stopping) {
            job.work(cursor, stopping);
        }

        @Override
        public void failed(ImportStore.Cursor cursor, Throwable failure) {
            if (failure instanceof Error) {
                LOG.error("QuickBooks import {} of {} failed, resumed at the next poll", cursor.importId(),
                        cursor.tenant(), failure);
            } else {
                // The host or the database failed mid-page: the import resumes from its saved cursor.
                LOG.warn("QuickBooks import {} of {} paused, resumed at the next poll: {}", cursor.importId(),
                        cursor.tenant(), failure.toString());
            }
        }
    }
}
