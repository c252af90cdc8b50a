package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ConnectionState;

/**
 * The tenant has no usable QuickBooks grant: never connected, disconnected, or Intuit refused the refresh token.
 * Not retryable; the sync engine pauses the company's work (nothing is dropped) until an administrator
 * (re)connects. {@link #state()} says which.
 */
public final class ConnectionUnavailableException extends LedgerBridgeException {
    private static final long serialVersionUID = 1L;

    private final transient TenantId tenant;
    private final ConnectionState state;

    /**
     * @param tenant the tenant
     * @param state {@code DISCONNECTED} or {@code RECONNECT_REQUIRED}
     * @param message what happened, in the product's words
     * @param remedy what to do
     */
    public ConnectionUnavailableException(TenantId tenant, ConnectionState state, String message, String remedy) {
        super(message, remedy);
        this.tenant = tenant;
        this.state = state;
    }

    public TenantId tenant() { return tenant; }
    public ConnectionState state() { return state; }

    static ConnectionUnavailableException notConnected(TenantId tenant) {
        return new ConnectionUnavailableException(tenant, ConnectionState.DISCONNECTED,
                ConnectionTexts.NOT_CONNECTED, ConnectionTexts.CONNECT_REMEDY);
    }

    /**
     * @param tenant the tenant
     * @param cause the connection's message naming why QuickBooks refused it, or {@code null} when not known
     * @return the exception, saying the cause once
     */
    static ConnectionUnavailableException reconnectRequired(TenantId tenant, String cause) {
        return cause == null ? new ConnectionUnavailableException(tenant, ConnectionState.RECONNECT_REQUIRED,
                ConnectionTexts.REFRESH_FAILED, ConnectionTexts.REFRESH_FAILED_REMEDY)
                : new ConnectionUnavailableException(tenant, ConnectionState.RECONNECT_REQUIRED, cause,
                        ConnectionTexts.RECONNECT_REMEDY);
    }
}
