package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.RecordLink;
import java.util.Optional;

/**
 * Derives one record's sync status, for host screens: an open conflict says so (with its summary and where to
 * resolve it); a waiting change makes it pending (or failed, with the
 * failure's message and remedy); otherwise its link says synced (with any difference between QuickBooks' total and
 * the host's, never hidden); a record deliberately not pushed is skipped with the reason; otherwise it was never
 * synced.
 */
public final class RecordStatusReader {
    private final Database database;
    private final Outbox outbox;
    private final io.ledgerbridge.qbo.store.LinkStore links;
    private final io.ledgerbridge.qbo.store.SyncLog log;
    private final io.ledgerbridge.qbo.store.ConflictStore conflicts;

    /**
     * @param database the connector's database
     * @param outbox the intake
     */
    public RecordStatusReader(Database database, Outbox outbox) {
        this.database = database;
        this.outbox = outbox;
        this.links = new io.ledgerbridge.qbo.store.LinkStore(database);
        this.log = new io.ledgerbridge.qbo.store.SyncLog(database.dataSource());
        this.conflicts = new io.ledgerbridge.qbo.store.ConflictStore(database.dataSource());
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return its status
     */
    public RecordSyncStatus status(TenantId tenant, RecordRef record) {
        Optional<RecordLink> link = link(tenant, record);
        String remoteId = link.map(RecordLink::qboId).orElse(null);
        var lastSynced = link.map(RecordLink::lastSyncedAt).orElse(null);
        var conflict = conflicts.open(tenant, record);
        if (conflict.isPresent()) {
            return new RecordSyncStatus(record, SyncState.CONFLICT, remoteId, lastSynced,
                    io.ledgerbridge.qbo.conflict.ConflictDetector.summary(conflict.get()),
                    io.ledgerbridge.qbo.conflict.ConflictDetector.REMEDY, 0);
        }
        Optional<Outbox.PendingChange> pending = outbox.pending(tenant, record);
        if (pending.isPresent()) {
            Outbox.PendingChange p = pending.get();
            SyncState state = Outbox.FAILED.equals(p.state()) ? SyncState.FAILED : SyncState.PENDING;
            return new RecordSyncStatus(record, state, remoteId, lastSynced, p.lastError(), p.lastRemedy(),
                    p.attempts());
        }
        if (link.isPresent() && link.get().qboId() != null) {
            if (link.get().broken()) {
                return new RecordSyncStatus(record, SyncState.FAILED, remoteId, lastSynced,
                        link.get().brokenReason() != null ? link.get().brokenReason()
                                : "The QuickBooks record was deleted, so the sync link is broken",
                        link.get().mergedIntoQboId() != null ? FaultTranslator.MERGED_REMEDY
                                : FaultTranslator.BROKEN_LINK_REMEDY, 0);
            }
            String difference = links.totalDifference(tenant, record).map(d -> "QuickBooks' total differs from the "
                    + "host's by " + d).orElse(null);
            if (difference == null && links.isImported(tenant, record)) {
                return new RecordSyncStatus(record, SyncState.SYNCED, remoteId, lastSynced, "Imported from "
                        + "QuickBooks: host edits to it are not pushed (payments on an invoice are)", null, 0);
            }
            return new RecordSyncStatus(record, SyncState.SYNCED, remoteId, lastSynced, difference,
                    difference == null ? null : "Check the tax and rounding of the invoice in QuickBooks", 0);
        }
        var last = log.latest(tenant, record);
        if (last.isPresent() && "SKIPPED".equals(last.get().outcome())) {
            return new RecordSyncStatus(record, SyncState.SKIPPED, null, null, last.get().message(), null, 0);
        }
        return RecordSyncStatus.notSynced(record);
    }

    private Optional<RecordLink> link(TenantId tenant, RecordRef record) {
        return database.read(em -> Optional.ofNullable(em.find(RecordLink.class,
                new RecordLink.Key(tenant.value(), record.type().name(), record.hostId()))));
    }
}
