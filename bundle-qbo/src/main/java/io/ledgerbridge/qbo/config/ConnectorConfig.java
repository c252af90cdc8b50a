package io.ledgerbridge.qbo.config;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.InvalidInputException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The connector's installation-wide configuration: which Intuit environment and app it talks to, where it keeps its
 * state, and how fast it may go. Built from OSGi ConfigAdmin properties ({@link QboConnectorConfiguration}) or, for
 * hosts without OSGi, from the same keys in a plain map ({@link #fromMap}). Companies are not configured here: each
 * tenant connects its own company through OAuth at run time.
 *
 * @param environment a name for the environment ("sandbox", "production", "local-sandbox")
 * @param apiBaseUrl the Accounting API base, e.g. {@code https://sandbox-quickbooks.api.intuit.com}
 * @param authorizeUrl Intuit's authorisation page
 * @param tokenUrl Intuit's token endpoint
 * @param revokeUrl Intuit's revocation endpoint
 * @param clientId the app's client id
 * @param clientSecret the app's client secret
 * @param redirectUri the OAuth redirect URI registered with the app
 * @param dataDirectory where the embedded database and the generated key file live
 * @param encryptionSecret the host's secret to derive the token key from, or {@code null} to use a generated key file
 * @param jdbcUrl a JDBC URL of the connector's database, or {@code null} for the host's DataSource or embedded H2
 * @param jdbcUser the database user, or {@code null}
 * @param jdbcPassword the database password, or {@code null}
 * @param limits the per-company throttle
 * @param workerThreads threads pushing to QuickBooks (shared by all companies)
 * @param nodeId this node's name in a cluster sharing one database
 */
public record ConnectorConfig(String environment, URI apiBaseUrl, URI authorizeUrl, URI tokenUrl, URI revokeUrl,
        String clientId, String clientSecret, URI redirectUri, Path dataDirectory, String encryptionSecret,
        String jdbcUrl, String jdbcUser, String jdbcPassword, ThrottleLimits limits, int workerThreads,
        String nodeId) {

    /** Intuit's sandbox Accounting API. */
    public static final String INTUIT_SANDBOX_API = "https://sandbox-quickbooks.api.intuit.com";
    /** Intuit's production Accounting API. */
    public static final String INTUIT_PRODUCTION_API = "https://quickbooks.api.intuit.com";
    /** Intuit's authorisation page (both environments). */
    public static final String INTUIT_AUTHORIZE = "https://appcenter.intuit.com/connect/oauth2";
    /** Intuit's token endpoint (both environments). */
    public static final String INTUIT_TOKEN = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer";
    /** Intuit's revocation endpoint (both environments). */
    public static final String INTUIT_REVOKE = "https://developer.api.intuit.com/v2/oauth2/tokens/revoke";

    public ConnectorConfig {
        Checks.requiredText(environment, "environment");
        Checks.required(apiBaseUrl, "apiBaseUrl");
        Checks.required(authorizeUrl, "authorizeUrl");
        Checks.required(tokenUrl, "tokenUrl");
        Checks.required(revokeUrl, "revokeUrl");
        clientId = Checks.blankToNull(clientId);
        clientSecret = Checks.blankToNull(clientSecret);
        Checks.required(dataDirectory, "dataDirectory");
        encryptionSecret = Checks.blankToNull(encryptionSecret);
        jdbcUrl = Checks.blankToNull(jdbcUrl);
        jdbcUser = Checks.blankToNull(jdbcUser);
        jdbcPassword = Checks.blankToNull(jdbcPassword);
        Checks.required(limits, "limits");
        if (workerThreads < 1 || workerThreads > 64) {
            throw new InvalidInputException("workerThreads", "must be between 1 and 64", "choose 1 to 64 threads");
        }
        Checks.requiredText(nodeId, "nodeId");
    }

    /** @return whether the app's client id and secret are set, so tenants can connect */
    public boolean hasAppCredentials() {
        return clientId != null && clientSecret != null && redirectUri != null;
    }

    /**
     * Reads the configuration from string properties with the keys of {@link QboConnectorConfiguration} (dots for
     * underscores, e.g. {@code api.base.url}). Missing keys take their documented defaults.
     *
     * @param properties the properties
     * @return the configuration
     * @throws InvalidInputException naming the property that cannot be read
     */
    public static ConnectorConfig fromMap(Map<String, ?> properties) {
        Function<String, String> get = key -> {
            Object v = properties.get(key);
            return v == null ? null : Checks.blankToNull(String.valueOf(v));
        };
        String environment = orDefault(get.apply("environment"), "sandbox");
        String defaultApi = "production".equals(environment) ? INTUIT_PRODUCTION_API : INTUIT_SANDBOX_API;
        ThrottleLimits limits = new ThrottleLimits(
                integer(get, "throttle.requests.per.minute", 500), integer(get, "throttle.requests.per.second", 10),
                integer(get, "throttle.in.flight", 10), integer(get, "throttle.batch.per.minute", 40),
                decimal(get, "throttle.time.scale", 1.0));
        return new ConnectorConfig(environment,
                uri(get, "api.base.url", defaultApi), uri(get, "authorize.url", INTUIT_AUTHORIZE),
                uri(get, "token.url", INTUIT_TOKEN), uri(get, "revoke.url", INTUIT_REVOKE),
                get.apply("client.id"), get.apply("client.secret"), uri(get, "redirect.uri", null),
                Path.of(orDefault(get.apply("data.directory"), "ledgerbridge-data")),
                get.apply("encryption.secret"), get.apply("jdbc.url"), get.apply("jdbc.user"),
                get.apply("jdbc.password"), limits, integer(get, "worker.threads", 4),
                orDefault(get.apply("node.id"), "node-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static URI uri(Function<String, String> get, String key, String fallback) {
        String value = orDefault(get.apply(key), fallback);
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not http");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(key, "'" + value + "' is not an http(s) URL",
                    "give an absolute URL such as https://example.com/path");
        }
    }

    private static int integer(Function<String, String> get, String key, int fallback) {
        String value = get.apply(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "'" + value + "' is not a whole number", "give a whole number");
        }
    }

    private static double decimal(Function<String, String> get, String key, double fallback) {
        String value = get.apply(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "'" + value + "' is not a number", "give a number such as 1 or 60");
        }
    }

    /**
     * QuickBooks' published per-company throttle, and a time scale that shrinks every window in proportion (for a
     * time-scaled local sandbox; 1 for Intuit).
     *
     * @param requestsPerMinute requests per minute per company (Intuit: 500)
     * @param requestsPerSecond requests per second per company (Intuit: 10)
     * @param inFlight concurrent requests per company (Intuit: 10)
     * @param batchPerMinute batch calls per minute per company (Intuit: 40)
     * @param timeScale how many times faster the windows pass (1 for Intuit)
     */
    public record ThrottleLimits(int requestsPerMinute, int requestsPerSecond, int inFlight, int batchPerMinute,
            double timeScale) {
        public ThrottleLimits {
            positive(requestsPerMinute, "throttle.requests.per.minute");
            positive(requestsPerSecond, "throttle.requests.per.second");
            positive(inFlight, "throttle.in.flight");
            positive(batchPerMinute, "throttle.batch.per.minute");
            if (!(timeScale >= 1.0 && timeScale <= 10_000)) {
                throw new InvalidInputException("throttle.time.scale", "must be between 1 and 10000",
                        "use 1 against Intuit; the local sandbox's factor against it");
            }
        }

        /** @return Intuit's published limits */
        public static ThrottleLimits intuit() {
            return new ThrottleLimits(500, 10, 10, 40, 1.0);
        }

        /**
         * @param window a real-time window (one second or one minute)
         * @return the window after the time scale
         */
        public Duration scaled(Duration window) {
            return Duration.ofNanos((long) (window.toNanos() / timeScale));
        }

        private static void positive(int value, String key) {
            if (value < 1) {
                throw new InvalidInputException(key, "must be at least 1", "give a positive limit");
            }
        }
    }
}
