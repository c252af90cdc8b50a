package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.store.OutboxQueue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One turn's batch calls: up to {@code maxInFlight} independent batches of the same tier travel at once, so the
 * company's throttle rather than QuickBooks' latency paces a first sync. Only the HTTP call leaves the turn's thread
 * (for the shared call pool, or the turn's own thread when every call thread is busy): requestids are written before it and every row is ended after it on
 * the turn's thread, oldest batch first. The worker {@link #drain() drains} before a record that may depend on a
 * batch still in flight (the next tier). Every batch sent is answered and its rows ended, even when one of them tells
 * the company to wait: that is rethrown once all are ended.
 */
final class BatchFlights {
    private record Sent(BatchSender.Prepared batch, CompletableFuture<Map<String, Object>> answers) {
    }

    private final Pass pass;
    private final BatchSender batches;
    private final OutboxQueue queue;
    private final RowEnder ender;
    private final Executor calls;
    private final int maxInFlight;
    private final Deque<Sent> inFlight = new ArrayDeque<>();

    /**
     * @param pass the pass
     * @param batches sends batch calls
     * @param queue the outbox (a refused batch's rows lose their batch id)
     * @param ender ends rows
     * @param calls threads making the calls (never interrupted; a stopped pool makes the call here)
     * @param maxInFlight batch calls of this pass running at once (the company's throttle bounds them too)
     */
    BatchFlights(Pass pass, BatchSender batches, OutboxQueue queue, RowEnder ender, Executor calls, int maxInFlight) {
        this.pass = pass;
        this.batches = batches;
        this.queue = queue;
        this.ender = ender;
        this.calls = calls;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Sends the waiting writes: one alone (now), several as a batch call in flight; when the most are in flight,
     * first ends the oldest.
     *
     * @throws CompanyMustWait when the company must stop or wait (what was sent is ended first)
     */
    void flush(List<BatchSender.Item> waiting) {
        List<BatchSender.Item> items = List.copyOf(waiting);
        waiting.clear();
        if (items.isEmpty()) {
            return;
        }
        if (items.size() == 1) {
            BatchSender.Item only = items.get(0);
            ender.finish(pass, only.row(), only.runId(), only.step()::now);
            return;
        }
        if (inFlight.size() >= maxInFlight) {
            endOldest();
        }
        BatchSender.Prepared batch = batches.prepare(pass.tenant, null, items);
        inFlight.addLast(new Sent(batch, start(batch)));
    }

    /**
     * Waits for every batch in flight (an HTTP answer, never a throttle) and ends its rows.
     *
     * @throws CompanyMustWait when the company must stop or wait, once every batch is ended
     */
    void drain() {
        CompanyMustWait wait = null;
        while (!inFlight.isEmpty()) {
            try {
                endOldest();
            } catch (CompanyMustWait w) {
                wait = later(wait, w);
            }
        }
        if (wait != null) {
            throw wait;
        }
    }

    /** @return the later of two waits */
    static CompanyMustWait later(CompanyMustWait a, CompanyMustWait b) {
        return a == null || b.until().isAfter(a.until()) ? b : a;
    }

    /** @return the ids of the rows in flight and of {@code waiting}: claimed in this pass, not yet ended */
    java.util.Set<Long> working(List<BatchSender.Item> waiting) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        inFlight.forEach(s -> s.batch().items().forEach(i -> ids.add(i.row().id())));
        waiting.forEach(i -> ids.add(i.row().id()));
        return ids;
    }

    private CompletableFuture<Map<String, Object>> start(BatchSender.Prepared batch) {
        try {
            return CompletableFuture.supplyAsync(() -> batches.call(batch), calls);
        } catch (RejectedExecutionException busyOrStopped) {
            // Every call thread is busy (or the pool stopped): this turn makes the call itself; it would only wait.
            CompletableFuture<Map<String, Object>> here = new CompletableFuture<>();
            try {
                here.complete(batches.call(batch));
            } catch (RuntimeException e) {
                here.completeExceptionally(e);
            }
            return here;
        }
    }

    private void endOldest() {
        Sent sent = inFlight.removeFirst();
        List<BatchSender.Item> items = sent.batch().items();
        Map<String, Object> answers;
        try {
            answers = sent.answers().join();
        } catch (CompletionException e) {
            // As if the call had been made here: a fault is decided per row, anything else ends the turn.
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof CompanyMustWait w) {
                // Not sent (the throttle) or refused whole (429): nothing was applied, the rows go again as new.
                items.forEach(i -> queue.clearBatch(i.row()));
                throw w;
            }
            if (!(e.getCause() instanceof QboFault f)) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            each(items, i -> {
                if (f.retryable() || f.kind() == QboFault.Kind.AUTHORIZATION) {
                    ender.decide(pass, i.row(), i.runId(), FaultTranslator.translate(i.row().record(), f));
                } else {
                    // QuickBooks refused the call as a whole (nothing was applied): each record goes alone, so one
                    // bad record does not stop the others.
                    queue.clearBatch(i.row());
                    ender.finish(pass, i.row(), i.runId(), i.step()::now);
                }
            });
            return;
        }
        apply(items, answers);
    }

    /** Ends each row by its item's answer; an item that failed on its own goes the single path. */
    void apply(List<BatchSender.Item> items, Map<String, Object> answers) {
        each(items, i -> {
            Object answer = answers.get(i.bId());
            if (answer instanceof ObjectNode entity) {
                ender.finish(pass, i.row(), i.runId(), () -> i.step().then(entity));
            } else {
                // The single path decides (rename on 6240, re-read on 5010, ...).
                queue.clearBatch(i.row());
                ender.finish(pass, i.row(), i.runId(), i.step()::now);
            }
        });
    }

    /** Ends every item, even after one told the company to wait; that wait is thrown at the end. */
    private static void each(List<BatchSender.Item> items, java.util.function.Consumer<BatchSender.Item> end) {
        CompanyMustWait wait = null;
        for (BatchSender.Item i : items) {
            try {
                end.accept(i);
            } catch (CompanyMustWait w) {
                wait = later(wait, w);
            }
        }
        if (wait != null) {
            throw wait;
        }
    }
}
