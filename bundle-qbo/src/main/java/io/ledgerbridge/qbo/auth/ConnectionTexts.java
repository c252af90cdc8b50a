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
    /** The remedy of every refused refresh: the cause is said once, in the message. */
    static final String RECONNECT_REMEDY = "Reconnect in Settings → Integrations → QuickBooks";
    static final String PID = "io.ledgerbridge.qbo";

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private ConnectionTexts() {
    }

    /**
     * Why QuickBooks refused the refresh token, as far as it is known: the token's own expiry times first, then
     * Intuit's description of the {@code invalid_grant}.
     *
     * @param description Intuit's error description, or {@code null}
     * @param idleExpiresAt when the refresh token expires unused, or {@code null}
     * @param hardExpiresAt when it expires at the latest, or {@code null}
     * @param now now
     * @return the message naming the cause
     */
    static String refreshRefused(String description, java.time.Instant idleExpiresAt,
            java.time.Instant hardExpiresAt, java.time.Instant now) {
        String said = description == null ? "" : description.toLowerCase(java.util.Locale.ROOT);
        if (hardExpiresAt != null && !now.isBefore(hardExpiresAt)) {
            return "Reconnect required: the QuickBooks authorisation reached its end on " + when(hardExpiresAt)
                    + ", the longest QuickBooks keeps one";
        }
        if (idleExpiresAt != null && !now.isBefore(idleExpiresAt)) {
            return "Reconnect required: the QuickBooks refresh token expired on " + when(idleExpiresAt)
                    + " after 100 days without use";
        }
        if (said.contains("revoked")) {
            return "Reconnect required: access was revoked in QuickBooks (the app was disconnected there)";
        }
        if (said.contains("replaced") || said.contains("rotated")) {
            return "Reconnect required: QuickBooks replaced the refresh token with a newer one the connector does not "
                    + "have";
        }
        if (said.contains("expired")) {
            return "Reconnect required: QuickBooks says the refresh token expired";
        }
        return "Reconnect required: QuickBooks does not recognise this connection's refresh token"
                + (description == null ? "" : " (Intuit answered: " + description + ")");
    }

    /** @return the instant as people read it, to the minute, or "unknown" */
    static String when(java.time.Instant instant) {
        return instant == null ? "unknown" : WHEN.format(instant);
    }
}
