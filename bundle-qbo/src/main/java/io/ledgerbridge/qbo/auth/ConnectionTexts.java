package io.ledgerbridge.qbo.auth;

/** The connection's messages and remedies, in the words of the product documentation, kept in one place. */
final class ConnectionTexts {
    static final String NOT_CONNECTED = "No active QuickBooks connection";
    static final String CONNECT_REMEDY = "Connect QuickBooks in Settings → Integrations → QuickBooks";
    static final String CONNECTED = "QuickBooks connected";
    static final String REFRESH_FAILED = "Token refresh failed";
    static final String REFRESH_FAILED_REMEDY = "your 100-day refresh token expired or access was revoked; "
            + "disconnect and reconnect in Settings → Integrations → QuickBooks";
    /** Names no other organisation (a tenant never learns who holds a company), only what this one can do. */
    static final String COMPANY_TAKEN_REMEDY = "click Connect QuickBooks again and choose another company on "
            + "Intuit's page; to move this company here, an administrator of the organisation it is connected to "
            + "disconnects it first in Settings → Integrations → QuickBooks";
    static final String PID = "io.ledgerbridge.qbo";

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private ConnectionTexts() {
    }

    /** @return the instant as people read it, to the minute, or "unknown" */
    static String when(java.time.Instant instant) {
        return instant == null ? "unknown" : WHEN.format(instant);
    }
}
