package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads and writes {@link RecordLink}s: the QuickBooks id, SyncToken and hash of what was pushed. */
public final class LinkStore {
    private final Database database;
    private final SqlRunner sql;

    /** @param database the connector's database */
    public LinkStore(Database database) {
        this.database = database;
        this.sql = new SqlRunner(database.dataSource(), "use the sync links");
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return its link, if any
     */
    public Optional<RecordLink> find(TenantId tenant, RecordRef record) {
        return database.read(em -> Optional.ofNullable(em.find(RecordLink.class, key(tenant, record))));
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return QuickBooks' id of the record when linked and not broken
     */
    public Optional<String> qboId(TenantId tenant, RecordRef record) {
        return find(tenant, record).filter(l -> !l.broken() && l.qboId() != null).map(RecordLink::qboId);
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
     * @param tenant the tenant
     * @param type the record type
     * @param qboId a QuickBooks id
     * @return the link of the host record of that type linked to it, if any
     */
    public Optional<RecordLink> findByQboId(TenantId tenant, io.ledgerbridge.api.event.RecordType type, String qboId) {
        return database.read(em -> em.createQuery("SELECT l FROM RecordLink l WHERE l.tenantId = :t "
                + "AND l.recordType = :r AND l.qboId = :q", RecordLink.class).setParameter("t", tenant.value())
                .setParameter("r", type.name()).setParameter("q", qboId).getResultList().stream().findFirst());
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
     * Points a link at the record QuickBooks merged its entity into.
     *
     * @param tenant the tenant
     * @param record the record
     * @param qboId the surviving entity's id
     * @param syncToken its SyncToken
     */
    public void repoint(TenantId tenant, RecordRef record, String qboId, String syncToken) {
        sql.update("UPDATE qbo_link SET qbo_id = ?, qbo_sync_token = ?, broken = FALSE, broken_reason = NULL "
                + "WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?", qboId, syncToken, tenant.value(),
                record.type().name(), record.hostId());
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

    /**
     * @param tenant the tenant
     * @param record the record
     * @return QuickBooks' total minus the host's after the last push, when they differ
     */
    public Optional<String> totalDifference(TenantId tenant, RecordRef record) {
        return sql.query("SELECT total_difference FROM qbo_link WHERE tenant_id = ? AND record_type = ? "
                + "AND host_record_id = ?", rs -> Optional.ofNullable(rs.getString(1)), tenant.value(),
                record.type().name(), record.hostId()).stream().findFirst().flatMap(o -> o);
    }

    /**
     * @param tenant the tenant
     * @param type the record type
     * @param qboId a QuickBooks id
     * @return whether some host record of that type is linked to it
     */
    public boolean isLinked(TenantId tenant, io.ledgerbridge.api.event.RecordType type, String qboId) {
        return !sql.query("SELECT 1 FROM qbo_link WHERE tenant_id = ? AND record_type = ? AND qbo_id = ?",
                rs -> 1, tenant.value(), type.name(), qboId).isEmpty();
    }

    private static RecordLink.Key key(TenantId tenant, RecordRef record) {
        return new RecordLink.Key(tenant.value(), record.type().name(), record.hostId());
    }

    DataSource dataSource() {
        return database.dataSource();
    }
}
