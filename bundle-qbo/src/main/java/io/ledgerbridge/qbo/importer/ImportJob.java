package io.ledgerbridge.qbo.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.ImportStore;
import io.ledgerbridge.qbo.store.ImportStore.Counts;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.CompanyWorker;
import io.ledgerbridge.qbo.sync.QboFault;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Works one import from its saved cursor to the end: one page of 1,000 at a time (customers, then sub-customers,
 * then outstanding invoices), saving the cursor and the page's counts after each, renewing the company lease between
 * pages. A page that fails on QuickBooks' side (unreachable, 5xx) is tried again after a back-off from the same
 * cursor; one that may not go now ({@link CompanyMustWait}: the company's throttle is full, or QuickBooks answered
 * 429) is tried again when the company may go on. Either way through {@code next_attempt_at}: no thread waits.
 */
final class ImportJob {
    static final int PAGE = 1000;
    private static final int MAX_ATTEMPTS = 8;

    private final QboGateway qbo;
    private final HostRecords host;
    private final CompanyAccess access;
    private final SettingsStore settings;
    private final ImportStore store;
    private final CompanyLease lease;
    private final ContactImporter contacts;
    private final InvoiceImporter invoices;
    private final Clock clock;
    private final String nodeId;

    ImportJob(QboGateway qbo, HostRecords host, CompanyAccess access, SettingsStore settings, ImportStore store,
            CompanyLease lease, ContactImporter contacts, InvoiceImporter invoices, Clock clock, String nodeId) {
        this.qbo = qbo;
        this.host = host;
        this.access = access;
        this.settings = settings;
        this.store = store;
        this.lease = lease;
        this.contacts = contacts;
        this.invoices = invoices;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /** The kinds an import pages, in order. */
    static List<ImportKind> kinds(ImportRequest request) {
        List<ImportKind> kinds = new ArrayList<>();
        if (request.contacts()) {
            kinds.add(ImportKind.CUSTOMER);
            kinds.add(ImportKind.PROJECT);
        }
        if (request.invoices()) {
            kinds.add(ImportKind.INVOICE);
        }
        return kinds;
    }

    /**
     * @param cursor where the import is
     * @param stopping whether this node is stopping (the import then waits, RUNNING, for the next start)
     */
    void work(ImportStore.Cursor cursor, BooleanSupplier stopping) {
        CompanyAccess.Access a = access.check(cursor.tenant());
        if (a.realmId() == null) {
            store.addError(cursor.importId(), null, null, "The import stopped: " + a.reason(), a.remedy(),
                    clock.instant());
            store.finish(cursor.importId(), cursor.tenant(), SyncRunState.INTERRUPTED, clock.instant());
            return;
        }
        if (!a.canSync() || !lease.tryAcquire(cursor.tenant(), nodeId, CompanyWorker.LEASE)) {
            return; // paused, or another node works this company: tried again at the next poll
        }
        ConnectorSettings s = settings.find(cursor.tenant()).orElseGet(ConnectorSettings::defaults);
        ImportContext ctx = new ImportContext(cursor.importId(), cursor.tenant(), a.realmId(), cursor.request(), s);
        List<ImportKind> kinds = kinds(cursor.request());
        ImportKind kind = cursor.kind();
        int position = cursor.position();
        HostContacts index = null;
        String homeCurrency = null;
        int failedAttempts = cursor.failedAttempts();
        try {
            while (true) {
                QboGateway.PageQuery query = query(kind, cursor.request());
                if (position == 1) {
                    store.total(ctx.importId(), kind, qbo.count(ctx.tenant(), query));
                }
                List<ObjectNode> page = qbo.page(ctx.tenant(), query, position, PAGE);
                Counts[] counts;
                if (kind == ImportKind.INVOICE) {
                    homeCurrency = homeCurrency != null ? homeCurrency : qbo.company(ctx.tenant()).homeCurrency();
                    counts = invoices.page(ctx, homeCurrency, page);
                } else {
                    index = index != null ? index : HostContacts.load(host, ctx.tenant(), s, true);
                    counts = new Counts[] {kind == ImportKind.CUSTOMER ? contacts.customers(ctx, index, page)
                            : contacts.projects(ctx, index, page)};
                }
                boolean last = page.size() < PAGE;
                int next = kinds.indexOf(kind) + 1;
                ImportKind nextKind = !last ? kind : next < kinds.size() ? kinds.get(next) : kind;
                if (counts.length > 1) {
                    store.savePage(ctx.importId(), ImportKind.PAYMENT, counts[1], kind, position);
                }
                store.savePage(ctx.importId(), kind, counts[0], nextKind, last ? 1 : position + PAGE);
                failedAttempts = 0;
                if (last && next >= kinds.size()) {
                    store.finish(ctx.importId(), ctx.tenant(), SyncRunState.FINISHED, clock.instant());
                    return;
                }
                if (last) {
                    index = null; // projects see the customers this import created
                }
                kind = nextKind;
                position = last ? 1 : position + PAGE;
                if (stopping.getAsBoolean() || !lease.tryAcquire(ctx.tenant(), nodeId, CompanyWorker.LEASE)) {
                    return; // resumes from the saved cursor
                }
            }
        } catch (CompanyMustWait wait) {
            // A full throttle or a 429: the page is asked again, from the saved cursor, when the company may go on
            // (no attempt counted); this thread serves another import meanwhile.
            store.retryLater(ctx.importId(), failedAttempts, wait.until());
        } catch (QboFault f) {
            int attempts = failedAttempts + 1;
            if (f.retryable() && attempts < MAX_ATTEMPTS) {
                Duration wait = f.retryAfter() != null ? f.retryAfter() : Duration.ofSeconds(5L << Math.min(attempts, 6));
                store.retryLater(ctx.importId(), attempts, clock.instant().plus(wait));
                return;
            }
            store.addError(ctx.importId(), kind, null, "The import stopped: QuickBooks answered " + f.getMessage(),
                    "Start the import again once QuickBooks answers; it links what was already imported",
                    clock.instant());
            store.finish(ctx.importId(), ctx.tenant(), SyncRunState.INTERRUPTED, clock.instant());
        }
    }

    static QboGateway.PageQuery query(ImportKind kind, ImportRequest request) {
        return switch (kind) {
            case CUSTOMER, PROJECT -> new QboGateway.PageQuery("Customer", List.of(new QboGateway.Condition("Job",
                    "=", List.of(String.valueOf(kind == ImportKind.PROJECT)))), true);
            default -> {
                List<QboGateway.Condition> where = new ArrayList<>();
                where.add(new QboGateway.Condition("Balance", ">", List.of("0")));
                if (request.invoicesFrom() != null) {
                    where.add(new QboGateway.Condition("TxnDate", ">=", List.of(request.invoicesFrom().toString())));
                }
                yield new QboGateway.PageQuery("Invoice", where, false);
            }
        };
    }
}
