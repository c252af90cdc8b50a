package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The workers' side of the outbox: queueing for a run, finding the companies with due rows and putting them off or
 * waking them, claiming due rows of one company in dependency order, marking the batch a row is sent in, and the
 * errors list's rows. How a claimed row ends is {@link OutboxEndings} ({@link #endings()}): a row is deleted only
 * when QuickBooks accepted the write and the link is stored, and only if no change arrived while it was being pushed
 * (its change count is still the one claimed); otherwise it stays and is pushed again.
 */
public final class OutboxQueue {
    // Dependency order: a customer before its projects and invoices, an invoice before its payments.
    private static final String RANK = "CASE record_type WHEN 'CUSTOMER' THEN 0 WHEN 'PROJECT' THEN 1 "
            + "WHEN 'INVOICE' THEN 2 WHEN 'PAYMENT' THEN 3 ELSE 4 END";

    /** A row nobody holds, or one whose claim lapsed by the database's clock, or this node's own (bind: node). */
    private static final String CLAIMABLE = "(claimed_until IS NULL OR claimed_until < CURRENT_TIMESTAMP "
            + "OR claimed_by = ?)";

    private final Outbox outbox;
    private final SqlRunner sql;
    private final Clock clock;
    private final OutboxEndings endings;

    /**
     * @param dataSource the connector's database
     * @param outbox the intake (for coalescing)
     * @param clock the clock
     */
    public OutboxQueue(DataSource dataSource, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.sql = new SqlRunner(dataSource, "use the sync queue");
        this.clock = clock;
        this.endings = new OutboxEndings(dataSource);
    }

