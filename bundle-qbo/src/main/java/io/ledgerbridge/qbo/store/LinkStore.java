package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads and writes {@link RecordLink}s: the QuickBooks id, SyncToken and hash of what was pushed. This class holds the
 * writes (a push stored, a baseline accepted, a link broken, cleared, unlinked, made by an administrator or an
 * import); the reads are inherited from {@link LinkReads}.
 */
public final class LinkStore extends LinkReads {
    /** @param database the connector's database */
    public LinkStore(Database database) {
        super(database);
    }

    /**
     * Stores an accepted push (committed when this returns, before the outbox row may leave).
     *
     * @param tenant the tenant
     * @param record the record
     * @param realmId the company
     * @param qboId QuickBooks' id
     * @param syncToken the SyncToken after the write
     * @param hash the hash of what was pushed
     * @param snapshot what was pushed
     * @param at when
     */
    public void pushed(TenantId tenant, RecordRef record, String realmId, String qboId, String syncToken, String hash,
            String snapshot, Instant at) {
        pushed(tenant, record, realmId, qboId, syncToken, hash, snapshot, null, at);
    }

    /**
     * Stores an accepted push with QuickBooks' host-owned fields as the write left them (the baseline remote edits
     * are compared with).
     *
     * @param tenant the tenant
     * @param record the record
     * @param realmId the company
     * @param qboId QuickBooks' id
     * @param syncToken the SyncToken after the write
     * @param hash the hash of what was pushed
     * @param snapshot what was pushed
     * @param remote QuickBooks' host-owned fields after the write (JSON), or {@code null}
     * @param at when
     */
    public void pushed(TenantId tenant, RecordRef record, String realmId, String qboId, String syncToken, String hash,
            String snapshot, String remote, Instant at) {
        database.inTransaction(em -> {
            RecordLink link = em.find(RecordLink.class, key(tenant, record));
            if (link == null) {
                link = new RecordLink(tenant.value(), record.type().name(), record.hostId(), realmId);
                link.pushed(qboId, syncToken, hash, snapshot, remote, at);
                em.persist(link);
            } else {
                link.pushed(qboId, syncToken, hash, snapshot, remote, at);
            }
            return null;
        });
    }

    /**
     * Accepts a QuickBooks state as the new baseline: its SyncToken and host-owned fields (a first observation of a
     * link made before snapshots, a change that touched no host-owned field, a dismissed or applied conflict).
     *
     * @param tenant the tenant
     * @param record the record
     * @param syncToken QuickBooks' SyncToken
     * @param remote QuickBooks' host-owned fields (JSON)
     */
    public void accept(TenantId tenant, RecordRef record, String syncToken, String remote) {
        sql.update("UPDATE qbo_link SET qbo_sync_token = ?, remote_snapshot = ? WHERE tenant_id = ? "
                + "AND record_type = ? AND host_record_id = ?", syncToken, remote, tenant.value(),
                record.type().name(), record.hostId());
    }

    /**
     * Accepts a QuickBooks state as the new baseline only if the link still holds the SyncToken it was compared with
     * (a push or another change stored meanwhile must not be overwritten by an older state).
     *
     * @param tenant the tenant
     * @param record the record
     * @param seenToken the link's SyncToken when the comparison read it ({@code null} for none)
     * @param syncToken QuickBooks' SyncToken
     * @param remote QuickBooks' host-owned fields (JSON)
     * @return whether the link was still at {@code seenToken} and now holds the new state
     */
    public boolean accept(TenantId tenant, RecordRef record, String seenToken, String syncToken, String remote) {
        String where = " WHERE tenant_id = ? AND record_type = ? AND host_record_id = ? AND "
                + (seenToken == null ? "qbo_sync_token IS NULL" : "qbo_sync_token = ?");
        Object[] args = seenToken == null
                ? new Object[] {syncToken, remote, tenant.value(), record.type().name(), record.hostId()}
                : new Object[] {syncToken, remote, tenant.value(), record.type().name(), record.hostId(), seenToken};
        return sql.update("UPDATE qbo_link SET qbo_sync_token = ?, remote_snapshot = ?" + where, args) == 1;
    }

