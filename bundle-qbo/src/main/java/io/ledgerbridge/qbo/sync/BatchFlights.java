package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * One pass's batch calls: up to {@code maxInFlight} independent batches of the same tier travel at once, so the
 * company's throttle rather than QuickBooks' latency paces a first sync. Only the HTTP call leaves the pass's thread:
 * requestids are written before it and every row is ended after it on the pass's thread, oldest batch first. The
 * worker {@link #drain() drains} before a record that may depend on a batch still in flight (the next tier).
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
     * @param calls threads making the calls (never interrupted; a full or stopped pool makes the call here)
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
     * @return false when the company must stop
     */
    boolean flush(List<BatchSender.Item> waiting) {
        List<BatchSender.Item> items = List.copyOf(waiting);
        waiting.clear();
        if (items.isEmpty()) {
            return true;
        }
        if (items.size() == 1) {
            BatchSender.Item only = items.get(0);
            pass.row = only.row();
            return ender.finish(pass, only.row(), only.runId(), only.step()::now);
        }
        boolean go = true;
        while (inFlight.size() >= maxInFlight) {
            go = endOldest() && go;
        }
        BatchSender.Prepared batch = batches.prepare(pass.tenant, null, items);
        inFlight.addLast(new Sent(batch, start(batch)));
        return go;
    }

    /** Waits for every batch in flight and ends its rows. @return false when the company must stop */
    boolean drain() {
        boolean go = true;
        while (!inFlight.isEmpty()) {
            go = endOldest() && go;
        }
        return go;
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
        } catch (RejectedExecutionException stopping) {
            CompletableFuture<Map<String, Object>> here = new CompletableFuture<>();
            try {
                here.complete(batches.call(batch));
            } catch (RuntimeException e) {
                here.completeExceptionally(e);
            }
            return here;
        }
    }

    private boolean endOldest() {
        Sent sent = inFlight.removeFirst();
        List<BatchSender.Item> items = sent.batch().items();
        Map<String, Object> answers;
        try {
            answers = sent.answers().join();
        } catch (CompletionException e) {
            // As if the call had been made here: a fault is decided per row, anything else ends the pass.
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (!(e.getCause() instanceof QboFault f)) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            boolean go = true;
            for (BatchSender.Item i : items) {
                pass.row = i.row();
                if (f.retryable() || f.kind() == QboFault.Kind.AUTHORIZATION) {
                    go = ender.decide(pass, i.row(), i.runId(), FaultTranslator.translate(i.row().record(), f)) && go;
                } else {
                    // QuickBooks refused the call as a whole (nothing was applied): each record goes alone, so one
                    // bad record does not stop the others.
                    queue.clearBatch(i.row());
                    go = ender.finish(pass, i.row(), i.runId(), i.step()::now) && go;
                }
            }
            return go;
        }
        return apply(items, answers);
    }

    /** Ends each row by its item's answer; an item that failed on its own goes the single path. */
    boolean apply(List<BatchSender.Item> items, Map<String, Object> answers) {
        boolean go = true;
        for (BatchSender.Item i : items) {
            pass.row = i.row();
            Object answer = answers.get(i.bId());
            if (answer instanceof ObjectNode entity) {
                go = ender.finish(pass, i.row(), i.runId(), () -> i.step().then(entity)) && go;
            } else {
                // The single path decides (rename on 6240, re-read on 5010, ...).
                queue.clearBatch(i.row());
                go = ender.finish(pass, i.row(), i.runId(), i.step()::now) && go;
            }
        }
        return go;
    }
}
