package io.ledgerbridge.qbo.store;

/**
 * Times that several nodes compare (leases, claims, node heartbeats) come from the database's clock, never a node's:
 * SQL that H2 and PostgreSQL both read.
 */
final class DbTime {
    private DbTime() {
    }

    /** @return an expression for the database's now plus a bound parameter of milliseconds */
    static String plus() {
        return "(CURRENT_TIMESTAMP + CAST(? AS BIGINT) * INTERVAL '0.001' SECOND)";
    }
}
