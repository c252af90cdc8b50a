package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.net.URI;
import java.time.Instant;

/**
 * Where to send the administrator's browser to authorise the connection. Created by the connector.
 *
 * @param authorizationUrl the remote ledger's authorisation page, with client id, redirect URI, scope and state
 * @param expiresAt when the single-use state in it stops being accepted
 */
public record AuthorizationStart(URI authorizationUrl, Instant expiresAt) {
    public AuthorizationStart {
        Checks.required(authorizationUrl, "authorizationUrl");
        Checks.required(expiresAt, "expiresAt");
    }
}
