package io.ledgerbridge.qbo.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The link between one host record and its QuickBooks entity: the QuickBooks id and SyncToken, and a hash and
 * snapshot of what was last pushed (to skip unchanged pushes and to tell remote edits from our own echoes).
 */
@Entity
@Table(name = "qbo_link")
@IdClass(RecordLink.Key.class)
public class RecordLink {
    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "record_type")
    private String recordType;
    @Id
    @Column(name = "host_record_id")
    private String hostRecordId;
    @Column(name = "qbo_realm_id", nullable = false)
    private String qboRealmId;
    @Column(name = "qbo_id")
    private String qboId;
    @Column(name = "qbo_sync_token")
    private String qboSyncToken;
    @Column(name = "pushed_hash")
    private String pushedHash;
    @Column(name = "pushed_snapshot")
    private String pushedSnapshot;
    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;
    @Column(name = "broken", nullable = false)
    private boolean broken;
    @Column(name = "remote_snapshot")
    private String remoteSnapshot;
    @Column(name = "broken_reason")
    private String brokenReason;
    @Column(name = "pending_snapshot")
    private String pendingSnapshot;
    @Column(name = "origin")
    private String origin;
    @Column(name = "merged_into_qbo_id")
    private String mergedIntoQboId;
    @Column(name = "create_request_id")
    private String createRequestId;
    @Column(name = "create_hash")
    private String createHash;

    protected RecordLink() {
    }

    /**
     * @param tenantId the tenant
     * @param recordType the host record's type
     * @param hostRecordId the host record's id
     * @param qboRealmId the QuickBooks company
     */
    public RecordLink(String tenantId, String recordType, String hostRecordId, String qboRealmId) {
        this.tenantId = tenantId;
        this.recordType = recordType;
        this.hostRecordId = hostRecordId;
        this.qboRealmId = qboRealmId;
    }

    public String tenantId() { return tenantId; }
    public String recordType() { return recordType; }
    public String hostRecordId() { return hostRecordId; }
    public String qboRealmId() { return qboRealmId; }
    public String qboId() { return qboId; }
    public String qboSyncToken() { return qboSyncToken; }
    public String pushedHash() { return pushedHash; }
    public String pushedSnapshot() { return pushedSnapshot; }
    public Instant lastSyncedAt() { return lastSyncedAt; }
    public boolean broken() { return broken; }
    /** @return QuickBooks' host-owned fields as last seen and accepted (JSON of field to value), or {@code null} */
    public String remoteSnapshot() { return remoteSnapshot; }
    /** @return why the link broke, in plain words, or {@code null} */
    public String brokenReason() { return brokenReason; }
    /**
     * @return the host-owned fields of an update sent to QuickBooks whose answer is not stored yet (JSON of field to
     *         value), or {@code null}
     */
    public String pendingSnapshot() { return pendingSnapshot; }
    /**
     * @return where the link came from: {@link LinkStore#IMPORTED}, a payment recorded in QuickBooks again
     *         ({@link LinkStore#recordAgain}), or {@code null} for a record LedgerBridge pushed
     */
    public String origin() { return origin; }
    /** @return the QuickBooks record this link's entity was merged into (the link is broken meanwhile), or {@code null} */
    public String mergedIntoQboId() { return mergedIntoQboId; }
    /**
     * @return the requestid of a create sent whose answer is not stored ({@link PendingCreates}), or {@code null}
     */
    public String createRequestId() { return createRequestId; }
    /** @return the hash of what that create carried, or {@code null} */
    public String createHash() { return createHash; }

    /**
     * Records an accepted push.
     *
     * @param qboId QuickBooks' id
     * @param syncToken QuickBooks' SyncToken after the write
     * @param hash the hash of what was pushed
     * @param snapshot what was pushed, as JSON
     * @param remote QuickBooks' host-owned fields after the write (JSON), or {@code null}
     * @param at when QuickBooks accepted it
     */
    public void pushed(String qboId, String syncToken, String hash, String snapshot, String remote, Instant at) {
        this.remoteSnapshot = remote;
        this.pendingSnapshot = null;
        this.brokenReason = null;
        this.qboId = qboId;
        this.qboSyncToken = syncToken;
        this.pushedHash = hash;
        this.pushedSnapshot = snapshot;
        this.lastSyncedAt = at;
        this.broken = false;
        this.createRequestId = null;
        this.createHash = null;
    }

    /** Marks the link broken (the QuickBooks entity was deleted); the next push needs the repair steps. */
    public void markBroken() {
        this.broken = true;
    }

    /** Composite key of {@link RecordLink}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String recordType;
        private String hostRecordId;

        public Key() {
        }

        /**
         * @param tenantId the tenant
         * @param recordType the record type
         * @param hostRecordId the host id
         */
        public Key(String tenantId, String recordType, String hostRecordId) {
            this.tenantId = tenantId;
            this.recordType = recordType;
            this.hostRecordId = hostRecordId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(recordType, k.recordType)
                    && Objects.equals(hostRecordId, k.hostRecordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, recordType, hostRecordId);
        }
    }
}
