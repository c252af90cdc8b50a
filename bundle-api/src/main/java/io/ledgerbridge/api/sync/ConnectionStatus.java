package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import java.time.Instant;

/**
 * A tenant's connection, for the Integrations page. Never carries a token. Created by the connector.
 *
 * @param tenant the tenant
 * @param state the connection's state
 * @param companyName the connected company's name, or {@code null}
 * @param companyId the remote company id (QuickBooks realm id), or {@code null}
 * @param environment "sandbox", "production" or another configured environment name, or {@code null}
 * @param country the company's country code, or {@code null}
 * @param homeCurrency the company's home currency code, or {@code null}
 * @param accessTokenExpiresAt when the current access token expires, or {@code null}
 * @param refreshTokenIdleExpiresAt when the refresh token expires if unused, or {@code null}
 * @param refreshTokenHardExpiresAt when the refresh token expires whatever happens, or {@code null}
 * @param message a plain-words note (e.g. "Token refresh failed"), or {@code null}
 * @param remedy what to do about the note, or {@code null}
 * @param checkedAt when the remote ledger last answered for this connection (or refused it), so the state is known
 *        as of then; {@code null} when it was never checked (since 1.2)
 */
public record ConnectionStatus(TenantId tenant, ConnectionState state, String companyName, String companyId,
        String environment, String country, String homeCurrency, Instant accessTokenExpiresAt,
        Instant refreshTokenIdleExpiresAt, Instant refreshTokenHardExpiresAt, String message, String remedy,
        Instant checkedAt) {
    public ConnectionStatus {
        Checks.required(tenant, "tenant");
        Checks.required(state, "state");
    }

    /**
     * A status with no check time, as created before 1.2.
     *
     * @param tenant see the record
     * @param state see the record
     * @param companyName see the record
     * @param companyId see the record
     * @param environment see the record
     * @param country see the record
     * @param homeCurrency see the record
     * @param accessTokenExpiresAt see the record
     * @param refreshTokenIdleExpiresAt see the record
     * @param refreshTokenHardExpiresAt see the record
     * @param message see the record
     * @param remedy see the record
     */
    public ConnectionStatus(TenantId tenant, ConnectionState state, String companyName, String companyId,
            String environment, String country, String homeCurrency, Instant accessTokenExpiresAt,
            Instant refreshTokenIdleExpiresAt, Instant refreshTokenHardExpiresAt, String message, String remedy) {
        this(tenant, state, companyName, companyId, environment, country, homeCurrency, accessTokenExpiresAt,
                refreshTokenIdleExpiresAt, refreshTokenHardExpiresAt, message, remedy, null);
    }

    /**
     * @param tenant the tenant
     * @return the status of a tenant that has never connected
     */
    public static ConnectionStatus disconnected(TenantId tenant) {
        return new ConnectionStatus(tenant, ConnectionState.DISCONNECTED, null, null, null, null, null, null, null,
                null, "No active QuickBooks connection", "Connect QuickBooks in Settings → Integrations → QuickBooks");
    }
}
