package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.ConnectionOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.store.ConnectionRow;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.store.TokenRow;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Connects each tenant to one QuickBooks company and keeps it connected: the authorisation-code flow and disconnect
 * with revocation (their steps are {@link AuthorizationFlow}'s), status, and "Test connection". Also tells the sync engine whether a tenant may sync
 * ({@link #canSync}) and what its company is ({@link #company}). Tokens never leave this package except as the
 * access token handed to the QuickBooks client.
 */
public final class ConnectionService implements ConnectionOperations {
    /** The only scope the connector asks for. */
    public static final String SCOPE = "com.intuit.quickbooks.accounting";

    private final Database db;
    private final ConnectorConfig config;
    private final CompanyReader companies;
    private final TokenManager tokens;
    private final Clock clock;
    private final AuthorizationFlow flow;

    /**
     * @param db the connector's database
     * @param config the app's credentials and Intuit's URLs
     * @param oauth Intuit's token and revocation endpoints
     * @param companies reads CompanyInfo and Preferences
     * @param tokens the connector's token manager
     * @param states the single-use OAuth states
     * @param settings the tenants' settings and mappings (forgotten for a company the tenant leaves)
     * @param queue the sync queue (pushes stopped by a lost connection resume on reconnect)
     * @param clock the time
     */
    public ConnectionService(Database db, ConnectorConfig config, OAuthHttp oauth, CompanyReader companies,
            TokenManager tokens, AuthorizationStates states, SettingsStore settings, OutboxQueue queue,
            Clock clock) {
        this.db = db;
        this.config = config;
        this.companies = companies;
        this.tokens = tokens;
        this.clock = clock;
        this.flow = new AuthorizationFlow(db, config, oauth, companies, tokens, states, settings, queue, clock,
                this::tenantForRealm);
    }

    @Override
    public ConnectionStatus status(TenantId tenant) {
        return db.read(em -> {
            ConnectionRow row = em.find(ConnectionRow.class, tenant.value());
            if (row == null || ConnectionState.DISCONNECTED.name().equals(row.state())) {
                return ConnectionStatus.disconnected(tenant);
            }
            TokenRow token = em.find(TokenRow.class, tenant.value());
            return new ConnectionStatus(tenant, ConnectionState.valueOf(row.state()), row.companyName(),
                    row.qboRealmId(), row.environment(), row.country(), row.homeCurrency(),
                    token == null ? null : token.accessExpiresAt(),
                    token == null ? null : token.refreshIdleExpiresAt(),
                    token == null ? null : token.refreshHardExpiresAt(), row.message(), row.remedy(),
                    row.checkedAt());
        });
    }

    @Override
    public AuthorizationStart beginConnect(TenantId tenant, String sessionId, URI redirectUri) {
        return flow.begin(tenant, sessionId, redirectUri);
    }

    @Override
    public Optional<URI> configuredRedirectUri() {
        return Optional.ofNullable(config.redirectUri());
    }

    @Override
    public ConnectionStatus completeConnect(TenantId tenant, String sessionId, AuthorizationCallback callback) {
        flow.complete(tenant, sessionId, callback);
        return status(tenant);
    }

    @Override
    public ConnectionStatus disconnect(TenantId tenant) {
        return flow.disconnect(tenant);
    }

    @Override
    public ConnectionTest test(TenantId tenant) {
        Instant start = clock.instant();
        try {
            String realm = status(tenant).companyId();
            if (realm == null) {
                throw ConnectionUnavailableException.notConnected(tenant);
            }
            // The client refreshes ahead of expiry through the token manager, and once more on a 401.
            CompanyFacts facts = companies.read(realm, tokens.sourceFor(tenant));
            checked(tenant);
            ConnectionStatus status = status(tenant);
            String message = "Connected to " + facts.companyName() + " (" + facts.country() + "), realm " + realm
                    + ", " + status.environment() + "; access token valid until "
                    + ConnectionTexts.when(status.accessTokenExpiresAt()) + "; refresh token valid until "
                    + ConnectionTexts.when(status.refreshTokenIdleExpiresAt()) + " if unused, and at the latest until "
                    + ConnectionTexts.when(status.refreshTokenHardExpiresAt());
            return new ConnectionTest(true, status, message, null, took(start));
        } catch (ConnectionUnavailableException e) {
            return new ConnectionTest(false, status(tenant), e.getMessage(), e.remedy(), took(start));
        } catch (QboException e) {
            return new ConnectionTest(false, status(tenant), "Test connection failed: " + e.getMessage(),
                    "try again in a few minutes; if it keeps failing, check status.developer.intuit.com",
                    took(start));
        }
    }

    /**
     * The tenants whose connection should be checked after a start: connected ones not checked since {@code since},
     * least recently checked first (never-checked ones before all).
     *
     * @param since a check after this counts as recent (another node's, or before a quick restart)
     * @return the tenants, in the order to check them
     */
    public List<TenantId> toCheck(Instant since) {
        return db.read(em -> em.createQuery("SELECT c FROM ConnectionRow c WHERE c.state = :connected",
                ConnectionRow.class).setParameter("connected", ConnectionState.CONNECTED.name()).getResultStream()
                .filter(c -> c.checkedAt() == null || c.checkedAt().isBefore(since))
                .sorted(java.util.Comparator.comparing(ConnectionRow::checkedAt,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .map(c -> TenantId.of(c.tenantId())).toList());
    }

    /** Notes that QuickBooks just answered for the tenant's connection. */
    private void checked(TenantId tenant) {
        Instant now = clock.instant();
        db.inTransaction(em -> {
            ConnectionRow row = em.find(ConnectionRow.class, tenant.value());
            if (row != null) {
                row.checked(now);
            }
            return null;
        });
    }

    /**
     * The sync engine's gate: a tenant syncs only while CONNECTED. While it returns false the company's work
     * waits in the outbox (nothing is dropped) and resumes after a reconnect.
     *
     * @param tenant the tenant
     * @return whether QuickBooks calls may be made for the tenant
     */
    public boolean canSync(TenantId tenant) {
        return db.read(em -> {
            ConnectionRow row = em.find(ConnectionRow.class, tenant.value());
            return row != null && ConnectionState.CONNECTED.name().equals(row.state())
                    && em.find(TokenRow.class, tenant.value()) != null;
        });
    }

    /**
     * @param tenant the tenant
     * @return the company the tenant is connected to (also while RECONNECT_REQUIRED), if any
     */
    public Optional<ConnectedCompany> company(TenantId tenant) {
        return db.read(em -> Optional.ofNullable(em.find(ConnectionRow.class, tenant.value()))
                .filter(row -> !ConnectionState.DISCONNECTED.name().equals(row.state()))
                .map(row -> new ConnectedCompany(tenant, row.qboRealmId(), row.environment(), row.companyName(),
                        row.country(), row.taxLocale() == null ? TaxLocale.US : TaxLocale.valueOf(row.taxLocale()),
                        row.homeCurrency(), Boolean.TRUE.equals(row.multicurrencyEnabled()),
                        Boolean.TRUE.equals(row.customTxnNumbers()), row.bookCloseDate())));
    }

    /**
     * For webhooks, which name only the company.
     *
     * @param realmId a QuickBooks company id
     * @return the tenant connected to it, if any
     */
    public Optional<TenantId> tenantForRealm(String realmId) {
        return db.read(em -> em.createQuery("SELECT c.tenantId FROM ConnectionRow c WHERE c.connectedRealmId = :realm "
                + "AND c.state <> :disconnected", String.class).setParameter("realm", realmId)
                .setParameter("disconnected", ConnectionState.DISCONNECTED.name()).getResultStream()
                .findFirst().map(TenantId::of));
    }

    private Duration took(Instant start) {
        return Duration.between(start, clock.instant());
    }
}
