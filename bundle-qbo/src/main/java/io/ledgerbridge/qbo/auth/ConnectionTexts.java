package io.ledgerbridge.qbo.auth;

/** The connection's messages and remedies, in the words of the product documentation, kept in one place. */
final class ConnectionTexts {
    static final String NOT_CONNECTED = "No active QuickBooks connection";
    static final String CONNECT_REMEDY = "Connect QuickBooks in Settings, Integrations";
    static final String CONNECTED = "QuickBooks connected";
    static final String REFRESH_FAILED = "Token refresh failed";
    static final String REFRESH_FAILED_REMEDY = "your 100-day refresh token expired or access was revoked; "
            + "disconnect and reconnect in Settings, Integrations";
    static final String PID = "io.ledgerbridge.qbo";

    private ConnectionTexts() {
    }
}
