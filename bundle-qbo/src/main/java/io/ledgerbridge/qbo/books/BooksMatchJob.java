package io.ledgerbridge.qbo.books;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.store.BooksMatchStore;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.CompanyWorker;
import io.ledgerbridge.qbo.sync.QboFault;
import io.ledgerbridge.qbo.sync.QboGateway;
import io.ledgerbridge.qbo.sync.QboGateway.Condition;
import io.ledgerbridge.qbo.sync.QboGateway.PageQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one asked-for report on the node holding the company's lease: the host's side and the links in memory, then
 * QuickBooks' invoices, the payments that explain lower balances and the customers, 1,000 a query through the
 * company's own client and throttle (the sync engine's gateway), renewing the lease between pages. The report is kept
 * only when it ran to the end; a lost lease or a QuickBooks outage leaves the request waiting for the next try.
 * The client does not wait: a company whose throttle is full or that QuickBooks answered 429
 * ({@link CompanyMustWait}) has its request due again ({@code next_attempt_at}) when it may go on, and the report
 * then runs from the start (it is read in one go, so nothing half-done is kept).
 */
final class BooksMatchJob {
    static final int PAGE = 1000;
    private static final int MAX_ATTEMPTS = 6;

    private final QboGateway qbo;
    private final HostRecords host;
    private final CompanyAccess access;
    private final SettingsStore settings;
    private final BooksMatchStore store;
    private final CompanyLease lease;
    private final ConflictStore conflicts;
    private final Outbox outbox;
    private final Clock clock;
    private final String nodeId;

    BooksMatchJob(QboGateway qbo, HostRecords host, CompanyAccess access, SettingsStore settings,
            BooksMatchStore store, CompanyLease lease, ConflictStore conflicts, Outbox outbox, Clock clock,
            String nodeId) {
        this.qbo = qbo;
        this.host = host;
        this.access = access;
        this.settings = settings;
        this.store = store;
        this.lease = lease;
        this.conflicts = conflicts;
        this.outbox = outbox;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /** Another node took the company's lease mid-run. */
    private static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost() {
            super(null, null, false, false);
        }
    }

    /**
     * @param tenant a tenant whose report is due
     * @param stopping whether this node is stopping
     * @return whether a report was kept
     */
    boolean work(TenantId tenant, BooleanSupplier stopping) {
        Optional<BooksMatchStore.Pending> pending = store.pending(tenant);
        if (pending.isEmpty()) {
            return false;
        }
        CompanyAccess.Access a = access.check(tenant);
        if (a.realmId() == null) {
            store.abandon(tenant, "The report could not run: " + a.reason(), a.remedy());
            return false;
        }
        if (!a.canSync() || !lease.tryAcquire(tenant, nodeId, CompanyWorker.LEASE)) {
            return false; // paused, or another node holds the company: that node runs it, or this one later
        }
        Instant ready = qbo.readyAt(tenant, 1, 0);
        Instant started = clock.instant();
        if (ready.isAfter(started)) {
            waitFor(tenant, pending.get(), ready); // before reading the host's side, which a wait would waste
            return false;
        }
        int[] calls = {0};
        try {
            ConnectorSettings s = settings.find(tenant).orElseGet(ConnectorSettings::defaults);
            BooksComparison comparison = new BooksComparison(HostBooks.load(host, tenant, s),
                    LinkIndex.load(store, tenant, a.realmId()), facts(tenant));
            Runnable renew = () -> {
                if (stopping.getAsBoolean() || !lease.tryAcquire(tenant, nodeId, CompanyWorker.LEASE)) {
                    throw new LeaseLost();
                }
            };
            pages(tenant, new PageQuery("Invoice", List.of(), false), calls, renew, comparison::invoicePage);
            comparison.invoicesDone();
            Map<String, JsonNode> payments = new HashMap<>();
            List<String> unknown = comparison.unknownPayments();
            for (int from = 0; from < unknown.size(); from += PAGE) {
                renew.run();
                List<String> ids = unknown.subList(from, Math.min(from + PAGE, unknown.size()));
                calls[0]++;
                qbo.page(tenant, new PageQuery("Payment", List.of(new Condition("Id", "IN", ids)), false), 1, PAGE)
                        .forEach(p -> payments.put(p.path("Id").asText(), p));
            }
            comparison.payments(payments);
            pages(tenant, new PageQuery("Customer", List.of(), true), calls, renew, comparison::customerPage);
            List<BooksDifference> differences = comparison.finish();
            store.finish(tenant, pending.get(), new BooksMatchStore.Finished(started, clock.instant(),
                    comparison.customersCompared(), comparison.invoicesCompared(), calls[0], differences));
            return true;
        } catch (LeaseLost e) {
            return false; // the request stays; whoever holds the company next runs it
        } catch (CompanyMustWait wait) {
            waitFor(tenant, pending.get(), wait.until());
            return false;
        } catch (QboFault f) {
            int attempts = pending.get().failedAttempts() + 1;
            if (f.retryable() && attempts < MAX_ATTEMPTS) {
                Duration wait = f.retryAfter() != null ? f.retryAfter() : Duration.ofSeconds(5L << attempts);
                store.retryLater(tenant, attempts, clock.instant().plus(wait), "The last report stopped: QuickBooks "
                        + "answered " + f.getMessage(), "It is tried again on its own at " + clock.instant().plus(wait));
            } else {
                store.abandon(tenant, "The report stopped: QuickBooks answered " + f.getMessage(),
                        f.kind() == QboFault.Kind.AUTHORIZATION ? "Reconnect in Settings → Integrations → QuickBooks, "
                                + "then run it again on " + Wording.PAGE
                                : "Run it again on " + Wording.PAGE + " once QuickBooks answers");
            }
            return false;
        }
    }

    /**
     * The company may not call QuickBooks now (its throttle is full, or QuickBooks answered 429): the request is due
     * again when it may, no attempt counted, and the thread serves another company meanwhile.
     */
    private void waitFor(TenantId tenant, BooksMatchStore.Pending pending, Instant until) {
        store.retryLater(tenant, pending.failedAttempts(), until, "The report waits for QuickBooks: the company "
                + "reached QuickBooks' request limit", "Nothing to do: it runs on its own at " + until);
    }

    /** Every page of a query, 1,000 rows a call, the lease renewed before each. */
    private void pages(TenantId tenant, PageQuery query, int[] calls, Runnable renew, Consumer<List<ObjectNode>> sink) {
        for (int position = 1; ; position += PAGE) {
            renew.run();
            calls[0]++;
            List<ObjectNode> page = qbo.page(tenant, query, position, PAGE);
            sink.accept(page);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private InvoiceCompare.Facts facts(TenantId tenant) {
        return new InvoiceCompare.Facts() {
            @Override
            public Optional<String> openConflict(RecordRef record) {
                return conflicts.open(tenant, record).map(ConflictStore.Stored::conflictId);
            }

            @Override
            public boolean pendingPush(RecordRef record) {
                return outbox.pending(tenant, record).isPresent();
            }
        };
    }
}
