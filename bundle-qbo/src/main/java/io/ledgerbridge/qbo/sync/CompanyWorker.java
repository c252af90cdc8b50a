package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.conflict.ConflictDetector;
import io.ledgerbridge.qbo.mapping.MappingException;
import io.ledgerbridge.qbo.mapping.MappingTables;
import io.ledgerbridge.qbo.store.CompanyLease;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One pass over one company: takes the company's lease (so this node's limiter is the company's only one), claims
 * due rows in dependency order, pushes each, and ends each row one of three ways: completed (the link is stored
 * first, and the row leaves only if no change arrived meanwhile), retried later with back-off, or stopped with a
 * plain message and remedy. Runs are counted and, once all their rows are done, finished with one failure digest.
 */
public final class CompanyWorker {
    /**
     * Longer than QuickBooks' longest throttle window (one minute): a node takes a company over only after the
     * previous holder's requests have left every window, so the two nodes' limiters never overlap.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int CLAIM_BATCH = 50;
    /** Batch calls one company's pass keeps in flight unless configured ({@code batch.in.flight}). */
    public static final int DEFAULT_BATCH_IN_FLIGHT = 4;

    private final HostRecords host;
    private final QboGateway qbo;
    private final CompanyAccess access;
    private final SettingsStore settings;
    private final OutboxQueue queue;
    private final SyncRuns runs;
    private final CompanyLease lease;
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
    private final ExecutorService calls = Executors.newCachedThreadPool(WorkerThreads.daemons("ledgerbridge-qbo-batch"));
    private final int batchInFlight;
    private volatile boolean stopping;

    /**
     * @param host the host's records
     * @param qbo QuickBooks
     * @param access whether a company may be worked (connection, canSync)
     * @param settings tenants' settings and mappings
     * @param outbox the intake
     * @param queue the outbox, workers' side
     * @param links the link store
     * @param runs the sync history
     * @param log the sync log
     * @param lease the per-company lease
     * @param conflicts open conflicts (a record with one is not pushed)
     * @param backoff retry waits
     * @param finisher ends runs and sends digests
     * @param clock the clock
     * @param nodeId this node's name
     * @param batchInFlight batch calls one company's pass keeps in flight (the company's throttle bounds them too)
     */
    public CompanyWorker(HostRecords host, QboGateway qbo, CompanyAccess access, SettingsStore settings,
            Outbox outbox, OutboxQueue queue, LinkStore links, SyncRuns runs, SyncLog log, CompanyLease lease,
            ConflictStore conflicts, Backoff backoff, RunFinisher finisher, Clock clock, String nodeId, int batchInFlight) {
        if (batchInFlight < 1) {
            throw new IllegalArgumentException("batchInFlight must be at least 1");
        }
        this.batchInFlight = batchInFlight;
        this.host = host;
        this.qbo = qbo;
        this.access = access;
        this.settings = settings;
        this.queue = queue;
        this.runs = runs;
        this.lease = lease;
        this.finisher = finisher;
        this.clock = clock;
        this.nodeId = nodeId;
        this.conflicts = new ConflictDetector(links, conflicts, clock);
        EntityWriter writer = new EntityWriter(qbo, links, this.conflicts, clock);
        NameLists names = new NameLists(qbo);
        this.customers = new CustomerPusher(host, links, outbox, writer, names, qbo);
        this.payments = new PaymentPusher(links, writer);
        this.invoices = new InvoicePusher(host, links, qbo, writer, customers, new ItemResolver(qbo, names), names,
                payments, queue);
        this.expenses = new ExpensePusher(host, qbo, writer, customers, names);
        this.batches = new BatchSender(qbo, queue);
        this.ender = new RowEnder(queue, runs, log, backoff, clock);
        this.links = links;
    }

