package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import java.util.Optional;

/**
 * The reads of {@link RecordLink}s: a host record's link, its QuickBooks id and total difference, and from QuickBooks'
 * side which host record an id of a company is linked to (one id, or one page's ids at a time). The writes are
 * {@link LinkStore}'s, which callers hold.
 */
abstract sealed class LinkReads permits LinkStore {
    final Database database;
    final SqlRunner sql;

    LinkReads(Database database) {
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
     * QuickBooks ids are small per-company sequences, so an id names a record only together with its company.
     *
     * @param tenant the tenant
     * @param realmId the QuickBooks company the id belongs to
     * @param type the record type
     * @param qboId a QuickBooks id
     * @return the link of the host record of that type linked to it in that company, if any
     */
    public Optional<RecordLink> findByQboId(TenantId tenant, String realmId, io.ledgerbridge.api.event.RecordType type,
            String qboId) {
        return database.read(em -> em.createQuery("SELECT l FROM RecordLink l WHERE l.tenantId = :t "
                + "AND l.qboRealmId = :realm AND l.recordType = :r AND l.qboId = :q", RecordLink.class)
                .setParameter("t", tenant.value()).setParameter("realm", realmId).setParameter("r", type.name())
                .setParameter("q", qboId).getResultList().stream().findFirst());
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
     * @param realmId the QuickBooks company the id belongs to
     * @param type the record type
     * @param qboId a QuickBooks id
     * @return whether some host record of that type is linked to it in that company
     */
    public boolean isLinked(TenantId tenant, String realmId, io.ledgerbridge.api.event.RecordType type,
            String qboId) {
        return !sql.query("SELECT 1 FROM qbo_link WHERE tenant_id = ? AND qbo_realm_id = ? AND record_type = ? "
                + "AND qbo_id = ?", rs -> 1, tenant.value(), realmId, type.name(), qboId).isEmpty();
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return whether it was imported from QuickBooks (its host edits are not pushed)
     */
    public boolean isImported(TenantId tenant, RecordRef record) {
        return !sql.query("SELECT 1 FROM qbo_link WHERE tenant_id = ? AND record_type = ? AND host_record_id = ? "
                + "AND origin = ?", rs -> 1, tenant.value(), record.type().name(), record.hostId(), LinkStore.IMPORTED)
                .isEmpty();
    }

    /**
     * @param tenant the tenant
     * @param realmId the QuickBooks company the id belongs to
     * @param type the record type
     * @param qboId a QuickBooks id
     * @return the host id of the record of that type linked to it in that company, if any
     */
    public Optional<String> hostId(TenantId tenant, String realmId, io.ledgerbridge.api.event.RecordType type,
            String qboId) {
        return sql.query("SELECT host_record_id FROM qbo_link WHERE tenant_id = ? AND qbo_realm_id = ? "
                + "AND record_type = ? AND qbo_id = ?", rs -> rs.getString(1), tenant.value(), realmId, type.name(),
                qboId).stream().findFirst();
    }

    /**
     * @param tenant the tenant
     * @param realmId the QuickBooks company the ids belong to
     * @param type the record type
     * @param qboIds QuickBooks ids (one page's)
     * @return the host id linked to each of them that is linked in that company
     */
    public java.util.Map<String, String> hostIds(TenantId tenant, String realmId,
            io.ledgerbridge.api.event.RecordType type, java.util.List<String> qboIds) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (int from = 0; from < qboIds.size(); from += 500) {
            java.util.List<String> chunk = qboIds.subList(from, Math.min(from + 500, qboIds.size()));
            Object[] args = new Object[chunk.size() + 3];
            args[0] = tenant.value();
            args[1] = realmId;
            args[2] = type.name();
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 3] = chunk.get(i);
            }
            sql.query("SELECT qbo_id, host_record_id FROM qbo_link WHERE tenant_id = ? AND qbo_realm_id = ? "
                    + "AND record_type = ? AND qbo_id "
                    + "IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> found.put(rs.getString(1), rs.getString(2)), args);
        }
        return found;
    }

    static RecordLink.Key key(TenantId tenant, RecordRef record) {
        return new RecordLink.Key(tenant.value(), record.type().name(), record.hostId());
    }
}
