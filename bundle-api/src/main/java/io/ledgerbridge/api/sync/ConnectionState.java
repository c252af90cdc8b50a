package io.ledgerbridge.api.sync;

/** The state of a tenant's connection to its remote company, as the status pill shows it. */
public enum ConnectionState {
    /** Never connected, or disconnected: nothing is pushed. */
    DISCONNECTED,
    /** Connected; tokens are refreshed in the background. */
    CONNECTED,
    /** The remote ledger refused the stored grant; sync is paused (nothing dropped) until an administrator reconnects. */
    RECONNECT_REQUIRED
}
