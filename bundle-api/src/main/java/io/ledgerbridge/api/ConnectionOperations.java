package io.ledgerbridge.api;

import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import java.net.URI;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Connecting a tenant to its remote company. Implemented by the connector; called by the host's Integrations page.
 */
@ProviderType
public interface ConnectionOperations {

    /**
     * @param tenant the tenant
     * @return the connection's state, never carrying a token
     */
    ConnectionStatus status(TenantId tenant);

    /**
     * Starts the authorisation-code flow. The returned URL carries a single-use, expiring state bound to the session.
     *
     * @param tenant the tenant
     * @param sessionId the administrator's host session
     * @param redirectUri where the remote ledger sends the browser back (must be registered with the app, exactly):
     *        usually {@link #configuredRedirectUri()}; {@code null} for the configured one
     * @return where to send the browser
     */
    AuthorizationStart beginConnect(TenantId tenant, String sessionId, URI redirectUri);

    /**
     * The redirect URI registered with the remote ledger's app, as the connector is configured. A page starting the
     * flow sends the browser back there rather than to an address built from the host's own URL: behind a proxy the
     * two differ, and the remote ledger accepts only an exact match with a registered URI.
     *
     * @return the configured redirect URI, or empty when the connector has none (then the caller's is used)
     * @since 1.2
     */
    default Optional<URI> configuredRedirectUri() {
        return Optional.empty();
    }

    /**
     * Finishes the flow: checks the state, exchanges the code, stores the tokens encrypted and reads the company.
     *
     * @param tenant the tenant
     * @param sessionId the administrator's host session (must be the one that began the flow)
     * @param callback the parameters the browser came back with
     * @return the connection, {@code CONNECTED} on success
     * @throws LedgerBridgeException with the reason and remedy (declined, bad or reused state, different company)
     */
    ConnectionStatus completeConnect(TenantId tenant, String sessionId, AuthorizationCallback callback);

    /**
     * Revokes the grant at the remote ledger and deletes the tokens at once. Links and history stay.
     *
     * @param tenant the tenant
     * @return the connection, {@code DISCONNECTED}
     */
    ConnectionStatus disconnect(TenantId tenant);

    /**
     * Authenticates and reads the company's details.
     *
     * @param tenant the tenant
     * @return what happened
     */
    ConnectionTest test(TenantId tenant);
}
