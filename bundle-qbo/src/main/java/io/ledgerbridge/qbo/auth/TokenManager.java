package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.error.ErrorDetails;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.error.QboThrottledException;
import io.ledgerbridge.qbo.client.error.QboTransientException;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.store.ConnectionRow;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.TokenRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out access tokens per company and refreshes them: ahead of expiry, or once after QuickBooks rejects one.
 * One per connector instance. A refresh is single-flight per company: threads of this JVM queue on a lock, and
 * nodes sharing the database queue on a row lock of {@code qbo_token}; whoever comes second finds the token
 * already refreshed and uses it, so one refresh makes one token exchange. The rotated refresh token is committed
 * before the new access token is handed out. {@code invalid_grant} turns the connection RECONNECT_REQUIRED and
 * mails the recipients once; transient failures are retried and change nothing.
 */
public final class TokenManager {
    /** Refresh this long before the access token expires, so no call goes out with a token about to die. */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** Intuit's hard limit on a grant, counted from the first issue. */
    public static final Duration HARD_LIFETIME = Duration.ofDays(5 * 365 + 1);

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final Database db;
    private final OAuthHttp oauth;
    private final TokenCipher cipher;
    private final ReconnectNotifier notifier;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ConcurrentMap<TenantId, ReentrantLock> locks = new ConcurrentHashMap<>();

