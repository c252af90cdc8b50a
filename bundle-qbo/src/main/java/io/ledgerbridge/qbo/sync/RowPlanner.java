package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.conflict.ConflictDetector;
import io.ledgerbridge.qbo.mapping.MappingException;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.PaymentPayload;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Plans each claimed row of a turn up to its last write: an open conflict holds it, a row sent in a batch that was
 * never answered replays that batch, and every other row goes to the pusher of its record type (customer, project,
 * invoice, expense, payment). A row that cannot be planned ends here through the {@link RowEnder}; one that can
 * returns its pending {@link Step}, which the turn's {@link BatchFlights} send. Holds the pushers every company's
 * turns share.
 */
final class RowPlanner {
    private final HostRecords host;
    private final OutboxQueue queue;
    private final LinkStore links;
    private final Clock clock;
    private final ConflictDetector conflicts;
    private final CustomerPusher customers;
    private final InvoicePusher invoices;
    private final PaymentPusher payments;
    private final ExpensePusher expenses;
    private final BatchSender batches;
    private final RowEnder ender;

    /**
     * @param host the host's records
     * @param qbo QuickBooks (for the push path: its calls never wait, see {@link CompanyMustWait})
     * @param outbox the intake
     * @param queue the outbox, workers' side
     * @param links the link store
     * @param runs the sync history
     * @param log the sync log
     * @param conflicts open conflicts (a record with one is not pushed)
     * @param backoff retry waits
     * @param clock the clock
     */
    RowPlanner(HostRecords host, QboGateway qbo, Outbox outbox, OutboxQueue queue, LinkStore links, SyncRuns runs,
            SyncLog log, ConflictStore conflicts, Backoff backoff, Clock clock) {
        this.host = host;
        this.queue = queue;
        this.links = links;
        this.clock = clock;
        this.conflicts = new ConflictDetector(links, conflicts, clock);
        EntityWriter writer = new EntityWriter(qbo, links, this.conflicts, clock);
        NameLists names = new NameLists(qbo);
        this.customers = new CustomerPusher(host, links, outbox, writer, names, qbo);
        this.payments = new PaymentPusher(links, writer);
        this.invoices = new InvoicePusher(host, links, qbo, writer, customers, new ItemResolver(qbo, names), names,
                payments, queue, clock);
        this.expenses = new ExpensePusher(host, qbo, writer, customers, names);
        this.batches = new BatchSender(qbo, queue);
        this.ender = new RowEnder(queue.endings(), runs, log, backoff, clock);
    }

    /**
     * @param pass the turn
     * @param calls threads making batch calls for all companies
     * @param inFlight batch calls the turn keeps in flight
     * @return the turn's batch flights, ending their rows through this planner's ender
     */
    BatchFlights flights(Pass pass, Executor calls, int inFlight) {
        return new BatchFlights(pass, batches, queue, ender, calls, inFlight);
    }

    /** Looks the turn's new customers up ahead, in as few calls as it can; only an optimisation. */
    void prefetch(Pass pass, List<OutboxQueue.Claimed> rows) {
        List<String> customerIds = rows.stream().filter(r -> r.record().type() == RecordType.CUSTOMER)
                .filter(r -> r.inFlightBatch() == null).map(r -> r.record().hostId()).toList();
        try {
            customers.prefetch(pass, customerIds);
        } catch (QboFault f) {
            // Each customer looks itself up again; a lost connection stops the company.
            if (FaultTranslator.translate(rows.get(0).record(), f).action() == PushFailure.Action.STOP_COMPANY) {
                throw new CompanyMustWait(clock.instant().plus(CompanyWorker.RECHECK), f.getMessage(), false);
            }
        } catch (CompanyMustWait w) {
            throw w;
        } catch (RuntimeException e) {
            // A record the host could not give, or cannot be mapped: its row reports it when planned.
        }
    }

    /**
     * Prepares a row's push up to its last write (dependencies, look-ups and reads happen here).
     *
     * @return the step to finish, or {@code null} when the row already ended
     * @throws CompanyMustWait when the company must wait or stop (the row is let go, or ended when it failed)
     */
    Step plan(Pass pass, OutboxQueue.Claimed row, String runId) {
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
    void replay(Pass pass, BatchFlights flights, OutboxQueue.Claimed row, String runId) {
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
            queue.endings().retryLater(row, clock.instant(), null, null, false);
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
