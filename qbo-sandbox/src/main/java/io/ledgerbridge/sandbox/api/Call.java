package io.ledgerbridge.sandbox.api;

import io.ledgerbridge.sandbox.store.Company;

/** What one API request turned out to be, filled in while it is served and written to the request log. */
final class Call {
    final String realmId;
    final String[] segments;
    Company company;
    String operation;
    String entity;
    String faultCode;

    Call(String realmId, String[] segments) {
        this.realmId = realmId;
        this.segments = segments;
    }

    String area() {
        return segments.length == 0 ? "" : segments[0].toLowerCase();
    }
}
