package io.ledgerbridge.qbo.auth;

/**
 * The token endpoint's answer. Its {@link #toString()} never shows a token.
 *
 * @param accessToken the access token
 * @param expiresIn the access token's lifetime in seconds ({@code expires_in})
 * @param refreshToken the refresh token, possibly a new one
 * @param refreshExpiresIn the refresh token's idle lifetime in seconds ({@code x_refresh_token_expires_in})
 */
public record TokenResponse(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {
    public TokenResponse {
        if (accessToken == null || accessToken.isBlank() || refreshToken == null || refreshToken.isBlank()) {
            throw new OAuthException(OAuthException.Kind.PROTOCOL, 200, null,
                    "the token endpoint's answer has no access_token or refresh_token", null);
        }
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", refreshExpiresIn=" + refreshExpiresIn + "]";
    }
}
