package io.ledgerbridge.sandbox.oauth;

/** An RFC 6749 error as Intuit's token endpoint returns it: {@code {"error":"invalid_grant"}} with 400, or 401 for a bad client. */
public final class OAuthError extends RuntimeException {
    private final int status;
    private final String error;

    public OAuthError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public static OAuthError invalidGrant(String why) {
        return new OAuthError(400, "invalid_grant", why);
    }

    public static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Client authentication failed");
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
