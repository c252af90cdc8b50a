package io.ledgerbridge.qbo.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A tenant's OAuth tokens, each encrypted (AES-GCM) before it reaches this row. The version column makes every
 * write a compare-and-set, so two nodes can never both store a refresh. Its {@link #toString()} shows no token.
 */
@Entity
@Table(name = "qbo_token")
public class TokenRow {
    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "qbo_realm_id", nullable = false)
    private String qboRealmId;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "access_token_enc", nullable = false)
    private String accessTokenEnc;
    @Column(name = "access_expires_at", nullable = false)
    private OffsetDateTime accessExpiresAt;
    @Column(name = "refresh_token_enc", nullable = false)
    private String refreshTokenEnc;
    @Column(name = "refresh_idle_expires_at", nullable = false)
    private OffsetDateTime refreshIdleExpiresAt;
    @Column(name = "refresh_hard_expires_at", nullable = false)
    private OffsetDateTime refreshHardExpiresAt;
    @Column(name = "first_issued_at", nullable = false)
    private OffsetDateTime firstIssuedAt;
    @Column(name = "refreshed_at", nullable = false)
    private OffsetDateTime refreshedAt;

    protected TokenRow() {
    }

    /**
     * Tokens from a new authorisation.
     *
     * @param tenantId the tenant
     * @param qboRealmId the company
     * @param firstIssuedAt when the grant was made (the 5-year hard expiry counts from here)
     * @param refreshHardExpiresAt when the refresh token stops working whatever happens
     */
    public TokenRow(String tenantId, String qboRealmId, Instant firstIssuedAt, Instant refreshHardExpiresAt) {
        this.tenantId = tenantId;
        this.qboRealmId = qboRealmId;
        this.firstIssuedAt = utc(firstIssuedAt);
        this.refreshHardExpiresAt = utc(refreshHardExpiresAt);
    }

    public String tenantId() { return tenantId; }
    public String qboRealmId() { return qboRealmId; }
    public long version() { return version; }
    public String accessTokenEnc() { return accessTokenEnc; }
    public Instant accessExpiresAt() { return instant(accessExpiresAt); }
    public String refreshTokenEnc() { return refreshTokenEnc; }
    public Instant refreshIdleExpiresAt() { return instant(refreshIdleExpiresAt); }
    public Instant refreshHardExpiresAt() { return instant(refreshHardExpiresAt); }
    public Instant firstIssuedAt() { return instant(firstIssuedAt); }
    public Instant refreshedAt() { return instant(refreshedAt); }

    /**
     * Stores newly issued tokens (already encrypted).
     *
     * @param accessTokenEnc the encrypted access token
     * @param accessExpiresAt when it expires
     * @param refreshTokenEnc the encrypted refresh token (the rotated one, when Intuit rotated it)
     * @param refreshIdleExpiresAt when the refresh token expires unless used
     * @param at when they were issued
     */
    public void issued(String accessTokenEnc, Instant accessExpiresAt, String refreshTokenEnc,
            Instant refreshIdleExpiresAt, Instant at) {
        this.accessTokenEnc = accessTokenEnc;
        this.accessExpiresAt = utc(accessExpiresAt);
        this.refreshTokenEnc = refreshTokenEnc;
        this.refreshIdleExpiresAt = utc(refreshIdleExpiresAt);
        this.refreshedAt = utc(at);
    }

    @Override
    public String toString() {
        return "TokenRow[tenant=" + tenantId + ", realm=" + qboRealmId + ", version=" + version
                + ", accessExpiresAt=" + accessExpiresAt + "]";
    }

    // Stored as TIMESTAMP WITH TIME ZONE through OffsetDateTime, which Jakarta Persistence maps natively (Instant it
    // would serialise as a blob).
    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