    /**
     * Queues a record for a run (coalescing with any waiting change, which then belongs to the run).
     *
     * @param tenant the tenant
     * @param record the record
     * @param runId the run
     * @param trigger what asked for it
     */
    public void enqueueForRun(TenantId tenant, RecordRef record, String runId, SyncTrigger trigger) {
        Instant now = clock.instant();
        // A waiting row keeps its payload (a payment's) and parent; it only counts one more change.
        if (sql.update("UPDATE qbo_outbox SET change_count = change_count + 1, host_event_id = ?, last_event_at = ?, "
                + "sync_trigger = ?, state = 'PENDING', attempts = 0, due_at = ?, last_error = NULL, "
                + "last_remedy = NULL, run_id = ? WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?",
                runId, now, trigger.name(), now, runId, tenant.value(), record.type().name(), record.hostId()) > 0) {
            return;
        }
        outbox.enqueue(tenant, record, null, runId, null, trigger);
        sql.update("UPDATE qbo_outbox SET run_id = ? WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?",
                runId, tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * Queues a payment of an invoice just pushed, unless it waits already, so payments travel in batches of their
     * own; it belongs to the invoice's run (or to the event runs when {@code runId} is {@code null}).
     *
     * @param tenant the tenant
     * @param payment the payment's record
     * @param hostInvoiceId its invoice
     * @param payload the payment's JSON
     * @param runId the run, or {@code null}
     */
    public void enqueuePayment(TenantId tenant, RecordRef payment, String hostInvoiceId, String payload,
            String runId) {
        if (outbox.pending(tenant, payment).isPresent()) {
            return;
        }
        outbox.enqueue(tenant, payment, hostInvoiceId, "invoice:" + hostInvoiceId, payload, SyncTrigger.EVENT);
        if (runId != null) {
            sql.update("UPDATE qbo_outbox SET run_id = ? WHERE tenant_id = ? AND record_type = ? "
                    + "AND host_record_id = ?", runId, tenant.value(), payment.type().name(), payment.hostId());
        }
    }

    /**
     * @param now the time
     * @return the tenants with a row due
     */
    public List<TenantId> tenantsWithDueWork(Instant now) {
        return sql.query("SELECT DISTINCT tenant_id FROM qbo_outbox WHERE state = 'PENDING' AND due_at <= ?",
                rs -> TenantId.of(rs.getString(1)), now);
    }

    /**
     * The companies with a row due, in one scan of the due index: those this node may work with how many rows each has
     * due, and how many companies want work in all (every node's poll sees the same outbox, so this is the demand the
     * nodes share).
     *
     * @param now the time
     * @param node this node
     * @return the companies due that no other node holds, and the number of companies due
     */
    public DueCompanies dueCompanies(Instant now, String node) {
        List<Object[]> due = sql.query("SELECT o.tenant_id, COUNT(*), MAX(CASE WHEN EXISTS (SELECT 1 FROM "
                + "qbo_company_lease l WHERE l.tenant_id = o.tenant_id AND l.holder <> ? "
                + "AND l.lease_until >= CURRENT_TIMESTAMP) THEN 1 ELSE 0 END) FROM qbo_outbox o "
                + "WHERE o.state = 'PENDING' AND o.due_at <= ? GROUP BY o.tenant_id",
                rs -> new Object[] {TenantId.of(rs.getString(1)), rs.getInt(2), rs.getInt(3) == 1}, node, now);
        java.util.Map<TenantId, Integer> free = new java.util.LinkedHashMap<>();
        due.stream().filter(r -> !(Boolean) r[2]).forEach(r -> free.put((TenantId) r[0], (Integer) r[1]));
        return new DueCompanies(free, due.size());
    }

    /**
     * @param free the companies with due rows that no other node holds, with how many rows each has due
     * @param demand how many companies have due rows, whoever holds them
     */
    public record DueCompanies(java.util.Map<TenantId, Integer> free, int demand) {
    }

    /**
     * The company cannot sync now (switched off, not connected): its due rows wait until {@code until}, so polls do
     * not offer it every second meanwhile. Switching sync on or reconnecting makes them due at once.
     *
     * @param tenant the company's tenant
     * @param now the time
     * @param until when its rows are looked at again
     * @return how many rows wait
     */
    public int postpone(TenantId tenant, Instant now, Instant until) {
        return sql.update("UPDATE qbo_outbox SET due_at = ? WHERE tenant_id = ? AND state = 'PENDING' AND due_at <= ?",
                until, tenant.value(), now);
    }

    /**
     * Makes every pending row of the company due now (its sync was switched on).
     *
     * @param tenant the company's tenant
     * @return how many rows are due
     */
    public int wake(TenantId tenant) {
        return wake(tenant, clock.instant());
    }

    /**
     * An administrator switched the company's sync on: its waiting rows are due now.
     *
     * @param tenant the company's tenant
     * @param now the time
     * @return how many rows are due
     */
    public int wake(TenantId tenant, Instant now) {
        // Every pending row, not only those put off: a turn that found the company unable to sync just before this
        // puts off only rows due by its own start, so it cannot push back what this wakes.
        return sql.update("UPDATE qbo_outbox SET due_at = ? WHERE tenant_id = ? AND state = 'PENDING'", now,
                tenant.value());
    }

    /**
     * Claims up to {@code limit} due rows of one company in dependency order, customers first. The caller holds the
     * company's lease. A claim's expiry is the database's time, and taking it compares-and-sets on holder, expiry and
     * change count in one statement, so of two nodes only one claims a row, whatever their clocks say.
     *
     * @param tenant the company's tenant
     * @param node this node
     * @param now the time rows must be due by
     * @param claimFor how long an unfinished claim holds (a crashed node's claims lapse after it)
     * @param limit at most this many
     * @param working ids of rows claimed earlier in the same turn and not yet ended (e.g. in a batch in flight)
     * @return the claimed rows in dependency order
     */
    public List<Claimed> claimDue(TenantId tenant, String node, Instant now, java.time.Duration claimFor, int limit,
            java.util.Set<Long> working) {
        String skip = working.isEmpty() ? "" : "AND id NOT IN (" + working.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")) + ") ";
        List<Long> due = sql.query("SELECT id FROM qbo_outbox WHERE tenant_id = ? AND state = 'PENDING' "
                + "AND due_at <= ? AND " + CLAIMABLE + " " + skip + "ORDER BY " + RANK + ", id FETCH FIRST " + limit
                + " ROWS ONLY", rs -> rs.getLong(1), tenant.value(), now, node);
        if (due.isEmpty()) {
            return List.of();
        }
        String ids = due.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        sql.update("UPDATE qbo_outbox SET claimed_by = ?, claimed_until = " + DbTime.plus() + ", "
                + "claimed_change_count = change_count WHERE id IN (" + ids + ") AND state = 'PENDING' AND "
                + CLAIMABLE, node, claimFor.toMillis(), node);
        return sql.query("SELECT id, record_type, host_record_id, host_parent_id, payload, change_count, attempts, "
                + "run_id, sync_trigger, batch_id, create_refusals FROM qbo_outbox WHERE id IN (" + ids + ") "
                + "AND claimed_by = ? AND claimed_change_count = change_count ORDER BY " + RANK + ", id",
                rs -> new Claimed(rs.getLong(1), tenant, RecordRef.of(RecordType.valueOf(rs.getString(2)),
                        rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        rs.getString(8), SyncTrigger.valueOf(rs.getString(9)), rs.getString(10), rs.getInt(11)),
                node);
    }

    /**
     * Lets go, at once, of every row of the company this node claimed and did not end (a turn that stopped early, lost
     * its lease or was told to wait): another turn or node may take them without waiting for the claims to lapse. A
     * row sent in a batch keeps its batch id, so whoever takes it replays that batch rather than writing twice.
     *
     * @param tenant the company's tenant
     * @param node this node
     * @return how many rows were let go
     */
    public int releaseClaims(TenantId tenant, String node) {
        return sql.update("UPDATE qbo_outbox SET claimed_by = NULL, claimed_until = NULL WHERE tenant_id = ? "
                + "AND claimed_by = ?", tenant.value(), node);
    }

    /**
     * @param tenant the company's tenant
     * @return when the company's next pending row is due, if it has one
     */
    public java.util.Optional<Instant> nextDue(TenantId tenant) {
        return sql.query("SELECT MIN(due_at) FROM qbo_outbox WHERE tenant_id = ? AND state = 'PENDING'",
                rs -> Jdbc.instant(rs.getTimestamp(1)), tenant.value()).stream().filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /**
     * The administrator reconnected: every waiting row of the company is due now, those stopped by the lost
     * connection and those put off while it could not sync (a reconnect is worth pulling a back-off forward).
     *
     * @param tenant the tenant
     * @param now now
     * @return how many rows are due again
     */
    public int resumeAfterReconnect(TenantId tenant, Instant now) {
        return wake(tenant, now);
    }

    /**
     * Lets a record's parked row go again once its conflict is resolved.
     *
     * @param tenant the tenant
     * @param record the record
     * @param trigger the trigger the row goes on with, or {@code null} to keep its own
     */
    public void releaseParked(TenantId tenant, RecordRef record, SyncTrigger trigger) {
        sql.update("UPDATE qbo_outbox SET state = 'PENDING', due_at = ?, last_error = NULL, last_remedy = NULL, "
                + "sync_trigger = COALESCE(CAST(? AS VARCHAR(16)), sync_trigger) WHERE tenant_id = ? "
                + "AND record_type = ? AND host_record_id = ? AND state = '" + Outbox.CONFLICT + "'", clock.instant(),
                trigger == null ? null : trigger.name(), tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * @param tenant the tenant
     * @param runId a run
     * @return how many of the run's rows still wait to be pushed
     */
    public int pendingOfRun(TenantId tenant, String runId) {
        return sql.query("SELECT COUNT(*) FROM qbo_outbox WHERE tenant_id = ? AND run_id = ? AND state = 'PENDING'",
                rs -> rs.getInt(1), tenant.value(), runId).get(0);
    }

    /**
     * @param tenant the tenant
     * @param limit at most this many
     * @return the records stopped after a failure, most recent first
     */
    public List<RecordRef> failed(TenantId tenant, int limit) {
        return sql.query("SELECT record_type, host_record_id FROM qbo_outbox WHERE tenant_id = ? AND state = 'FAILED' "
                + "ORDER BY last_event_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                rs -> RecordRef.of(RecordType.valueOf(rs.getString(1)), rs.getString(2)), tenant.value());
    }

    /**
     * Takes a failed record off the errors list: its stopped row is deleted, so nothing is pushed until it changes.
     *
     * @param tenant the tenant
     * @param record the record
     * @return whether the record had a failed row
     */
    public boolean dropFailed(TenantId tenant, RecordRef record) {
        return sql.update("DELETE FROM qbo_outbox WHERE tenant_id = ? AND record_type = ? AND host_record_id = ? "
                + "AND state = 'FAILED'", tenant.value(), record.type().name(), record.hostId()) > 0;
    }

    /**
     * Records, before the call, which batch its rows are sent in, each with the change it carries: one statement and
     * one commit for the whole batch.
     *
     * @param rows the claimed rows of the batch
     * @param batchId the batch's requestid
     */
    public void markBatch(List<Claimed> rows, String batchId) {
        sql.batch("UPDATE qbo_outbox SET batch_id = ? WHERE id = ?", rows.stream()
                .map(row -> new Object[] {batchId + ":" + row.changeCount, row.id}).toList());
    }

    /** @param row a row whose batch was answered: it is no longer in flight */
    public void clearBatch(Claimed row) {
        sql.update("UPDATE qbo_outbox SET batch_id = NULL WHERE id = ?", row.id);
    }

    /** @return how this queue's claimed rows end */
    public OutboxEndings endings() {
        return endings;
    }

    /** @return the intake this queue works on */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * A claimed outbox row.
     *
     * @param id the row
     * @param tenant the tenant
     * @param record the record
     * @param parentHostId a payment's invoice, or {@code null}
     * @param payload a payment's JSON, or {@code null}
     * @param changeCount the change count at claim
     * @param attempts attempts so far
     * @param runId the run it belongs to, or {@code null} (host events)
     * @param trigger what queued it last
     * @param batchId the batch call it was last sent in and not yet answered (a crash), with the change count it
     *        carried ({@code id:count}), or {@code null}
     * @param createRefusals how many times QuickBooks refused the record's create outright
     */
    public record Claimed(long id, TenantId tenant, RecordRef record, String parentHostId, String payload,
            int changeCount, int attempts, String runId, SyncTrigger trigger, String batchId, int createRefusals) {

        /** @return the requestid of the unanswered batch this row was in, or {@code null} */
        public String inFlightBatch() {
            return batchId == null ? null : batchId.substring(0, batchId.indexOf(':'));
        }

        /** @return whether the row changed since it was sent in that batch */
        public boolean changedSinceBatch() {
            return batchId != null && Integer.parseInt(batchId.substring(batchId.indexOf(':') + 1)) != changeCount;
        }
    }
}
