package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.CompanySwitchException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.ConnectionRow;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.TokenRow;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The QuickBooks grant of {@link ConnectionService}, given and taken back. Given through the authorisation-code flow:
 * Intuit's authorisation URL with a single-use state, then the callback: its checks (state, Intuit's error, one company
 * per tenant and one tenant per company), the code exchanged for tokens, the company read, and the connection and
 * tokens stored in one transaction; a grant that ends up unused is revoked at once. Taken back by disconnect: the
 * tokens are deleted, then Intuit is asked to revoke the grant.
 */
final class AuthorizationFlow {
    // The connection's log lines keep the logger operators know them by.
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionService.class);

    private final Database db;
    private final ConnectorConfig config;
    private final OAuthHttp oauth;
    private final CompanyReader companies;
    private final TokenManager tokens;
    private final AuthorizationStates states;
    private final SettingsStore settings;
    private final OutboxQueue queue;
    private final Clock clock;
    private final Function<String, Optional<TenantId>> tenantForRealm;

    /**
     * Takes the collaborators {@link ConnectionService} was given, and:
     *
     * @param tenantForRealm the tenant connected to a company, if any ({@link ConnectionService#tenantForRealm})
     */
    AuthorizationFlow(Database db, ConnectorConfig config, OAuthHttp oauth, CompanyReader companies,
            TokenManager tokens, AuthorizationStates states, SettingsStore settings, OutboxQueue queue, Clock clock,
            Function<String, Optional<TenantId>> tenantForRealm) {
        this.db = db;
        this.config = config;
        this.oauth = oauth;
        this.companies = companies;
        this.tokens = tokens;
        this.states = states;
        this.settings = settings;
        this.queue = queue;
        this.clock = clock;
        this.tenantForRealm = tenantForRealm;
    }

    /** As {@link ConnectionService#beginConnect}: a single-use state and Intuit's authorisation URL. */
    AuthorizationStart begin(TenantId tenant, String sessionId, URI redirectUri) {
        Checks.required(tenant, "tenant");
        if (!config.hasAppCredentials()) {
            throw new LedgerBridgeException("QuickBooks app credentials are not configured",
                    "set client.id, client.secret and redirect.uri in the configuration of PID "
                            + ConnectionTexts.PID);
        }
        URI redirect = redirectUri != null ? redirectUri : config.redirectUri();
        AuthorizationStates.Issued issued = states.issue(tenant, sessionId, redirect);
        String base = config.authorizeUrl().toString();
        String url = base + (base.contains("?") ? "&" : "?")
                + "client_id=" + encode(config.clientId())
                + "&response_type=code"
                + "&scope=" + encode(ConnectionService.SCOPE)
                + "&redirect_uri=" + encode(redirect.toString())
                + "&state=" + encode(issued.state());
        return new AuthorizationStart(URI.create(url), issued.expiresAt());
    }

    /**
     * As {@link ConnectionService#completeConnect}: checks the callback, exchanges the code, reads the company and
     * stores the connection and its tokens; pushes that waited for the connection are due again.
     */
    void complete(TenantId tenant, String sessionId, AuthorizationCallback callback) {
        Checks.required(callback, "callback");
        states.verify(tenant, sessionId, callback.state());
        if (callback.error() != null) {
            states.consume(tenant, sessionId, callback.state());
            if ("access_denied".equals(callback.error())) {
                throw new LedgerBridgeException("QuickBooks connection cancelled: access was not granted on "
                        + "Intuit's page", "click Connect QuickBooks again and choose Connect to grant access");
            }
            throw new LedgerBridgeException("QuickBooks connection failed: Intuit answered " + callback.error()
                    + (callback.errorDescription() != null ? " (" + callback.errorDescription() + ")" : ""),
                    "click Connect QuickBooks again; sign in as an administrator of the QuickBooks company");
        }
        if (callback.code() == null || callback.companyId() == null) {
            states.consume(tenant, sessionId, callback.state());
            throw new LedgerBridgeException("QuickBooks connection failed: Intuit sent no authorisation code or "
                    + "company", "click Connect QuickBooks again");
        }
        String realm = callback.companyId();
        // Checked before the state is used up and before the code is exchanged: a refusal stores nothing, and the
        // host may ask the administrator and come back with the same callback and the switch confirmed.
        refuseMixingCompanies(tenant, realm, callback.confirmCompanySwitch());
        URI redirect = states.consume(tenant, sessionId, callback.state());

        TokenResponse issued;
        try {
            issued = oauth.exchangeCode(callback.code(), redirect);
        } catch (OAuthException e) {
            throw new LedgerBridgeException("QuickBooks connection failed: Intuit did not accept the authorisation: "
                    + e.getMessage(), e.kind() == OAuthException.Kind.INVALID_CLIENT
                            ? "check client.id and client.secret of PID " + ConnectionTexts.PID
                            : "click Connect QuickBooks again", e);
        }
        CompanyFacts facts;
        try {
            facts = companies.read(realm, new IssuedToken(issued.accessToken()));
        } catch (QboException e) {
            revokeQuietly(issued.refreshToken(), tenant);
            throw new LedgerBridgeException("QuickBooks connection failed: the company could not be read: "
                    + e.getMessage(), "click Connect QuickBooks again; sign in as an administrator of the company", e);
        }
        Instant now = clock.instant();
        try {
            store(tenant, realm, issued, facts, now);
        } catch (RuntimeException e) {
            if (!Database.violatesConstraint(e)) {
                throw e;
            }
            // Another tenant connected this company between the check above and this write: the unique
            // constraint on the connected company refused ours, and the grant Intuit just issued is given back.
            revokeQuietly(issued.refreshToken(), tenant);
            throw companyTaken(realm, e);
        }
        LOG.info("Tenant {} connected QuickBooks company {} ({}) in {}", tenant, realm, facts.companyName(),
                config.environment());
        // The pushes that waited for the connection go now, not after their retry delay.
        int resumed = queue.resumeAfterReconnect(tenant, now);
        if (resumed > 0) {
            LOG.info("Tenant {}: {} pushes that waited for the connection are due again", tenant, resumed);
        }
    }

    private void store(TenantId tenant, String realm, TokenResponse issued, CompanyFacts facts, Instant now) {
        db.inTransaction(em -> {
            // The token row first, locked like a refresh does: a refresh in flight (one that may fail on the revoked
            // token and mark the connection RECONNECT_REQUIRED) finishes before this connection replaces it.
            TokenRow old = em.find(TokenRow.class, tenant.value(), LockModeType.PESSIMISTIC_WRITE);
            ConnectionRow row = em.find(ConnectionRow.class, tenant.value());
            if (row == null) {
                row = new ConnectionRow(tenant.value(), ConnectionState.CONNECTED.name(), now);
                em.persist(row);
            } else if (row.qboRealmId() != null && !row.qboRealmId().equals(realm)) {
                // A confirmed switch: the old company's ids must never be written into the new one.
                settings.forgetCompany(em, tenant, realm);
            }
            row.connected(realm, config.environment(), facts.details(), ConnectionTexts.CONNECTED, now);
            if (old != null) {
                em.remove(old);
                em.flush();
            }
            TokenRow fresh = new TokenRow(tenant.value(), realm, now, now.plus(TokenManager.HARD_LIFETIME));
            tokens.store(fresh, issued, now);
            em.persist(fresh);
            em.flush(); // the unique connected company is checked here, inside the try of the caller
            return null;
        });
    }

    /**
     * As {@link ConnectionService#disconnect}: the tokens are deleted first, then Intuit is asked to revoke the grant.
     */
    ConnectionStatus disconnect(TenantId tenant) {
        Instant now = clock.instant();
        Removed removed = db.inTransaction(em -> {
            ConnectionRow row = em.find(ConnectionRow.class, tenant.value());
            TokenRow token = em.find(TokenRow.class, tenant.value(), LockModeType.PESSIMISTIC_WRITE);
            if (row != null) {
                row.changeState(ConnectionState.DISCONNECTED.name(), ConnectionTexts.NOT_CONNECTED,
                        ConnectionTexts.CONNECT_REMEDY, now);
            }
            if (token == null) {
                return null;
            }
            String refresh;
            try {
                refresh = tokens.refreshToken(token);
            } catch (LedgerBridgeException e) {
                refresh = null; // undecryptable: nothing to revoke, but the row goes all the same
            }
            em.remove(token);
            return new Removed(refresh, token.qboRealmId());
        });
        if (removed == null) {
            return ConnectionStatus.disconnected(tenant);
        }
        // The tokens are deleted and committed above, before Intuit is even asked: a failed revoke cannot keep them.
        String message = "QuickBooks disconnected; the tokens were deleted";
        String remedy = null;
        try {
            if (removed.refreshToken == null) {
                throw new OAuthException(OAuthException.Kind.PROTOCOL, 0, null, "the stored token could not be "
                        + "decrypted", null);
            }
            oauth.revoke(removed.refreshToken);
        } catch (OAuthException e) {
            LOG.warn("Intuit did not confirm revoking the grant of tenant {} (realm {}): {}", tenant, removed.realmId,
                    e.getMessage());
            message = "QuickBooks disconnected; the tokens were deleted, but Intuit did not confirm revoking access ("
                    + e.getMessage() + ")";
            remedy = "to be sure, remove the app in QuickBooks under Settings, Apps, Connected apps";
        }
        LOG.info("Tenant {} disconnected QuickBooks company {}", tenant, removed.realmId);
        return new ConnectionStatus(tenant, ConnectionState.DISCONNECTED, null, null, config.environment(), null,
                null, null, null, null, message, remedy);
    }

    private void refuseMixingCompanies(TenantId tenant, String realm, boolean confirmed) {
        Optional<ConnectionRow> previous = db.read(em -> Optional.ofNullable(em.find(ConnectionRow.class,
                tenant.value())));
        String previousRealm = previous.map(ConnectionRow::qboRealmId).orElse(null);
        if (previousRealm != null && !previousRealm.equals(realm) && !confirmed) {
            throw new CompanySwitchException(previous.get().companyName() + " (realm " + previousRealm + ")",
                    "realm " + realm);
        }
        Optional<TenantId> other = tenantForRealm.apply(realm).filter(t -> !t.equals(tenant));
        if (other.isPresent()) {
            throw companyTaken(realm, null);
        }
    }

    /** The same words whether the early check or the database's unique constraint refused the company. */
    private static LedgerBridgeException companyTaken(String realm, Throwable cause) {
        return new LedgerBridgeException("QuickBooks connection refused: this QuickBooks company (realm " + realm
                + ") is already connected to another organisation", ConnectionTexts.COMPANY_TAKEN_REMEDY, cause);
    }

    private void revokeQuietly(String refreshToken, TenantId tenant) {
        try {
            oauth.revoke(refreshToken);
        } catch (OAuthException e) {
            // Nothing was stored, so the unused grant only lingers at Intuit until it expires.
            LOG.warn("Could not revoke the unused grant of tenant {}: {}", tenant, e.getMessage());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The access token of an authorisation being completed: nothing to refresh yet. */
    private static final class IssuedToken implements AccessTokenSource {
        private final String token;

        IssuedToken(String token) {
            this.token = token;
        }

        @Override
        public String currentToken() {
            return token;
        }

        @Override
        public String refreshAfterRejection(String rejectedToken) {
            throw new LedgerBridgeException("QuickBooks connection failed: QuickBooks refused the token it had just "
                    + "issued", "click Connect QuickBooks again");
        }

        @Override
        public String toString() {
            return "IssuedToken";
        }
    }

    private record Removed(String refreshToken, String realmId) {
        @Override
        public String toString() {
            return "Removed[realm=" + realmId + "]";
        }
    }
}
