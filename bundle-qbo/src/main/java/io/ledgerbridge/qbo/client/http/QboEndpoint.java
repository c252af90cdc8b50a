package io.ledgerbridge.qbo.client.http;

import java.net.URI;
import java.util.Objects;

/**
 * Where one company's API lives.
 *
 * @param baseUrl the API host, e.g. {@code https://quickbooks.api.intuit.com} or the local sandbox's base URL
 * @param realmId the company id
 * @param minorVersion the minor version sent with every call; 75 is the lowest QuickBooks still serves
 */
public record QboEndpoint(URI baseUrl, String realmId, int minorVersion) {
    public static final int MINOR_VERSION = 75;

    public QboEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (realmId == null || !realmId.matches("[0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("realmId must be a QuickBooks company id, was: " + realmId);
        }
    }

    public QboEndpoint(URI baseUrl, String realmId) {
        this(baseUrl, realmId, MINOR_VERSION);
    }

    /** The company's root, {@code {baseUrl}/v3/company/{realmId}/}. */
    public String companyRoot() {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "v3/company/" + realmId + "/";
    }
}
