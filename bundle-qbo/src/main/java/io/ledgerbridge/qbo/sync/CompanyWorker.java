package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.conflict.ConflictDetector;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.mapping.MappingException;
import io.ledgerbridge.qbo.mapping.MappingTables;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.PaymentPayload;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One company's turn: a bounded slice of its due rows (about one flight of batch calls), then it yields so every
 * company with due work is served fairly. The turn takes the company's lease (so this node's limiter is the company's
 * only one), claims due rows in dependency order, pushes each, and ends each row one of three ways: completed (the
 * link is stored first, and the row leaves only if no change arrived meanwhile), retried later with back-off, or
 * stopped with a plain message and remedy. It never waits for the company's throttle, a {@code Retry-After} or a
 * back-off: it says when the company may go on ({@link CompanyScheduler.Next}) and lets its thread serve another.
 * Rows it claimed and did not end are let go when it ends. Runs are counted and, once all their rows are done,
 * finished with one failure digest.
 */
public final class CompanyWorker {
    /**
     * Longer than QuickBooks' longest throttle window (one minute): a node takes a company over only after the
     * previous holder's requests have left every window, so the two nodes' limiters never overlap.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** QuickBooks' longest throttle window: how long a company given up stays with no node. */
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(1);
    /** How soon a company that cannot sync (switched off, not connected) or is another node's is looked at again. */
    private static final Duration RECHECK = Duration.ofMinutes(1);
    /** Threads giving companies their turns unless configured ({@code worker.threads}); turns mostly wait on calls. */
    public static final int DEFAULT_WORKER_THREADS = 14;
    /** Batch calls one company's turn keeps in flight unless configured ({@code batch.in.flight}). */
    public static final int DEFAULT_BATCH_IN_FLIGHT = 4;

    private final HostRecords host;
    private final QboGateway qbo;
    private final CompanyAccess access;
    private final SettingsStore settings;
    private final OutboxQueue queue;
    private final SyncRuns runs;
    private final NodeLeases leases;
    private final RunFinisher finisher;
    private final Clock clock;
    private final String nodeId;
    private final CustomerPusher customers;
    private final InvoicePusher invoices;
    private final PaymentPusher payments;
    private final ExpensePusher expenses;
    private final BatchSender batches;
    private final RowEnder ender;
    private final LinkStore links;
    private final ConflictDetector conflicts;
    private final ExecutorService calls;
    private final CompanyCache.Kept caches = new CompanyCache.Kept();
    private final int batchInFlight;
    private volatile boolean stopping;

    /**
     * @param host the host's records
     * @param qbo QuickBooks (for the push path: its calls never wait, see {@link CompanyMustWait})
     * @param access whether a company may be worked (connection, canSync)
     * @param settings tenants' settings and mappings
     * @param outbox the intake
     * @param queue the outbox, workers' side
     * @param links the link store
     * @param runs the sync history
     * @param log the sync log
     * @param leases this node's company leases
     * @param conflicts open conflicts (a record with one is not pushed)
     * @param backoff retry waits
     * @param finisher ends runs and sends digests
     * @param clock the clock
     * @param nodeId this node's name
     * @param batchInFlight batch calls one company's turn keeps in flight (the company's throttle bounds them too)
     * @param callThreads threads making batch calls for all companies (calls in flight, not companies)
     */
    CompanyWorker(HostRecords host, QboGateway qbo, CompanyAccess access, SettingsStore settings,
            Outbox outbox, OutboxQueue queue, LinkStore links, SyncRuns runs, SyncLog log, NodeLeases leases,
            ConflictStore conflicts, Backoff backoff, RunFinisher finisher, Clock clock, String nodeId,
            int batchInFlight, int callThreads) {
        if (batchInFlight < 1) {
            throw new IllegalArgumentException("batchInFlight must be at least 1");
        }
        this.batchInFlight = batchInFlight;
        this.calls = Executors.newFixedThreadPool(callThreads, WorkerThreads.daemons("ledgerbridge-qbo-call"));
        this.host = host;
        this.qbo = qbo;
        this.access = access;
        this.settings = settings;
        this.queue = queue;
        this.runs = runs;
        this.leases = leases;
        this.finisher = finisher;
        this.clock = clock;
        this.nodeId = nodeId;
        this.conflicts = new ConflictDetector(links, conflicts, clock);
        EntityWriter writer = new EntityWriter(qbo, links, this.conflicts, clock);
        NameLists names = new NameLists(qbo);
        this.customers = new CustomerPusher(host, links, outbox, writer, names, qbo);
        this.payments = new PaymentPusher(links, writer);
        this.invoices = new InvoicePusher(host, links, qbo, writer, customers, new ItemResolver(qbo, names), names,
                payments, queue, clock);
        this.expenses = new ExpensePusher(host, qbo, writer, customers, names);
        this.batches = new BatchSender(qbo, queue);
        this.ender = new RowEnder(queue, runs, log, backoff, clock);
        this.links = links;
    }

