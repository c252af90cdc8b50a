package io.ledgerbridge.qbo.health;

/** The admin pages remedies send an administrator to, by their titles. */
final class Pages {
    static final String CONNECTION = "Settings → Integrations → QuickBooks";
    static final String SYNC = CONNECTION + " → Accounting sync";

    private Pages() {
    }
}
