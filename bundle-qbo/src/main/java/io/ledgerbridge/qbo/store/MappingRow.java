package io.ledgerbridge.qbo.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One row of a tenant's mapping table (host key to QuickBooks id). */
@Entity
@Table(name = "qbo_mapping")
@IdClass(MappingRow.Key.class)
public class MappingRow {
    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "kind")
    private String kind;
    @Id
    @Column(name = "host_key")
    private String hostKey;
    @Column(name = "remote_id", nullable = false)
    private String remoteId;
    @Column(name = "extra")
    private String extra;

    protected MappingRow() {
    }

    /**
     * @param tenantId the tenant
     * @param kind the table
     * @param hostKey the host key
     */
    public MappingRow(String tenantId, String kind, String hostKey) {
        this.tenantId = tenantId;
        this.kind = kind;
        this.hostKey = hostKey;
    }

    public String tenantId() { return tenantId; }
    public String kind() { return kind; }
    public String hostKey() { return hostKey; }
    public String remoteId() { return remoteId; }
    public String extra() { return extra; }

    /**
     * @param remoteId the QuickBooks id (or template)
     * @param extra the extra value, or {@code null}
     */
    public void set(String remoteId, String extra) {
        this.remoteId = remoteId;
        this.extra = extra;
    }

    /** Composite key of {@link MappingRow}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String kind;
        private String hostKey;

        public Key() {
        }

        /**
         * @param tenantId the tenant
         * @param kind the table
         * @param hostKey the host key
         */
        public Key(String tenantId, String kind, String hostKey) {
            this.tenantId = tenantId;
            this.kind = kind;
            this.hostKey = hostKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(kind, k.kind)
                    && Objects.equals(hostKey, k.hostKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, kind, hostKey);
        }
    }
}