    /** @return how many rows one turn claims: one flight of full batches */
    int sliceRows() {
        return batchInFlight * BatchSender.MAX_ITEMS;
    }

    /**
     * Gives the company one turn, if it may go now.
     *
     * @param tenant the tenant
     * @return when the company's next turn is due, and how many rows this one ended
     */
    CompanyScheduler.Next turn(TenantId tenant) {
        Instant now = clock.instant();
        ConnectorSettings s = settings.find(tenant).orElseGet(ConnectorSettings::defaults);
        CompanyAccess.Access a = access.check(tenant);
        if (!s.enabled() || !a.canSync()) {
            // The enable switch, or a lost connection: changes wait in the outbox (the OAuth side tells the admins),
            // out of the polls' way; switching sync on or reconnecting makes them due at once.
            Instant later = now.plus(RECHECK);
            queue.postpone(tenant, now, later);
            return CompanyScheduler.Next.due(later, 0);
        }
        Instant ready = qbo.readyAt(tenant, sliceRows(), batchInFlight);
        if (ready.isAfter(clock.instant())) {
            return CompanyScheduler.Next.throttledUntil(ready, 0); // its window is full: come back when it is not
        }
        if (!leases.take(tenant)) {
            return CompanyScheduler.Next.due(now.plus(RECHECK), 0); // another node works it (its poll skips it too)
        }
        try {
            return new Slice(tenant, s, a.realmId()).run();
        } finally {
            // Whatever was claimed and not ended (a wait, a lost lease, a failure) is free for the next turn at once.
            queue.releaseClaims(tenant, nodeId);
            leases.afterTurn(tenant, THROTTLE_WINDOW);
        }
    }

    /** Ends every turn at its next step (the connector is stopping); what was sent is answered and ended first. */
    void stop() {
        stopping = true;
    }

    /** Lets the batch calls still running finish (turns are over by now); never interrupts them. */
    void close(Duration wait) {
        WorkerThreads.stop(calls, "batch call", wait);
    }

    /** One turn's work, top to bottom: claim, plan and send in flights, end every row, say when to come back. */
    private final class Slice {
        private final TenantId tenant;
        private final ConnectorSettings settings;
        private final Pass pass;
        private final BatchFlights flights;
        private final List<BatchSender.Item> waiting = new ArrayList<>();
        private String eventRun;

        Slice(TenantId tenant, ConnectorSettings settings, String realmId) {
            this.tenant = tenant;
            this.settings = settings;
            this.pass = new Pass(tenant, settings, tables(tenant), caches.take(tenant.value(), realmId,
                    clock.instant(), () -> qbo.company(tenant)));
            this.flights = new BatchFlights(pass, batches, queue, ender, calls, batchInFlight);
        }

