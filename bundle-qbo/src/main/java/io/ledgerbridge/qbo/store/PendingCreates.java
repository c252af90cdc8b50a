package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;

/**
 * Creates sent to QuickBooks whose answer is not stored yet, noted on the record's link (its QuickBooks id still
 * empty) before the call: the requestid and the hash of what the create carried. A crash or a timeout leaves the note,
 * so the record's next push, whichever outbox row carries it, sends the same requestid and QuickBooks answers the
 * original create instead of making a second entity. {@link RecordLink#pushed} clears it with the answer.
 */
public final class PendingCreates {
    private final SqlRunner sql;

    /** @param links the links the notes are kept on */
    public PendingCreates(LinkStore links) {
        this.sql = new SqlRunner(links.dataSource(), "use the sync links");
    }

    /**
     * Notes a create about to be sent (committed when this returns).
     *
     * @param tenant the tenant
     * @param record the record
     * @param realmId the company
     * @param requestId the create's requestid
     * @param hash the hash of what the create carries
     */
    public void sending(TenantId tenant, RecordRef record, String realmId, String requestId, String hash) {
        if (sql.update("UPDATE qbo_link SET create_request_id = ?, create_hash = ? WHERE tenant_id = ? "
                + "AND record_type = ? AND host_record_id = ? AND qbo_id IS NULL", requestId, hash, tenant.value(),
                record.type().name(), record.hostId()) == 0) {
            sql.update("INSERT INTO qbo_link (tenant_id, record_type, host_record_id, qbo_realm_id, broken, "
                    + "create_request_id, create_hash) VALUES (?, ?, ?, ?, ?, ?, ?)", tenant.value(),
                    record.type().name(), record.hostId(), realmId, false, requestId, hash);
        }
    }

    /**
     * Forgets the note of a create that made nothing: QuickBooks refused it outright (the requestid would only replay
     * the refusal), or it was never sent. A link that was only that note goes, so the record's next push is a first
     * push again (with its first-link matching).
     *
     * @param tenant the tenant
     * @param record the record
     */
    public void forget(TenantId tenant, RecordRef record) {
        Object[] key = {tenant.value(), record.type().name(), record.hostId()};
        sql.update("DELETE FROM qbo_link WHERE tenant_id = ? AND record_type = ? AND host_record_id = ? "
                + "AND qbo_id IS NULL AND origin IS NULL", key);
        sql.update("UPDATE qbo_link SET create_request_id = NULL, create_hash = NULL WHERE tenant_id = ? "
                + "AND record_type = ? AND host_record_id = ? AND qbo_id IS NULL", key);
    }
}
