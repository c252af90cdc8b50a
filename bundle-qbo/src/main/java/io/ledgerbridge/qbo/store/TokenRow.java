package io.ledgerbridge.qbo.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

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
    private Instant accessExpiresAt;
    @Column(name = "refresh_token_enc", nullable = false)
    private String refreshTokenEnc;
    @Column(name = "refresh_idle_expires_at", nullable = false)
    private Instant refreshIdleExpiresAt;
    @Column(name = "refresh_hard_expires_at", nullable = false)
    private Instant refreshHardExpiresAt;
    @Column(name = "first_issued_at", nullable = false)
    private Instant firstIssuedAt;
    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

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
        this.firstIssuedAt = firstIssuedAt;
        this.refreshHardExpiresAt = refreshHardExpiresAt;
    }

    public String tenantId() { return tenantId; }
    public String qboRealmId() { return qboRealmId; }
    public long version() { return version; }
    public String accessTokenEnc() { return accessTokenEnc; }
    public Instant accessExpiresAt() { return accessExpiresAt; }
    public String refreshTokenEnc() { return refreshTokenEnc; }
    public Instant refreshIdleExpiresAt() { return refreshIdleExpiresAt; }
    public Instant refreshHardExpiresAt() { return refreshHardExpiresAt; }
    public Instant firstIssuedAt() { return firstIssuedAt; }
    public Instant refreshedAt() { return refreshedAt; }

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
        this.accessExpiresAt = accessExpiresAt;
        this.refreshTokenEnc = refreshTokenEnc;
        this.refreshIdleExpiresAt = refreshIdleExpiresAt;
        this.refreshedAt = at;
    }

    @Override
    public String toString() {
        return "TokenRow[tenant=" + tenantId + ", realm=" + qboRealmId + ", version=" + version
                + ", accessExpiresAt=" + accessExpiresAt + "]";
    }
}
