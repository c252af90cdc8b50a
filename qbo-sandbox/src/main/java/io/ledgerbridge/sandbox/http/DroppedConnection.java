package io.ledgerbridge.sandbox.http;

/** Thrown to close a connection without answering (an injected fault). */
public final class DroppedConnection extends RuntimeException {
    public DroppedConnection() {
        super("connection dropped on purpose", null, false, false);
    }
}
