package io.ledgerbridge.qbo.client;

/**
 * Where the client gets the OAuth bearer token of its company. Implemented by the OAuth layer, which owns refresh
 * tokens, storage and encryption; the client never sees anything but the access token.
 */
public interface AccessTokenSource {

    /** A currently valid access token for the company (refreshed ahead of expiry by the implementation). */
    String currentToken();

    /**
     * Called once when QuickBooks answers 401 to {@code rejectedToken}: refresh (unless another thread already has)
     * and return the token to retry with. The client retries exactly once with it; a second 401 is reported.
     *
     * @param rejectedToken the token QuickBooks refused
     * @return a new access token
     * @throws RuntimeException when the refresh fails (e.g. the refresh token expired); the client lets it through
     */
    String refreshAfterRejection(String rejectedToken);
}
