package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.store.OutboxQueue;
import java.util.ArrayList;
import java.util.List;

/**
 * One company's turn, top to bottom, once {@link CompanyWorker} let it go (sync on, connected, throttle free, lease
 * taken): claim a slice of due rows in dependency order, plan each ({@link RowPlanner}) and send the planned ones in
 * flights of batch calls ({@link BatchFlights}), end every row, then say when the company comes back. A tier waits
 * for every batch before it to be answered, and a turn sends at most one flight of a new tier, so it stays a bounded
 * slice. Used once.
 */
final class Turn {
    private final CompanyWorker worker;
    private final TenantId tenant;
    private final ConnectorSettings settings;
    private final Pass pass;
    private final BatchFlights flights;
    private final List<BatchSender.Item> waiting = new ArrayList<>();
    private String eventRun;

    /**
     * @param worker the worker whose turn this is (its queue, leases, runs and row planner)
     * @param tenant the company's tenant
     * @param settings the tenant's settings as the turn begins
     * @param pass the turn's view of the company (mapping tables, caches)
     */
    Turn(CompanyWorker worker, TenantId tenant, ConnectorSettings settings, Pass pass) {
        this.worker = worker;
        this.tenant = tenant;
        this.settings = settings;
        this.pass = pass;
        this.flights = worker.planner.flights(pass, worker.calls, worker.batchInFlight);
    }

    /** @return when the company's next turn is due, and how many rows this one ended */
    CompanyScheduler.Next run() {
        // A claim lapses no later than the lease it was taken under (claimed at the turn's start, the lease renewed
        // after), so a node that takes a dead node's company finds its rows free, not held for minutes more.
        List<OutboxQueue.Claimed> rows = worker.queue.claimDue(tenant, worker.nodeId, worker.clock.instant(),
                worker.leases.ttl(), worker.sliceRows(), java.util.Set.of());
        if (rows.isEmpty()) {
            worker.finisher.finishDone(tenant, settings);
            return upNext(0, false);
        }
        CompanyMustWait wait = null;
        int ended = 0;
        boolean more = rows.size() == worker.sliceRows();
        try {
            worker.planner.prefetch(pass, rows);
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
                if (worker.stopping() || worker.leases.lost(tenant)) {
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
        worker.finisher.finishDone(tenant, settings);
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
            return CompanyScheduler.Next.now(worker.clock.instant(), ended);
        }
        return worker.queue.nextDue(tenant).map(at -> CompanyScheduler.Next.due(at, ended))
                .orElseGet(() -> CompanyScheduler.Next.idle(ended));
    }

    /** Plans one row; its last write joins the waiting batch, or it ends here. */
    private void push(Pass rowPass) {
        OutboxQueue.Claimed row = rowPass.row;
        String runId = row.runId() != null ? row.runId() : eventRun();
        if (row.inFlightBatch() != null) {
            worker.planner.replay(rowPass, flights, row, runId);
            return;
        }
        Step step = worker.planner.plan(rowPass, row, runId);
        if (step != null) {
            waiting.add(new BatchSender.Item(row, runId, step));
        }
    }

    private String eventRun() {
        if (eventRun == null) {
            eventRun = worker.runs.start(tenant, SyncTrigger.EVENT, null, worker.clock.instant());
            worker.runs.markEnqueued(eventRun);
        }
        return eventRun;
    }
}
