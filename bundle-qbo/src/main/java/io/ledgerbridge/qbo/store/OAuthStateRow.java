package io.ledgerbridge.qbo.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A pending authorisation: the hash of a single-use OAuth {@code state}, bound to the tenant and to the hash of the
 * administrator's session. Kept in the database so the callback may land on any node; deleted when used.
 */
@Entity
@Table(name = "qbo_oauth_state")
public class OAuthStateRow {
    @Id
    @Column(name = "state_hash")
    private String stateHash;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(name = "session_hash", nullable = false)
    private String sessionHash;
    @Column(name = "redirect_uri", nullable = false)
    private String redirectUri;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected OAuthStateRow() {
    }

    /**
     * @param stateHash SHA-256 of the state, hex
     * @param tenantId the tenant
     * @param sessionHash SHA-256 of the session id, hex
     * @param redirectUri the redirect URI sent with the authorisation (the code exchange must repeat it)
     * @param createdAt when
     * @param expiresAt when the state stops being accepted
     */
    public OAuthStateRow(String stateHash, String tenantId, String sessionHash, String redirectUri,
            Instant createdAt, Instant expiresAt) {
        this.stateHash = stateHash;
        this.tenantId = tenantId;
        this.sessionHash = sessionHash;
        this.redirectUri = redirectUri;
        this.createdAt = utc(createdAt);
        this.expiresAt = utc(expiresAt);
    }

    public String stateHash() { return stateHash; }
    public String tenantId() { return tenantId; }
    public String sessionHash() { return sessionHash; }
    public String redirectUri() { return redirectUri; }
    public Instant createdAt() { return instant(createdAt); }
    public Instant expiresAt() { return instant(expiresAt); }

    // Stored as TIMESTAMP WITH TIME ZONE through OffsetDateTime, which Jakarta Persistence maps natively (Instant it
    // would serialise as a blob).
    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
