package io.ledgerbridge.demo.launcher;

import java.util.Map;

/**
 * Which QuickBooks the connector talks to: the local sandbox (the default) or Intuit with real app credentials. The
 * launcher hands it to the host bundle as framework properties; the bundle's {@code DemoConnectorConfiguration} turns
 * them into the connector's configuration.
 *
 * @param environment {@code sandbox-local}, {@code sandbox} (Intuit's sandbox companies) or {@code production}
 * @param baseUrl the Accounting API base URL
 * @param clientId the OAuth client id
 * @param clientSecret the OAuth client secret
 */
public record ConnectorTarget(String environment, String baseUrl, String clientId, String clientSecret) {

    /** Framework property prefix the host bundle reads. */
    public static final String PREFIX = "ledgerbridge.demo.connector.";

    /**
     * @param sandboxPort the local sandbox's port
     * @return the local sandbox with the development credentials it accepts
     */
    public static ConnectorTarget localSandbox(int sandboxPort) {
        return new ConnectorTarget("sandbox-local", "http://127.0.0.1:" + sandboxPort, "ledgerbridge-dev",
                "ledgerbridge-dev-secret");
    }

    /**
     * @param options the launcher options, with Intuit credentials
     * @return Intuit's sandbox or production API
     */
    public static ConnectorTarget intuit(LauncherOptions options) {
        String baseUrl = options.intuitEnvironment().equals("production") ? "https://quickbooks.api.intuit.com"
                : "https://sandbox-quickbooks.api.intuit.com";
        return new ConnectorTarget(options.intuitEnvironment(), baseUrl, options.intuitClientId(),
                options.intuitClientSecret());
    }

    /** @return the framework properties carrying this target */
    public Map<String, String> frameworkProperties() {
        return Map.of(PREFIX + "environment", environment, PREFIX + "base-url", baseUrl, PREFIX + "client-id",
                clientId, PREFIX + "client-secret", clientSecret);
    }
}
