package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.OutboxQueue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the last writes of several records in one batch call (at most 30 items, each independent: dependencies were
 * pushed before). The batch's requestid is recorded on its rows before the call, so after a crash or a timeout the
 * same rows are sent again under the same requestid and QuickBooks replays its answer instead of writing twice.
 */
final class BatchSender {
    /** QuickBooks' recommended maximum of items per batch call. */
    static final int MAX_ITEMS = 30;

    private final QboGateway qbo;
    private final OutboxQueue queue;

    BatchSender(QboGateway qbo, OutboxQueue queue) {
        this.qbo = qbo;
        this.queue = queue;
    }

    /** One record waiting in a batch. */
    record Item(OutboxQueue.Claimed row, String runId, Step step) {
        String bId() {
            return "r" + Long.toString(row.id(), 36);
        }
    }

    /** A batch whose requestid is written on its rows, ready to be sent (from any thread). */
    record Prepared(TenantId tenant, String id, List<Item> items, List<QboGateway.BatchItem> sent) {
    }

    /**
     * Sends a batch and waits for its answer.
     *
     * @param tenant the company's tenant
     * @param batchId the requestid, or {@code null} for a new batch
     * @param items at most {@link #MAX_ITEMS} records
     * @return each item's answer by bId: QuickBooks' entity, or the item's fault
     * @throws QboFault when the call as a whole fails (the rows keep the batch id, to be sent again as they were)
     */
    Map<String, Object> send(TenantId tenant, String batchId, List<Item> items) {
        return call(prepare(tenant, batchId, items));
    }

    /**
     * Writes a new batch's requestid on its rows (before the call, so a crash replays rather than writes twice).
     * Runs on the pass's thread, as every database write of the pass does.
     */
    Prepared prepare(TenantId tenant, String batchId, List<Item> items) {
        String id = batchId != null ? batchId : newId(items);
        List<QboGateway.BatchItem> sent = new ArrayList<>();
        if (batchId == null) {
            queue.markBatch(items.stream().map(Item::row).toList(), id);
        }
        for (Item i : items) {
            Step.PlannedWrite w = i.step().write();
            sent.add(new QboGateway.BatchItem(i.bId(), w.operation(), w.entity(), w.body()));
        }
        return new Prepared(tenant, id, List.copyOf(items), sent);
    }

    /** The call alone: touches no row, so it may run while the pass plans the next batch. */
    Map<String, Object> call(Prepared batch) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (QboGateway.BatchResult r : qbo.batch(batch.tenant(), batch.sent(), batch.id())) {
            answers.put(r.bId(), r.fault() != null ? r.fault() : (ObjectNode) r.entity());
        }
        return answers;
    }

    private static String newId(List<Item> items) {
        StringBuilder key = new StringBuilder("batch");
        items.forEach(i -> key.append('|').append(i.row().id()).append('.').append(i.row().changeCount()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