        CompanyScheduler.Next run() {
            // A claim lapses no later than the lease it was taken under (claimed at the turn's start, the lease renewed
            // after), so a node that takes a dead node's company finds its rows free, not held for minutes more.
            List<OutboxQueue.Claimed> rows = queue.claimDue(tenant, nodeId, clock.instant(), leases.ttl(), sliceRows(),
                    java.util.Set.of());
            if (rows.isEmpty()) {
                finisher.finishDone(tenant, settings);
                return upNext(0, false);
            }
            CompanyMustWait wait = null;
            int ended = 0;
            boolean more = rows.size() == sliceRows();
            try {
                prefetch(pass, rows);
                RecordType tier = null;
                for (OutboxQueue.Claimed row : rows) {
                    // A batch's items cannot see each other, nor batches in flight: a record that may depend on
                    // earlier ones (the next tier, or a replay) waits until every batch before it is answered.
                    if (tier != row.record().type() || row.inFlightBatch() != null) {
                        if (ended >= BatchSender.MAX_ITEMS) {
                            more = true;
                            break; // one flight per turn: the next tier waits for the company's next turn
                        }
                        flights.flush(waiting);
                        flights.drain();
                        tier = row.record().type();
                    } else if (waiting.size() == BatchSender.MAX_ITEMS) {
                        flights.flush(waiting);
                    }
                    if (stopping || leases.lost(tenant)) {
                        break; // the rest are let go: the new holder (or the next start) pushes them
                    }
                    push(pass.forRow(row));
                    ended++;
                }
                flights.flush(waiting);
            } catch (CompanyMustWait w) {
                wait = w;
            } finally {
                wait = drainAll(wait);
            }
            finisher.finishDone(tenant, settings);
            if (wait != null) {
                // Only QuickBooks' throttle binds: a lost connection comes back as soon as the administrator reconnects.
                return wait.throttled() ? CompanyScheduler.Next.throttledUntil(wait.until(), ended)
                        : CompanyScheduler.Next.due(wait.until(), ended);
            }
            return upNext(ended, more);
        }

        /** Calls already sent are answered and their rows ended, even when the company must wait. */
        private CompanyMustWait drainAll(CompanyMustWait wait) {
            try {
                flights.drain();
                return wait;
            } catch (CompanyMustWait w) {
                return BatchFlights.later(wait, w);
            }
        }

        private CompanyScheduler.Next upNext(int ended, boolean more) {
            if (more) {
                return CompanyScheduler.Next.now(clock.instant(), ended);
            }
            return queue.nextDue(tenant).map(at -> CompanyScheduler.Next.due(at, ended))
                    .orElseGet(() -> CompanyScheduler.Next.idle(ended));
        }

        /** Plans one row; its last write joins the waiting batch, or it ends here. */
        private void push(Pass rowPass) {
            OutboxQueue.Claimed row = rowPass.row;
            String runId = row.runId() != null ? row.runId() : eventRun();
            if (row.inFlightBatch() != null) {
                replay(rowPass, flights, row, runId);
                return;
            }
            Step step = plan(rowPass, row, runId);
            if (step != null) {
                waiting.add(new BatchSender.Item(row, runId, step));
            }
        }

        private String eventRun() {
            if (eventRun == null) {
                eventRun = runs.start(tenant, SyncTrigger.EVENT, null, clock.instant());
                runs.markEnqueued(eventRun);
            }
            return eventRun;
        }
    }

    /** Looks the turn's new customers up ahead, in as few calls as it can; only an optimisation. */
    private void prefetch(Pass pass, List<OutboxQueue.Claimed> rows) {
        List<String> customerIds = rows.stream().filter(r -> r.record().type() == RecordType.CUSTOMER)
                .filter(r -> r.inFlightBatch() == null).map(r -> r.record().hostId()).toList();
        try {
            customers.prefetch(pass, customerIds);
        } catch (QboFault f) {
            // Each customer looks itself up again; a lost connection stops the company.
            if (FaultTranslator.translate(rows.get(0).record(), f).action() == PushFailure.Action.STOP_COMPANY) {
                throw new CompanyMustWait(clock.instant().plus(RECHECK), f.getMessage(), false);
            }
        } catch (CompanyMustWait w) {
            throw w;
        } catch (RuntimeException e) {
            // A record the host could not give, or cannot be mapped: its row reports it when planned.
        }
    }

    private MappingTables tables(TenantId tenant) {
        return new MappingTables(settings.allMappings(tenant));
    }

    /**
     * Prepares a row's push up to its last write (dependencies, look-ups and reads happen here).
     *
     * @return the step to finish, or {@code null} when the row already ended
     * @throws CompanyMustWait when the company must wait or stop (the row is let go, or ended when it failed)
     */
    private Step plan(Pass pass, OutboxQueue.Claimed row, String runId) {
        boolean force = row.trigger() == SyncTrigger.RESYNC;
        try {
            // An open conflict holds every push of the record (event, Sync now, re-sync) until it is resolved.
            var open = row.record().type() == RecordType.PAYMENT ? java.util.Optional.<ConflictStore.Stored>empty()
                    : conflicts.open(pass.tenant, row.record());
            if (open.isPresent()) {
                ender.decide(pass, row, runId, PushFailure.conflict(ConflictDetector.summary(open.get()),
                        ConflictDetector.REMEDY));
                return null;
            }
            Step step = dispatch(pass, row, force);
            if (step.isPending()) {
                return step;
            }
            ender.finish(pass, row, runId, step::now);
        } catch (CompanyMustWait w) {
            throw w;
        } catch (MappingException | InvalidInputException e) {
            ender.stopRecord(pass, row, runId, PushFailure.stop(e.getMessage(), e.remedy()), false);
        } catch (QboFault f) {
            ender.decide(pass, row, runId, FaultTranslator.translate(row.record(), f));
        } catch (PushFailure f) {
            ender.decide(pass, row, runId, f);
        } catch (RuntimeException e) {
            // Last: failures outside QuickBooks (host or database) become visible, retried record failures.
            ender.decide(pass, row, runId, PushFailure.unexpected(e));
        }
        return null;
    }