    /**
     * @param db the connector's database
     * @param oauth Intuit's token endpoint
     * @param cipher encrypts tokens at rest
     * @param notifier mails the recipients when the grant is gone
     * @param retry decides about transient refresh failures (keep its waits short: a row lock is held)
     * @param sleeper waits between attempts
     * @param clock the time
     */
    public TokenManager(Database db, OAuthHttp oauth, TokenCipher cipher, ReconnectNotifier notifier,
            RetryPolicy retry, Sleeper sleeper, Clock clock) {
        this.db = db;
        this.oauth = oauth;
        this.cipher = cipher;
        this.notifier = notifier;
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @return the token source the QuickBooks client of the tenant's company uses
     */
    public AccessTokenSource sourceFor(TenantId tenant) {
        return new AccessTokenSource() {
            @Override
            public String currentToken() {
                return TokenManager.this.currentToken(tenant);
            }

            @Override
            public String refreshAfterRejection(String rejectedToken) {
                return TokenManager.this.refreshAfterRejection(tenant, rejectedToken);
            }

            @Override
            public String toString() {
                return "AccessTokenSource[" + tenant + "]";
            }
        };
    }

    /**
     * @param tenant the tenant
     * @return an access token valid for at least {@link #REFRESH_MARGIN}
     * @throws ConnectionUnavailableException when not connected or reconnect is required
     * @throws QboTransientException when Intuit cannot refresh right now (retry later)
     */
    public String currentToken(TenantId tenant) {
        TokenRow row = usableRow(tenant);
        if (fresh(row)) {
            return access(row);
        }
        return refresh(tenant, stored -> !fresh(stored));
    }

    /**
     * @param tenant the tenant
     * @param rejectedToken the access token QuickBooks answered 401 to
     * @return the token to retry with: another thread's newer one, or a freshly refreshed one
     */
    public String refreshAfterRejection(TenantId tenant, String rejectedToken) {
        usableRow(tenant);
        return refresh(tenant, stored -> access(stored).equals(rejectedToken) || !fresh(stored));
    }

    /**
     * Stores the tokens of a new authorisation into a row, encrypted and bound to tenant and company.
     *
     * @param row the tenant's token row (new or existing)
     * @param tokens what Intuit issued
     * @param now when
     */
    void store(TokenRow row, TokenResponse tokens, Instant now) {
        Instant idle = now.plusSeconds(tokens.refreshExpiresIn());
        if (idle.isAfter(row.refreshHardExpiresAt())) {
            idle = row.refreshHardExpiresAt();
        }
        row.issued(cipher.encrypt(tokens.accessToken(), context(row, "access")),
                now.plusSeconds(tokens.expiresIn()),
                cipher.encrypt(tokens.refreshToken(), context(row, "refresh")), idle, now);
    }

    /** @return the row's refresh token, decrypted */
    String refreshToken(TokenRow row) {
        return cipher.decrypt(row.refreshTokenEnc(), context(row, "refresh"));
    }

    private String access(TokenRow row) {
        return cipher.decrypt(row.accessTokenEnc(), context(row, "access"));
    }

    private static String context(TokenRow row, String purpose) {
        return "qbo-token/" + row.tenantId() + "/" + row.qboRealmId() + "/" + purpose;
    }

    private boolean fresh(TokenRow row) {
        return row.accessExpiresAt().isAfter(clock.instant().plus(REFRESH_MARGIN));
    }

    private TokenRow usableRow(TenantId tenant) {
        return db.read(em -> {
            ConnectionRow connection = em.find(ConnectionRow.class, tenant.value());
            TokenRow row = em.find(TokenRow.class, tenant.value());
            check(tenant, connection, row);
            return row;
        });
    }

    private static void check(TenantId tenant, ConnectionRow connection, TokenRow row) {
        if (connection != null && ConnectionState.RECONNECT_REQUIRED.name().equals(connection.state())) {
            throw ConnectionUnavailableException.reconnectRequired(tenant, connection.message());
        }
        if (connection == null || row == null || !ConnectionState.CONNECTED.name().equals(connection.state())) {
            throw ConnectionUnavailableException.notConnected(tenant);
        }
    }

    private String refresh(TenantId tenant, Predicate<TokenRow> stillNeeded) {
        ReentrantLock lock = locks.computeIfAbsent(tenant, t -> new ReentrantLock());
        lock.lock();
        try {
            Outcome outcome;
            try {
                outcome = db.inTransaction(em -> refreshLocked(em, tenant, stillNeeded));
            } catch (PersistenceException e) {
                // A lock wait that timed out behind another node's refresh, a lost compare-and-set, or a database
                // hiccup: if someone else stored a good token meanwhile, use it; otherwise retry later.
                return afterDatabaseFailure(tenant, e);
            }
            if (outcome.accessToken != null) {
                return outcome.accessToken;
            }
            ConnectionUnavailableException failure = ConnectionUnavailableException.reconnectRequired(tenant,
                    outcome.cause);
            if (outcome.notify) {
                try {
                    notifier.refreshFailed(tenant, outcome.companyName, outcome.realmId, outcome.cause);
                } catch (RuntimeException e) {
                    // The host's mail failed; the state change stands and the Integrations page shows it.
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        } finally {
            lock.unlock();
        }
    }

    private String afterDatabaseFailure(TenantId tenant, PersistenceException failure) {
        TokenRow row;
        try {
            row = usableRow(tenant);
        } catch (PersistenceException again) {
            failure.addSuppressed(again);
            row = null;
        }
        if (row != null && fresh(row)) {
            return access(row);
        }
        throw new QboTransientException("Token refresh delayed: the connector's database did not complete the "
                + "refresh (" + failure.getMessage() + "); the sync retries automatically and nothing is lost",
                ErrorDetails.noResponse("refresh access token", String.valueOf(failure.getMessage())),
                QboTransientException.Reason.TIMEOUT, failure);
    }

    private Outcome refreshLocked(EntityManager em, TenantId tenant, Predicate<TokenRow> stillNeeded) {
        // The row lock is the cross-node single flight: a second node waits here, then sees the new version.
        TokenRow row = em.find(TokenRow.class, tenant.value(), LockModeType.PESSIMISTIC_WRITE);
        ConnectionRow connection = em.find(ConnectionRow.class, tenant.value());
        check(tenant, connection, row);
        if (!stillNeeded.test(row)) {
            return Outcome.token(access(row));
        }
        TokenResponse tokens;
        try {
            tokens = refreshWithRetry(row);
        } catch (OAuthException e) {
            if (e.kind() != OAuthException.Kind.INVALID_GRANT) {
                throw new LedgerBridgeException("Token refresh failed: Intuit rejected the request: " + e.getMessage(),
                        e.kind() == OAuthException.Kind.INVALID_CLIENT
                                ? "check client.id and client.secret of PID " + ConnectionTexts.PID
                                : "try again later; if it persists, contact support with the intuit_tid", e);
            }
            Instant now = clock.instant();
            connection.changeState(ConnectionState.RECONNECT_REQUIRED.name(), ConnectionTexts.refreshRefused(
                    e.detail(), row.refreshIdleExpiresAt(), row.refreshHardExpiresAt(), now),
                    ConnectionTexts.RECONNECT_REMEDY, now);
            connection.checked(now);
            boolean notify = connection.reconnectNotifiedAt() == null;
            if (notify) {
                connection.reconnectNotified(now);
            }
            LOG.warn("QuickBooks refused the refresh token of tenant {} (realm {}): {}; sync paused until an "
                    + "administrator reconnects", tenant, row.qboRealmId(), e.getMessage());
            return Outcome.reconnect(notify, connection.companyName(), row.qboRealmId(), connection.message());
        }
        store(row, tokens, clock.instant());
        connection.checked(clock.instant());
        LOG.info("Refreshed the QuickBooks access token of tenant {} (realm {})", tenant, row.qboRealmId());
        return Outcome.token(tokens.accessToken());
    }

    private TokenResponse refreshWithRetry(TokenRow row) {
        String refreshToken = refreshToken(row);
        for (int attempts = 1; ; attempts++) {
            try {
                return oauth.refresh(refreshToken);
            } catch (OAuthException e) {
                if (e.kind() != OAuthException.Kind.TRANSIENT) {
                    throw e;
                }
                QboException failure = transientFailure(e);
                if (!retry.shouldRetry(failure, attempts)) {
                    throw failure;
                }
                try {
                    sleeper.sleep(retry.sleepTime(failure, attempts));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private static QboException transientFailure(OAuthException e) {
        ErrorDetails details = new ErrorDetails("refresh access token", e.status(), e.error(), null, e.getMessage(),
                null, e.intuitTid());
        String what = "Token refresh delayed: Intuit's token endpoint "
                + (e.status() == 0 ? "did not answer" : "answered HTTP " + e.status())
                + "; the sync retries automatically and nothing is lost";
        if (e.status() == 429) {
            return new QboThrottledException(what, details, null);
        }
        return new QboTransientException(what, details, e.status() == 0 ? QboTransientException.Reason.TIMEOUT
                : QboTransientException.Reason.SERVER_ERROR, e);
    }

    /** What a refresh came to; never printed with its token. */
    private static final class Outcome {
        final String accessToken;
        final boolean notify;
        final String companyName;
        final String realmId;
        final String cause;

        private Outcome(String accessToken, boolean notify, String companyName, String realmId, String cause) {
            this.accessToken = accessToken;
            this.notify = notify;
            this.companyName = companyName;
            this.realmId = realmId;
            this.cause = cause;
        }

        static Outcome token(String accessToken) {
            return new Outcome(accessToken, false, null, null, null);
        }

        static Outcome reconnect(boolean notify, String companyName, String realmId, String cause) {
            return new Outcome(null, notify, companyName, realmId, cause);
        }
    }
}