    /**
     * Notes the host-owned fields of an update about to be sent, before it is sent (cleared when its answer is
     * stored by {@link #pushed}).
     *
     * @param tenant the tenant
     * @param record the record
     * @param pending the fields being written (JSON)
     */
    public void sending(TenantId tenant, RecordRef record, String pending) {
        sql.update("UPDATE qbo_link SET pending_snapshot = ? WHERE tenant_id = ? AND record_type = ? "
                + "AND host_record_id = ?", pending, tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * @param tenant the tenant
     * @param record the record whose QuickBooks entity was deleted or merged away
     * @param reason what happened, in plain words
     */
    public void markBroken(TenantId tenant, RecordRef record, String reason) {
        sql.update("UPDATE qbo_link SET broken = TRUE, broken_reason = ? WHERE tenant_id = ? AND record_type = ? "
                + "AND host_record_id = ?", reason, tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * @param tenant the tenant
     * @param record the record whose QuickBooks entity was deleted
     */
    public void markBroken(TenantId tenant, RecordRef record) {
        database.inTransaction(em -> {
            RecordLink link = em.find(RecordLink.class, key(tenant, record));
            if (link != null) {
                link.markBroken();
            }
            return null;
        });
    }

    /** The origin prefix of a payment link whose QuickBooks payment was taken back and is recorded again. */
    public static final String AGAIN = "again-";

    /**
     * Lets a host payment whose QuickBooks payment was taken back (voided or deleted there) be created in QuickBooks
     * again on its next push: the link forgets that payment and counts the time ({@link #AGAIN} 1, 2, …), so the
     * new create is a new write, never a replay of the first one's requestid.
     *
     * @param tenant the tenant
     * @param payment the host payment
     * @param takenBack the QuickBooks payment that was taken back: a link that holds another is left alone
     */
    public void recordAgain(TenantId tenant, RecordRef payment, String takenBack) {
        Optional<RecordLink> link = find(tenant, payment).filter(l -> takenBack.equals(l.qboId()));
        if (link.isEmpty()) {
            return;
        }
        String origin = link.get().origin();
        int times = origin != null && origin.startsWith(AGAIN) ? Integer.parseInt(origin.substring(AGAIN.length()))
                : 0;
        sql.update("UPDATE qbo_link SET qbo_id = NULL, qbo_sync_token = NULL, pushed_hash = NULL, "
                + "pushed_snapshot = NULL, broken = FALSE, broken_reason = NULL, origin = ? WHERE tenant_id = ? "
                + "AND record_type = ? AND host_record_id = ? AND qbo_id = ?", AGAIN + (times + 1), tenant.value(),
                payment.type().name(), payment.hostId(), link.get().qboId());
    }

    /**
     * Clears a link so the record is created afresh on its next push (the repair of a broken link).
     *
     * @param tenant the tenant
     * @param record the record
     */
    public void clear(TenantId tenant, RecordRef record) {
        sql.update("DELETE FROM qbo_link WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?",
                tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * Forgets what was pushed, so the next push updates whatever QuickBooks holds (after a replayed batch answered
     * for an older change of the record).
     *
     * @param tenant the tenant
     * @param record the record
     */
    public void forgetPushedHash(TenantId tenant, RecordRef record) {
        sql.update("UPDATE qbo_link SET pushed_hash = NULL WHERE tenant_id = ? AND record_type = ? "
                + "AND host_record_id = ?", tenant.value(), record.type().name(), record.hostId());
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @param difference QuickBooks' total minus the host's, or {@code null} when they agree
     */
    public void recordTotalDifference(TenantId tenant, RecordRef record, String difference) {
        sql.update("UPDATE qbo_link SET total_difference = ? WHERE tenant_id = ? AND record_type = ? "
                + "AND host_record_id = ?", difference, tenant.value(), record.type().name(), record.hostId());
    }

    /** The origin prefix of a link an administrator made to an existing QuickBooks record (with its count). */
    public static final String LINKED = "linked-";

    /**
     * Forgets a record's QuickBooks entity (Unlink, Re-create): the link stays as a marker without an id, so the next
     * push creates a new entity (no first-push matching by e-mail or name brings the old one back), and counts the
     * time ({@link #AGAIN} 1, 2, …) so that create is a new write, never a replay of an earlier create's requestid.
     *
     * @param tenant the tenant
     * @param record the record
     * @return the QuickBooks id it was linked to, or empty when it had none
     */
    public Optional<String> unlink(TenantId tenant, RecordRef record) {
        Optional<RecordLink> link = find(tenant, record);
        if (link.isEmpty() || link.get().qboId() == null) {
            return Optional.empty();
        }
        sql.update("UPDATE qbo_link SET qbo_id = NULL, qbo_sync_token = NULL, pushed_hash = NULL, "
                + "pushed_snapshot = NULL, remote_snapshot = NULL, pending_snapshot = NULL, broken = FALSE, "
                + "broken_reason = NULL, merged_into_qbo_id = NULL, total_difference = NULL, origin = ?, "
                // a create noted before an administrator linked the record is not the re-created entity's
                + "create_request_id = NULL, create_hash = NULL WHERE tenant_id = ? AND record_type = ? "
                + "AND host_record_id = ?",
                AGAIN + (times(link.get().origin()) + 1), tenant.value(), record.type().name(), record.hostId());
        return Optional.of(link.get().qboId());
    }

    /**
     * Links a record to an existing QuickBooks entity an administrator chose (or the survivor of a merge), without
     * pushing: QuickBooks' current host-owned fields become the baseline, and the record's next push updates it.
     *
     * @param tenant the tenant
     * @param record the record
     * @param realmId the company
     * @param qboId the entity's id
     * @param syncToken its SyncToken
     * @param remote its host-owned fields (JSON), or {@code null}
     * @param at when
     */
    public void linkTo(TenantId tenant, RecordRef record, String realmId, String qboId, String syncToken,
            String remote, Instant at) {
        String origin = LINKED + times(find(tenant, record).map(RecordLink::origin).orElse(null));
        if (sql.update("UPDATE qbo_link SET qbo_realm_id = ?, qbo_id = ?, qbo_sync_token = ?, pushed_hash = NULL, "
                + "pushed_snapshot = NULL, remote_snapshot = ?, pending_snapshot = NULL, broken = FALSE, "
                + "broken_reason = NULL, merged_into_qbo_id = NULL, total_difference = NULL, last_synced_at = ?, "
                + "origin = ? WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?", realmId, qboId,
                syncToken, remote, at, origin, tenant.value(), record.type().name(), record.hostId()) == 0) {
            sql.update("INSERT INTO qbo_link (tenant_id, record_type, host_record_id, qbo_realm_id, qbo_id, "
                    + "qbo_sync_token, remote_snapshot, last_synced_at, broken, origin) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tenant.value(), record.type().name(), record.hostId(),
                    realmId, qboId, syncToken, remote, at, false, origin);
        }
    }

    /**
     * Breaks a link whose QuickBooks entity was merged into another, remembering the survivor (an administrator
     * follows it or re-creates the record; nothing is pushed to the survivor meanwhile).
     *
     * @param tenant the tenant
     * @param record the record
     * @param survivorId the surviving entity
     * @param reason what happened, in plain words
     */
    public void markMerged(TenantId tenant, RecordRef record, String survivorId, String reason) {
        sql.update("UPDATE qbo_link SET broken = TRUE, broken_reason = ?, merged_into_qbo_id = ? WHERE tenant_id = ? "
                + "AND record_type = ? AND host_record_id = ?", reason, survivorId, tenant.value(),
                record.type().name(), record.hostId());
    }

    /** @return the count an origin such as {@code again-2} or {@code linked-3} carries, else 0 */
    static int times(String origin) {
        if (origin == null) {
            return 0;
        }
        int dash = origin.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(origin.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0; // "imported": never counted
        }
    }

    /** The origin of a link made by an import: the record came from QuickBooks and its edits are not pushed. */
    public static final String IMPORTED = "imported";

    /**
     * Links a host record to the QuickBooks entity it was imported from or matched to (nothing was pushed, so no
     * hash: the record's next push compares against QuickBooks' SyncToken only).
     *
     * @param tenant the tenant
     * @param record the host record
     * @param realmId the company
     * @param qboId QuickBooks' id
     * @param syncToken its SyncToken
     * @param origin {@link #IMPORTED} for records that must not be pushed back, else {@code null}
     * @param at when
     */
    public void linkImported(TenantId tenant, RecordRef record, String realmId, String qboId, String syncToken,
            String origin, Instant at) {
        // Plain SQL, one statement in the common case: an import links records by the hundred thousand.
        if (sql.update("UPDATE qbo_link SET qbo_realm_id = ?, qbo_id = ?, qbo_sync_token = ?, pushed_hash = NULL, "
                + "pushed_snapshot = NULL, last_synced_at = ?, broken = ?, origin = ? WHERE tenant_id = ? AND "
                + "record_type = ? AND host_record_id = ?", realmId, qboId, syncToken, at, false, origin,
                tenant.value(), record.type().name(), record.hostId()) == 0) {
            sql.update("INSERT INTO qbo_link (tenant_id, record_type, host_record_id, qbo_realm_id, qbo_id, "
                    + "qbo_sync_token, last_synced_at, broken, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    tenant.value(), record.type().name(), record.hostId(), realmId, qboId, syncToken, at, false,
                    origin);
        }
    }

    /**
     * A link an import makes.
     *
     * @param record the host record
     * @param qboId QuickBooks' id
     * @param syncToken its SyncToken
     * @param origin {@link #IMPORTED}, or {@code null}
     */
    public record NewLink(RecordRef record, String qboId, String syncToken, String origin) {
    }

    /**
     * Links many host records that have no link yet, in one transaction (an import's page of contacts); when one
     * of them got a link meanwhile, each is linked on its own instead.
     *
     * @param tenant the tenant
     * @param realmId the company
     * @param links the new links
     * @param at when
     */
    public void linkAll(TenantId tenant, String realmId, java.util.List<NewLink> links, Instant at) {
        if (links.isEmpty()) {
            return;
        }
        try {
            sql.batch("INSERT INTO qbo_link (tenant_id, record_type, host_record_id, qbo_realm_id, qbo_id, "
                    + "qbo_sync_token, last_synced_at, broken, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    links.stream().map(l -> new Object[] {tenant.value(), l.record().type().name(),
                            l.record().hostId(), realmId, l.qboId(), l.syncToken(), at, false, l.origin()}).toList());
        } catch (io.ledgerbridge.api.LedgerBridgeException e) {
            links.forEach(l -> linkImported(tenant, l.record(), realmId, l.qboId(), l.syncToken(), l.origin(), at));
        }
    }

    DataSource dataSource() {
        return database.dataSource();
    }
}