    /**
     * Works one company's due rows, if this node can take its lease.
     *
     * @param tenant the tenant
     * @return how many rows were ended (completed, retried later or stopped)
     */
    public int work(TenantId tenant) {
        ConnectorSettings s = settings.find(tenant).orElseGet(ConnectorSettings::defaults);
        if (!s.enabled()) {
            return 0; // the enable switch: changes wait in the outbox until the company is enabled
        }
        CompanyAccess.Access a = access.check(tenant);
        if (!a.canSync()) {
            return 0; // paused (not connected, reconnect required): the OAuth side tells the administrators
        }
        if (!lease.tryAcquire(tenant, nodeId, clock.instant(), LEASE)) {
            return 0; // another node works this company
        }
        int done = 0;
        Pass pass = new Pass(tenant, a.realmId(), s, tables(tenant), () -> qbo.company(tenant));
        BatchFlights flights = new BatchFlights(pass, batches, queue, ender, calls, batchInFlight);
        String[] eventRun = {null};
        List<BatchSender.Item> waiting = new ArrayList<>();
        RecordType tier = null;
        boolean stop = false;
        while (!stop && !stopping) {
            Instant now = clock.instant();
            List<OutboxQueue.Claimed> rows = queue.claimDue(tenant, nodeId, now, now.plus(CLAIM), CLAIM_BATCH,
                    flights.working(waiting));
            if (rows.isEmpty()) {
                break;
            }
            if (!prefetch(pass, rows)) {
                stop = true;
                break;
            }
            for (OutboxQueue.Claimed row : rows) {
                if (!lease.tryAcquire(tenant, nodeId, clock.instant(), LEASE)) {
                    stop = true; // lost the lease (a long stall): leave the rest to the new holder
                    break;
                }
                // A batch's items cannot see each other, nor batches in flight: a record that may depend on earlier
                // ones (the next tier, or a replay) waits until every batch before it is answered and ended.
                if (tier != row.record().type() || row.inFlightBatch() != null) {
                    boolean go = flights.flush(waiting);
                    stop = !(flights.drain() && go);
                } else if (waiting.size() == BatchSender.MAX_ITEMS) {
                    stop = !flights.flush(waiting);
                }
                if (stop) {
                    break;
                }
                tier = row.record().type();
                String runId = row.runId() != null ? row.runId() : eventRun(tenant, eventRun);
                done++;
                if (row.inFlightBatch() != null) {
                    stop = !replay(pass, flights, row, runId);
                } else {
                    Step step = plan(pass, row, runId);
                    stop = step == STOP;
                    if (step != null && !stop) {
                        waiting.add(new BatchSender.Item(row, runId, step));
                    }
                }
                if (stop) {
                    break;
                }
            }
        }
        if (!stop) {
            flights.flush(waiting);
        }
        // Calls already sent are answered and their rows ended even when the company stops.
        flights.drain();
        finisher.finishDone(tenant, s);
        // The lease is kept (not released) until it expires: see LEASE.
        return done;
    }

    /** Ends every pass at its next batch boundary (the connector is stopping); claimed rows are all ended first. */
    void stop() {
        stopping = true;
    }

    /** Lets the batch calls still running finish (passes are over by now); never interrupts them. */
    void close(Duration wait) {
        WorkerThreads.stop(calls, "batch call", wait);
    }

    /** @return false when the company must stop */
    private boolean prefetch(Pass pass, List<OutboxQueue.Claimed> rows) {
        List<String> customerIds = rows.stream().filter(r -> r.record().type() == RecordType.CUSTOMER)
                .filter(r -> r.inFlightBatch() == null).map(r -> r.record().hostId()).toList();
        try {
            customers.prefetch(pass, customerIds);
            return true;
        } catch (QboFault f) {
            // Only an optimisation: each customer looks itself up again; a lost connection stops the company.
            return FaultTranslator.translate(rows.get(0).record(), f).action() != PushFailure.Action.STOP_COMPANY;
        } catch (RuntimeException e) {
            return true; // a record the host could not give, or cannot be mapped: its row reports it when planned
        }
    }

    private String eventRun(TenantId tenant, String[] holder) {
        if (holder[0] == null) {
            holder[0] = runs.start(tenant, SyncTrigger.EVENT, null, clock.instant());
            runs.markEnqueued(holder[0]);
        }
        return holder[0];
    }

    private MappingTables tables(TenantId tenant) {
        List<io.ledgerbridge.api.settings.Mapping> all = new ArrayList<>();
        Arrays.stream(MappingKind.values()).forEach(k -> all.addAll(settings.mappings(tenant, k)));
        return new MappingTables(all);
    }

