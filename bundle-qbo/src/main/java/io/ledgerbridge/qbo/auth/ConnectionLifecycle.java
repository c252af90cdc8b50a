package io.ledgerbridge.qbo.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.housekeeping.NodeKeyCheck;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.NodeRegistry;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SettingsStore;
import jakarta.ws.rs.client.Client;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection lifecycle's parts, built together for the composition root: one {@link TokenManager} (its
 * {@link TokenManager#sourceFor} feeds each company's QuickBooks client) and the {@link ConnectionService} (the
 * host's connection operations and the sync engine's {@link ConnectionService#canSync} gate). Building them registers
 * this node in the database and warns when nodes sharing it hold different token keys.
 *
 * @param tokens the connector instance's token manager
 * @param connections the connection operations
 */
public record ConnectionLifecycle(TokenManager tokens, ConnectionService connections) {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLifecycle.class);

    /**
     * Refresh retries are short: they run while the company's token row is locked and other nodes wait on it.
     * Three attempts, 1 s then 2 s apart (half of it jitter), 5 s after a 429.
     */
    public static RetrySettings refreshRetries() {
        return new RetrySettings(3, Duration.ofSeconds(1), Duration.ofSeconds(4), 0.5, Duration.ofSeconds(5));
    }

    /**
     * @param config the connector's configuration (Intuit's URLs, app credentials, key source)
     * @param db the connector's database
     * @param http the JAX-RS client from {@code JaxRsClients.newClient}, owned and closed by the caller
     * @param clients the QuickBooks client factory (for CompanyInfo and Preferences)
     * @param throttles the throttle of a company by realm id, shared with the sync engine's calls to it
     * @param notifier the host's mail channel
     * @param recipients a tenant's notification recipients (from its settings)
     * @param queue the sync queue (a reconnect resumes the pushes the lost connection stopped)
     * @param clock the time
     * @return the parts, wired
     */
    public static ConnectionLifecycle create(ConnectorConfig config, Database db, Client http,
            QboClientFactory clients, Function<String, CompanyThrottle> throttles, HostNotifier notifier,
            Function<TenantId, List<String>> recipients, OutboxQueue queue, Clock clock) {
        SecureRandom random = new SecureRandom();
        ObjectMapper json = new ObjectMapper();
        OAuthHttp oauth = new JaxRsOAuthHttp(http, config, json);
        TokenCipher cipher = new TokenKeys(random).cipherFor(config);
        new NodeKeyCheck(new NodeRegistry(db.dataSource()))
                .atStart(config.nodeId(), config.encryptionSecret() != null, cipher.keyCheck()).forEach(LOG::warn);
        TokenManager tokens = new TokenManager(db, oauth, cipher,
                new ReconnectNotifier(notifier, recipients),
                new RetryPolicy(refreshRetries(), () -> ThreadLocalRandom.current().nextDouble()),
                Sleeper.system(), clock);
        ConnectionService connections = new ConnectionService(db, config, oauth,
                new QboCompanyReader(clients, config.apiBaseUrl(), throttles), tokens,
                new AuthorizationStates(db, clock, random), new SettingsStore(db, clock), queue, clock);
        return new ConnectionLifecycle(tokens, connections);
    }
}
