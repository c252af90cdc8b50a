package io.ledgerbridge.sandbox.http;

/** Serves the requests of one URL area (Accounting API, OAuth, admin). */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
