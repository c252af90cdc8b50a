package io.ledgerbridge.qbo.conflict;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.OutboxQueue;
import java.time.Instant;

/**
 * Deciding a conflict, once: the decision is claimed on the conflict row (compare-and-set on its open state) before
 * anything is done, so of two deciders only one acts; then the pushes that waited for the conflict go on. The one
 * place both an administrator's decision ({@link ConflictService}) and QuickBooks' own undo (the change handler)
 * close a conflict.
 */
public final class ConflictDecisions {
    private final ConflictStore conflicts;
    private final OutboxQueue queue;

    /**
     * @param conflicts the conflict store
     * @param queue the outbox (the record's parked pushes)
     */
    public ConflictDecisions(ConflictStore conflicts, OutboxQueue queue) {
        this.conflicts = conflicts;
        this.queue = queue;
    }

    /**
     * Claims the decision: the conflict is closed with it now, before it is carried out.
     *
     * @param tenant the tenant
     * @param conflictId the conflict
     * @param resolution the decision
     * @param by who decides
     * @param at when
     * @return whether this caller decided (false: someone decided first; nothing may be done)
     */
    public boolean claim(TenantId tenant, String conflictId, ConflictResolution resolution, String by, Instant at) {
        return conflicts.close(tenant, conflictId, resolution, by, at);
    }

    /**
     * Gives a claimed decision back when carrying it out failed before it changed anything, so it can be decided
     * again (unless QuickBooks opened a newer conflict for the record meanwhile).
     *
     * @param tenant the tenant
     * @param conflictId the conflict
     * @param resolution the decision claimed
     * @param by who claimed it
     */
    public void withdraw(TenantId tenant, String conflictId, ConflictResolution resolution, String by) {
        conflicts.reopen(tenant, conflictId, resolution, by);
    }

    /**
     * Lets the record's pushes that waited for the decision go on.
     *
     * @param tenant the tenant
     * @param record the record
     * @param trigger the trigger they go on with, or {@code null} to keep their own
     */
    public void release(TenantId tenant, RecordRef record, SyncTrigger trigger) {
        queue.releaseParked(tenant, record, trigger);
    }

    /**
     * Closes an open conflict that needs nothing carried out, and releases its record's waiting pushes.
     *
     * @param open the conflict
     * @param resolution the decision
     * @param by who decided
     * @param at when
     * @param trigger the trigger the waiting pushes go on with, or {@code null} to keep their own
     * @return whether this call closed it
     */
    public boolean close(ConflictStore.Stored open, ConflictResolution resolution, String by, Instant at,
            SyncTrigger trigger) {
        if (!claim(open.tenant(), open.conflictId(), resolution, by, at)) {
            return false;
        }
        release(open.tenant(), open.record(), trigger);
        return true;
    }
}