    /**
     * A row whose batch call was sent but never answered (a crash or a timeout): the same batch id again, so
     * QuickBooks replays what it did. When the row changed since, the replayed answer is only the link; the newer
     * change is pushed on the next turn.
     */
    private void replay(Pass pass, BatchFlights flights, OutboxQueue.Claimed row, String runId) {
        Step step;
        try {
            step = dispatch(pass, row, true);
        } catch (CompanyMustWait w) {
            throw w;
        } catch (RuntimeException e) {
            // Planned normally once it is due again (a row must always end, or the turn would claim it again).
            queue.clearBatch(row);
            ender.decide(pass, row, runId, e instanceof PushFailure f ? f
                    : e instanceof QboFault q ? FaultTranslator.translate(row.record(), q)
                    : e instanceof MappingException m ? PushFailure.stop(m.getMessage(), m.remedy())
                    : PushFailure.unexpected(e));
            return;
        }
        if (!step.isPending()) {
            queue.clearBatch(row);
            ender.finish(pass, row, runId, step::now);
            return;
        }
        BatchSender.Item item = new BatchSender.Item(row, runId, step);
        Map<String, Object> answers;
        try {
            answers = batches.send(pass.tenant, row.inFlightBatch(), List.of(item));
        } catch (QboFault f) {
            ender.decide(pass, row, runId, FaultTranslator.translate(row.record(), f));
            return;
        }
        Object answer = answers.get(item.bId());
        queue.clearBatch(row);
        if (answer instanceof com.fasterxml.jackson.databind.node.ObjectNode entity && row.changedSinceBatch()) {
            step.then(entity);
            links.forgetPushedHash(pass.tenant, row.record());
            queue.retryLater(row, clock.instant(), null, null, false);
            return;
        }
        flights.apply(List.of(item), answers);
    }

    private Step dispatch(Pass pass, OutboxQueue.Claimed row, boolean force) {
        String id = row.record().hostId();
        return switch (row.record().type()) {
            case CUSTOMER -> customers.stepCustomer(pass, id, force);
            case PROJECT -> Step.done(customers.pushProject(pass, id, force));
            case INVOICE -> invoices.step(pass, id, force);
            case EXPENSE -> expenses.step(pass, id, force);
            case PAYMENT -> payment(pass, row);
        };
    }

    private Step payment(Pass pass, OutboxQueue.Claimed row) {
        if (row.payload() == null) {
            return Step.done(Written.skipped("The payment's details were not recorded; re-sync its invoice instead"));
        }
        HostPayment payment = PaymentPayload.fromJson(row.payload());
        HostInvoice invoice = host.invoice(pass.tenant, payment.hostInvoiceId())
                .orElseThrow(() -> PushFailure.stop("The paid invoice " + payment.hostInvoiceId()
                        + " no longer exists in the host", "Record the payment against an existing invoice"));
        // An invoice not yet in QuickBooks is pushed first; a failed one makes the payment wait with its reason.
        var invoiceQboId = invoices.ensureInvoice(pass, invoice.hostInvoiceId());
        if (invoiceQboId.isEmpty()) {
            return Step.done(Written.skipped("Its invoice " + invoice.invoiceNumber() + " is not pushed ("
                    + invoice.status().name().toLowerCase(java.util.Locale.ROOT) + " or dated before the sync "
                    + "start date)"));
        }
        String billTo = customers.ensureBillTo(pass, invoice.hostCustomerId(), invoice.hostProjectId());
        return payments.step(pass, payment, billTo, invoiceQboId.get());
    }


}
