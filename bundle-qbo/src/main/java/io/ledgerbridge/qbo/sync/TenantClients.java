package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.auth.ConnectedCompany;
import io.ledgerbridge.qbo.auth.ConnectionService;
import io.ledgerbridge.qbo.auth.TokenManager;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One QuickBooks client per connected company, each with the company's one throttle, built on first use and
 * rebuilt when the tenant connects another company. Only the node holding a company's lease calls it, so the
 * throttle here is the company's only one.
 */
public final class TenantClients implements Function<TenantId, QboClient> {
    private final QboClientFactory factory;
    private final TokenManager tokens;
    private final ConnectionService connections;
    private final URI apiBaseUrl;
    private final java.util.function.Function<String, CompanyThrottle> throttles;
    private final Map<String, QboClient> byRealm = new ConcurrentHashMap<>();
    private final boolean waits;

    /**
     * @param factory builds clients
     * @param tokens the access tokens
     * @param connections which company a tenant is connected to
     * @param apiBaseUrl the Accounting API base
     * @param throttles the one throttle of a company by realm id (shared with the OAuth side's company reads)
     */
    public TenantClients(QboClientFactory factory, TokenManager tokens, ConnectionService connections, URI apiBaseUrl,
            java.util.function.Function<String, CompanyThrottle> throttles) {
        this(factory, tokens, connections, apiBaseUrl, throttles, true);
    }

    /**
     * @param waits false for the push path's clients, which never wait on the caller's thread (see
     *        {@link io.ledgerbridge.qbo.client.limit.CompanyMustWait})
     */
    public TenantClients(QboClientFactory factory, TokenManager tokens, ConnectionService connections, URI apiBaseUrl,
            java.util.function.Function<String, CompanyThrottle> throttles, boolean waits) {
        this.waits = waits;
        this.factory = factory;
        this.tokens = tokens;
        this.connections = connections;
        this.apiBaseUrl = apiBaseUrl;
        this.throttles = throttles;
    }

    @Override
    public QboClient apply(TenantId tenant) {
        ConnectedCompany company = connections.company(tenant)
                .orElseThrow(() -> new io.ledgerbridge.api.LedgerBridgeException("No active QuickBooks connection",
                        "Reconnect in Settings → Integrations → QuickBooks"));
        return byRealm.computeIfAbsent(tenant.value() + "@" + company.realmId(), k -> factory.newClient(
                new QboEndpoint(apiBaseUrl, company.realmId()), tokens.sourceFor(tenant),
                throttles.apply(company.realmId()), waits));
    }

    /**
     * @param connections the connection service
     * @return the engine's gate over it: a tenant is worked only while connected with a token
     */
    public static CompanyAccess access(ConnectionService connections) {
        return tenant -> {
            var company = connections.company(tenant);
            if (company.isEmpty()) {
                return CompanyAccess.Access.notConnected();
            }
            if (!connections.canSync(tenant)) {
                return new CompanyAccess.Access(company.get().realmId(), false,
                        "QuickBooks needs to be reconnected", "Reconnect in Settings → Integrations → QuickBooks");
            }
            return CompanyAccess.Access.open(company.get().realmId());
        };
    }
}
