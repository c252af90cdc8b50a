package io.ledgerbridge.demo.host.connector;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that builds the connector's configuration for the demo host: which QuickBooks to talk to (the local
 * sandbox by default, Intuit when the launcher was given credentials), the OAuth app and endpoints, the redirect URI
 * back to this host, and where the connector keeps its own state (under the demo's data folder).
 * {@link ConnectorConfigurator} writes it to ConfigurationAdmin.
 *
 * <p>The PID and keys are those of the connector's {@code QboConnectorConfiguration} (bundle-qbo, package
 * {@code io.ledgerbridge.qbo.config}; dots for the annotation's underscores). When they change there, change them
 * here only.
 */
public final class DemoConnectorConfiguration {
    /** The connector's configuration PID: one installation-wide configuration; tenants connect companies by OAuth. */
    public static final String PID = "io.ledgerbridge.qbo";
    /** Path of the OAuth callback page under the host's root (the connector UI's "oauth" page). */
    public static final String CALLBACK_PATH = "/ledgerbridge/oauth/callback";

    private DemoConnectorConfiguration() {
    }

    /**
     * What the launcher chose.
     *
     * @param environment {@code sandbox-local}, {@code sandbox} or {@code production}
     * @param baseUrl the Accounting API base URL
     * @param clientId the OAuth client id
     * @param clientSecret the OAuth client secret
     * @param authorizeUrl the OAuth authorisation page, or {@code null} for Intuit's
     * @param tokenUrl the OAuth token endpoint, or {@code null} for Intuit's
     * @param revokeUrl the OAuth revocation endpoint, or {@code null} for Intuit's
     * @param webhookVerifierToken the app's webhook verifier token, or {@code null}
     */
    public record Target(String environment, String baseUrl, String clientId, String clientSecret,
            String authorizeUrl, String tokenUrl, String revokeUrl, String webhookVerifierToken) {
    }

    /**
     * @param target which QuickBooks
     * @param hostUrl the host UI's root, e.g. {@code http://127.0.0.1:8080}
     * @param dataDir the demo host's data folder
     * @return the configuration properties
     */
    public static Map<String, Object> properties(Target target, String hostUrl, Path dataDir) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("environment", target.environment());
        p.put("api.base.url", target.baseUrl());
        putIfSet(p, "authorize.url", target.authorizeUrl());
        putIfSet(p, "token.url", target.tokenUrl());
        putIfSet(p, "revoke.url", target.revokeUrl());
        p.put("client.id", target.clientId());
        p.put("client.secret", target.clientSecret());
        p.put("redirect.uri", hostUrl + CALLBACK_PATH);
        p.put("data.directory", dataDir.resolve("connector").toString());
        putIfSet(p, "webhook.verifier.token", target.webhookVerifierToken());
        return p;
    }

    private static void putIfSet(Map<String, Object> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}
