package io.ledgerbridge.demo.host.connector;

import io.ledgerbridge.api.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that builds the connector's configuration for the demo host: which QuickBooks to talk to (the local
 * sandbox by default, Intuit when the launcher was given credentials), the OAuth client and the redirect URI back to
 * this host. {@link ConnectorConfigurator} hands it to ConfigurationAdmin, one factory configuration per tenant.
 *
 * <p>The property names and the PID follow the connector's {@code @ObjectClassDefinition}; when it changes, change
 * them here only.
 */
public final class DemoConnectorConfiguration {
    /** The connector's factory PID (one configuration per QuickBooks company, i.e. per tenant). */
    public static final String FACTORY_PID = "io.ledgerbridge.qbo.company";
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
     */
    public record Target(String environment, String baseUrl, String clientId, String clientSecret) {
    }

    /**
     * @param target which QuickBooks
     * @param hostUrl the host UI's root, e.g. {@code http://127.0.0.1:8080}
     * @param tenant the tenant this configuration is for
     * @return the configuration properties
     */
    public static Map<String, Object> properties(Target target, String hostUrl, TenantId tenant) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("tenant", tenant.value());
        p.put("environment", target.environment());
        p.put("baseUrl", target.baseUrl());
        p.put("clientId", target.clientId());
        p.put(".clientSecret", target.clientSecret());
        p.put("redirectUri", hostUrl + CALLBACK_PATH);
        return p;
    }
}
