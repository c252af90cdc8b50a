package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.OAuthStateRow;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The OAuth {@code state} values: 256 random bits each, single use, valid for ten minutes, bound to the tenant and
 * the administrator's session. Only their SHA-256 is stored (so a database reader cannot complete someone's flow),
 * in the database (so the callback may land on any node).
 */
public final class AuthorizationStates {
    /** How long an administrator has between "Connect" and Intuit's redirect back. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final String REJECTED = "QuickBooks connection refused: the authorisation link is invalid, "
            + "expired or already used";
    private static final String REJECTED_REMEDY = "click Connect QuickBooks again in Settings → "
            + "Integrations → QuickBooks, in the same browser session, and finish within 10 minutes";

    private final Database db;
    private final Clock clock;
    private final SecureRandom random;

    /**
     * @param db the connector's database
     * @param clock the time
     * @param random the source of states
     */
    public AuthorizationStates(Database db, Clock clock, SecureRandom random) {
        this.db = db;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @param tenant the tenant
     * @param sessionId the administrator's session
     * @param redirectUri the redirect URI of this flow
     * @return the new state and when it expires
     */
    public Issued issue(TenantId tenant, String sessionId, URI redirectUri) {
        Checks.requiredText(sessionId, "sessionId");
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        db.inTransaction(em -> {
            // Abandoned flows would pile up otherwise; this keeps the table at a few rows.
            em.createQuery("DELETE FROM OAuthStateRow s WHERE s.expiresAt < :now")
                    .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                    .executeUpdate();
            em.persist(new OAuthStateRow(Hashes.sha256(state), tenant.value(), Hashes.sha256(sessionId),
                    redirectUri.toString(), now, expiresAt));
            return null;
        });
        return new Issued(state, expiresAt);
    }

    /**
     * Checks a state without using it up, so a callback that needs the administrator's confirmation (a different
     * company) can come back with the same state.
     *
     * @param tenant the tenant
     * @param sessionId the session the callback arrived in
     * @param state the state from the callback
     * @throws LedgerBridgeException when the state is missing, forged, used, expired or another session's
     */
    public void verify(TenantId tenant, String sessionId, String state) {
        Instant now = clock.instant();
        boolean valid = state != null && sessionId != null && db.read(em -> {
            OAuthStateRow row = em.find(OAuthStateRow.class, Hashes.sha256(state));
            return row != null && belongs(row, tenant, sessionId) && row.expiresAt().isAfter(now);
        });
        if (!valid) {
            throw new LedgerBridgeException(REJECTED, REJECTED_REMEDY);
        }
    }

    /**
     * Accepts a state once: it must exist, belong to the tenant and session, and not be expired.
     *
     * @param tenant the tenant
     * @param sessionId the session the callback arrived in
     * @param state the state from the callback
     * @return the redirect URI the flow began with
     * @throws LedgerBridgeException when the state is missing, forged, reused, expired or another session's
     */
    public URI consume(TenantId tenant, String sessionId, String state) {
        if (state == null || sessionId == null) {
            throw new LedgerBridgeException(REJECTED, REJECTED_REMEDY);
        }
        String hash = Hashes.sha256(state);
        Instant now = clock.instant();
        String redirect = db.inTransaction(em -> {
            OAuthStateRow row = em.find(OAuthStateRow.class, hash);
            if (row == null || !belongs(row, tenant, sessionId)) {
                return null; // another session's state stays usable by its owner
            }
            // The delete is the compare-and-set: of two callbacks racing with one state, one deletes the row.
            int deleted = em.createQuery("DELETE FROM OAuthStateRow s WHERE s.stateHash = :h")
                    .setParameter("h", hash).executeUpdate();
            return deleted == 1 && row.expiresAt().isAfter(now) ? row.redirectUri() : null;
        });
        if (redirect == null) {
            throw new LedgerBridgeException(REJECTED, REJECTED_REMEDY);
        }
        return URI.create(redirect);
    }

    private static boolean belongs(OAuthStateRow row, TenantId tenant, String sessionId) {
        return row.tenantId().equals(tenant.value()) && row.sessionHash().equals(Hashes.sha256(sessionId));
    }

    /**
     * @param state the state to put in the authorisation URL (never stored)
     * @param expiresAt when it stops being accepted
     */
    public record Issued(String state, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }
}
