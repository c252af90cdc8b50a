package io.ledgerbridge.qbo.auth;

import java.net.URI;

/**
 * Intuit's OAuth 2.0 token and revocation endpoints: HTTP Basic client authentication, form bodies to the token
 * endpoint, a JSON body to the revocation endpoint, JSON answers.
 * Kept behind this interface so the HTTP stack is one class ({@link JaxRsOAuthHttp}) and tests can count calls.
 */
public interface OAuthHttp {

    /**
     * Exchanges an authorisation code ({@code grant_type=authorization_code}).
     *
     * @param code the code from the callback
     * @param redirectUri the redirect URI sent with the authorisation
     * @return the tokens
     * @throws OAuthException when Intuit refuses or cannot be reached
     */
    TokenResponse exchangeCode(String code, URI redirectUri);

    /**
     * Refreshes ({@code grant_type=refresh_token}).
     *
     * @param refreshToken the current refresh token
     * @return the new tokens; the refresh token may be a new one, which must be stored
     * @throws OAuthException {@link OAuthException.Kind#INVALID_GRANT} when the grant is gone
     */
    TokenResponse refresh(String refreshToken);

    /**
     * Revokes the grant ({@code {"token":"<refresh or access token>"}}).
     *
     * @param token a refresh token (revokes the whole grant) or an access token
     * @throws OAuthException when Intuit refuses or cannot be reached
     */
    void revoke(String token);
}
