package io.ledgerbridge.demo.launcher;

import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.oauth.OAuthHandler;
import java.util.LinkedHashMap;
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
 * @param oauthBaseUrl where the OAuth endpoints live when they are not Intuit's, or {@code null} for Intuit's
 * @param webhookVerifierToken the app's webhook verifier token, or {@code null} (webhooks refused)
 */
public record ConnectorTarget(String environment, String baseUrl, String clientId, String clientSecret,
        String oauthBaseUrl, String webhookVerifierToken) {

    /** Framework property prefix the host bundle reads. */
    public static final String PREFIX = "ledgerbridge.demo.connector.";

    /**
     * @param sandboxPort the local sandbox's port
     * @return the local sandbox (API and OAuth on one base URL) with the development app its default seed knows,
     *         whose webhooks it signs with the seed's verifier token
     */
    public static ConnectorTarget localSandbox(int sandboxPort) {
        String base = "http://127.0.0.1:" + sandboxPort;
        return new ConnectorTarget("sandbox-local", base, QboSandbox.DEFAULT_CLIENT_ID, QboSandbox.DEFAULT_CLIENT_SECRET,
                base, QboSandbox.DEFAULT_WEBHOOK_VERIFIER);
    }

    /**
     * @param options the launcher options, with Intuit credentials
     * @return Intuit's sandbox or production API
     */
    public static ConnectorTarget intuit(LauncherOptions options) {
        String baseUrl = options.intuitEnvironment().equals("production") ? "https://quickbooks.api.intuit.com"
                : "https://sandbox-quickbooks.api.intuit.com";
        return new ConnectorTarget(options.intuitEnvironment(), baseUrl, options.intuitClientId(),
                options.intuitClientSecret(), null, null);
    }

    /** @return the framework properties carrying this target */
    public Map<String, String> frameworkProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PREFIX + "environment", environment);
        p.put(PREFIX + "base-url", baseUrl);
        p.put(PREFIX + "client-id", clientId);
        p.put(PREFIX + "client-secret", clientSecret);
        if (webhookVerifierToken != null) {
            p.put(PREFIX + "webhook-verifier-token", webhookVerifierToken);
        }
        if (oauthBaseUrl != null) {
            p.put(PREFIX + "authorize-url", oauthBaseUrl + OAuthHandler.AUTHORIZE);
            p.put(PREFIX + "token-url", oauthBaseUrl + OAuthHandler.TOKEN);
            p.put(PREFIX + "revoke-url", oauthBaseUrl + OAuthHandler.REVOKE);
        }
        return p;
    }
}