    /** Marks "the company must stop" among plan results. */
    private static final Step STOP = Step.done(Written.skipped("stop"));

    /**
     * Prepares a row's push up to its last write (dependencies, look-ups and reads happen here).
     *
     * @return the step to finish, {@code null} when the row already ended, or {@link #STOP}
     */
    private Step plan(Pass pass, OutboxQueue.Claimed row, String runId) {
        pass.row = row;
        boolean force = row.trigger() == SyncTrigger.RESYNC;
        try {
            // An open conflict holds every push of the record (event, Sync now, re-sync) until it is resolved.
            var open = row.record().type() == RecordType.PAYMENT ? java.util.Optional.<ConflictStore.Stored>empty()
                    : conflicts.open(pass.tenant, row.record());
            if (open.isPresent()) {
                return ender.decide(pass, row, runId, PushFailure.conflict(ConflictDetector.summary(open.get()),
                        ConflictDetector.REMEDY)) ? null : STOP;
            }
            Step step = dispatch(pass, row, force);
            if (!step.isPending()) {
                return ender.finish(pass, row, runId, step::now) ? null : STOP;
            }
            return step;
        } catch (MappingException | InvalidInputException e) {
            return ender.stopRecord(pass, row, runId, PushFailure.stop(e.getMessage(), e.remedy())) ? null : STOP;
        } catch (QboFault f) {
            return ender.decide(pass, row, runId, FaultTranslator.translate(row.record(), f)) ? null : STOP;
        } catch (PushFailure f) {
            return ender.decide(pass, row, runId, f) ? null : STOP;
        } catch (RuntimeException e) {
            // Last: failures outside QuickBooks (host or database) become visible, retried record failures.
            return ender.decide(pass, row, runId, PushFailure.unexpected(e)) ? null : STOP;
        }
    }

    /**
     * A row whose batch call was sent but never answered (a crash or a timeout): the same batch id again, so
     * QuickBooks replays what it did. When the row changed since, the replayed answer is only the link; the newer
     * change is pushed on the next pass.
     */
    private boolean replay(Pass pass, BatchFlights flights, OutboxQueue.Claimed row, String runId) {
        pass.row = row;
        Step step;
        try {
            step = dispatch(pass, row, true);
        } catch (RuntimeException e) {
            // Planned normally once it is due again (a row must always end, or the pass would claim it again).
            queue.clearBatch(row);
            return ender.decide(pass, row, runId, e instanceof PushFailure f ? f
                    : e instanceof QboFault q ? FaultTranslator.translate(row.record(), q)
                    : e instanceof MappingException m ? PushFailure.stop(m.getMessage(), m.remedy())
                    : PushFailure.unexpected(e));
        }
        if (!step.isPending()) {
            queue.clearBatch(row);
            return ender.finish(pass, row, runId, step::now);
        }
        BatchSender.Item item = new BatchSender.Item(row, runId, step);
        Map<String, Object> answers;
        try {
            answers = batches.send(pass.tenant, row.inFlightBatch(), List.of(item));
        } catch (QboFault f) {
            return ender.decide(pass, row, runId, FaultTranslator.translate(row.record(), f));
        }
        Object answer = answers.get(item.bId());
        queue.clearBatch(row);
        if (answer instanceof com.fasterxml.jackson.databind.node.ObjectNode entity && row.changedSinceBatch()) {
            step.then(entity);
            links.forgetPushedHash(pass.tenant, row.record());
            queue.retryLater(row, clock.instant(), null, null, false);
            return true;
        }
        return flights.apply(List.of(item), answers);
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
        pass.row = row;
        if (invoiceQboId.isEmpty()) {
            return Step.done(Written.skipped("Its invoice " + invoice.invoiceNumber() + " is not pushed ("
                    + invoice.status().name().toLowerCase(java.util.Locale.ROOT) + " or dated before the sync "
                    + "start date)"));
        }
        String billTo = customers.ensureBillTo(pass, invoice.hostCustomerId(), invoice.hostProjectId());
        return payments.step(pass, payment, billTo, invoiceQboId.get());
    }


}
