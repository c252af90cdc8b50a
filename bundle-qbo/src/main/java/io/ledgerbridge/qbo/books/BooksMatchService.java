package io.ledgerbridge.qbo.books;

import io.ledgerbridge.api.BooksMatchOperations;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.BooksMatchStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import java.time.Clock;
import java.util.Optional;

/**
 * {@link BooksMatchOperations}: asking records the request and returns at once (the module's workers run it on the
 * lease holder); unlink and link act on the sync links and are written to the sync log with the user's id.
 */
public final class BooksMatchService implements BooksMatchOperations {
    /** Differences the page is given. */
    static final int SHOWN = 1000;

    private final BooksMatchStore store;
    private final LinkStore links;
    private final SyncLog log;
    private final CompanyAccess access;
    private final HostRecords host;
    private final SyncOperations sync;
    private final Runnable wake;
    private final Clock clock;

    /**
     * @param store the reports
     * @param links the sync links
     * @param log the sync log (the audit of unlink and link)
     * @param access whether the tenant is connected
     * @param host the host's records (an unlinked record still there is pushed afresh)
     * @param sync re-sync after an unlink
     * @param wake asks the module to look for work now
     * @param clock the clock
     */
    public BooksMatchService(BooksMatchStore store, LinkStore links, SyncLog log, CompanyAccess access,
            HostRecords host, SyncOperations sync, Runnable wake, Clock clock) {
        this.store = store;
        this.links = links;
        this.log = log;
        this.access = access;
        this.host = host;
        this.sync = sync;
        this.wake = wake;
        this.clock = clock;
    }

    @Override
    public void request(TenantId tenant, HostUser by) {
        realm(tenant);
        store.request(tenant, SyncTrigger.SYNC_NOW, by == null ? null : by.displayName() + " (" + by.userId() + ")",
                clock.instant());
        wake.run();
    }

    @Override
    public Optional<BooksMatchReport> latest(TenantId tenant) {
        return store.latest(tenant, SHOWN);
    }

    @Override
    public void unlink(TenantId tenant, RecordRef record, HostUser by) {
        required(record, by);
        var link = links.find(tenant, record).orElseThrow(() -> new InvalidInputException("record", record
                + " is not linked to QuickBooks", "run the report again on " + Wording.PAGE + "; it was unlinked "
                        + "already"));
        links.clear(tenant, record);
        log.write(tenant, null, record, "UNLINKED", link.qboId(), "Unlinked from QuickBooks " + link.qboId()
                + " by " + by.displayName() + " (" + by.userId() + ") from the books-match report", null, null, null,
                null, clock.instant());
        if (stillInHost(tenant, record)) {
            sync.resync(tenant, record);
        }
    }

    @Override
    public void link(TenantId tenant, RecordRef record, String remoteId, HostUser by) {
        required(record, by);
        if (remoteId == null || remoteId.isBlank()) {
            throw new InvalidInputException("remoteId", "is required", "use Link on the report's row");
        }
        String realm = realm(tenant);
        if (links.find(tenant, record).filter(l -> l.qboId() != null).isPresent()) {
            throw new InvalidInputException("record", record + " is linked already",
                    "unlink it first on " + Wording.PAGE + " if it points at the wrong QuickBooks record");
        }
        if (links.isLinked(tenant, realm, record.type(), remoteId)) {
            throw new InvalidInputException("remoteId", "QuickBooks " + Wording.what(record) + " " + remoteId
                    + " is linked to another host record", "run the report again on " + Wording.PAGE);
        }
        // No SyncToken: the record's next push reads QuickBooks' current one, as an imported link does.
        links.linkImported(tenant, record, realm, remoteId, null, null, clock.instant());
        log.write(tenant, null, record, "LINKED", remoteId, "Linked to QuickBooks " + remoteId + " by "
                + by.displayName() + " (" + by.userId() + ") from the books-match report", null, null, null, null,
                clock.instant());
    }

    private boolean stillInHost(TenantId tenant, RecordRef record) {
        return switch (record.type()) {
            case CUSTOMER -> host.customer(tenant, record.hostId()).isPresent();
            case PROJECT -> host.project(tenant, record.hostId()).isPresent();
            case INVOICE -> host.invoice(tenant, record.hostId()).isPresent();
            case EXPENSE -> host.expense(tenant, record.hostId()).isPresent();
            case PAYMENT -> false; // a payment travels with its invoice
        };
    }

    private String realm(TenantId tenant) {
        String realm = access.check(tenant).realmId();
        if (realm == null) {
            throw new InvalidInputException("tenant", "this organisation is not connected to QuickBooks",
                    "connect QuickBooks in Settings → Integrations → QuickBooks, then run the report");
        }
        return realm;
    }

    private static void required(RecordRef record, HostUser by) {
        if (record == null || by == null) {
            throw new InvalidInputException(record == null ? "record" : "by", "is required",
                    "use the buttons of the report on " + Wording.PAGE);
        }
        if (record.type() == RecordType.PAYMENT) {
            throw new InvalidInputException("record", "a payment is linked through its invoice",
                    "act on the invoice's row of the report");
        }
    }
}
