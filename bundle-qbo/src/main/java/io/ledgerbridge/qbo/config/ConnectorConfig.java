package io.ledgerbridge.qbo.config;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
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
 * @param limits the per-company throttle (QuickBooks' published limits unless configured, time-scaled)
 * @param workerThreads threads pushing to QuickBooks (shared by all companies)
 * @param batchInFlight batch calls one company's sync pass keeps in flight (1 to the throttle's in-flight limit)
 * @param nodeId this node's name in a cluster sharing one database
 * @param webhookVerifierToken the Intuit app's webhook verifier token, or {@code null} (webhooks are then refused)
 * @param cdcInterval how often each company's change-data-capture catch-up runs
 * @param retention how long sync history (log, runs, errors, imports, resolved conflicts, processed changes) is kept;
 *        {@link Duration#ZERO} keeps it for ever
 * @param eventRunWindow how long event-driven pushes of a company share one run (and at most one failure e-mail)
 * @param connectionCheckSpacing the time between two companies' connection checks after a start (no burst)
 * @param lagWarning a record or QuickBooks change waiting longer than this makes the health checks warn
 * @param booksThreads threads running books-match reports (one report per company at a time, all companies)
 * @param inboundThreads threads catching companies up with QuickBooks' changes and applying them (all companies)
 */
public record ConnectorConfig(String environment, URI apiBaseUrl, URI authorizeUrl, URI tokenUrl, URI revokeUrl,
        String clientId, String clientSecret, URI redirectUri, Path dataDirectory, String encryptionSecret,
        String jdbcUrl, String jdbcUser, String jdbcPassword, ThrottleLimits limits, int workerThreads,
        int batchInFlight, String nodeId, String webhookVerifierToken, Duration cdcInterval,
        Duration retention, Duration eventRunWindow, Duration connectionCheckSpacing, Duration lagWarning,
        int booksThreads, int inboundThreads) {

    /**
     * Threads running books-match reports unless configured ({@code books.threads}): a report mostly waits on
     * QuickBooks (about 0.8 s with Intuit's latency), so 4 threads keep up with an hourly report for each of 10,000
     * companies (2.8 a second).
     */
    public static final int DEFAULT_BOOKS_THREADS = 4;

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
        if (batchInFlight < 1 || batchInFlight > limits.maxInFlight()) {
            throw new InvalidInputException("batch.in.flight", "must be between 1 and throttle.in.flight ("
                    + limits.maxInFlight() + ")", "choose at most throttle.in.flight batch calls, e.g. 4");
        }
        Checks.requiredText(nodeId, "nodeId");
        webhookVerifierToken = Checks.blankToNull(webhookVerifierToken);
        Checks.required(cdcInterval, "cdcInterval");
        Checks.required(retention, "retention");
        Checks.required(eventRunWindow, "eventRunWindow");
        Checks.required(connectionCheckSpacing, "connectionCheckSpacing");
        Checks.required(lagWarning, "lagWarning");
    }

    /** Secrets never reach a log line through this record. */
    @Override
    public String toString() {
        return "ConnectorConfig[environment=" + environment + ", apiBaseUrl=" + apiBaseUrl + ", clientId=" + clientId
                + ", clientSecret=" + mask(clientSecret) + ", redirectUri=" + redirectUri + ", dataDirectory="
                + dataDirectory + ", encryptionSecret=" + mask(encryptionSecret) + ", jdbcUrl="
                + JdbcUrls.masked(jdbcUrl) + ", jdbcPassword=" + mask(jdbcPassword) + ", workerThreads=" + workerThreads
                + ", batchInFlight=" + batchInFlight + ", nodeId=" + nodeId
                + ", webhookVerifierToken=" + mask(webhookVerifierToken) + ", cdcInterval=" + cdcInterval
                + ", retention=" + retention + ", eventRunWindow=" + eventRunWindow + ", connectionCheckSpacing="
                + connectionCheckSpacing + ", lagWarning=" + lagWarning + ", booksThreads=" + booksThreads
                + ", inboundThreads=" + inboundThreads + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "none" : "(set)";
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
        ThrottleLimits limits = throttle(get);
        return new ConnectorConfig(environment,
                uri(get, "api.base.url", defaultApi), uri(get, "authorize.url", INTUIT_AUTHORIZE),
                uri(get, "token.url", INTUIT_TOKEN), uri(get, "revoke.url", INTUIT_REVOKE),
                get.apply("client.id"), get.apply("client.secret"), uri(get, "redirect.uri", null),
                Path.of(orDefault(get.apply("data.directory"), "ledgerbridge-data")),
                get.apply("encryption.secret"), get.apply("jdbc.url"), get.apply("jdbc.user"),
                get.apply("jdbc.password"), limits, integer(get, "worker.threads", io.ledgerbridge.qbo.sync.CompanyWorker.DEFAULT_WORKER_THREADS),
                integer(get, "batch.in.flight", 4),
                orDefault(get.apply("node.id"), "node-" + UUID.randomUUID().toString().substring(0, 8)),
                get.apply("webhook.verifier.token"), cdcInterval(get), retention(get), eventRunWindow(get),
                Duration.ofMillis(bounded(get, "connection.check.spacing.millis", 100, 0, 60_000,
                        "give the milliseconds between two companies' connection checks, e.g. 100")),
                lagWarning(get), bounded(get, "books.threads", DEFAULT_BOOKS_THREADS, 1, 64,
                        "give the threads running books-match reports, e.g. 4"),
                bounded(get, "inbound.threads", io.ledgerbridge.qbo.inbound.InboundModule.DEFAULT_THREADS, 1, 64,
                        "give the threads catching companies up with QuickBooks' changes, e.g. 4"));
    }

    /** 0 keeps history for ever; otherwise at least a week, so a week-old run can still be looked into. */
    private static Duration retention(Function<String, String> get) {
        int days = integer(get, "retention.days", 90);
        if (days != 0 && (days < 7 || days > 36_500)) {
            throw new InvalidInputException("retention.days", "must be 0 (keep for ever) or between 7 and 36500",
                    "give the days sync history is kept, e.g. 90");
        }
        return Duration.ofDays(days);
    }

    /** One to 1440 minutes: event pushes of a company within it are one run and at most one failure e-mail. */
    private static Duration eventRunWindow(Function<String, String> get) {
        return Duration.ofMinutes(bounded(get, "event.run.window.minutes", 15, 1, 24 * 60,
                "give the minutes event-driven pushes share one run, e.g. 15"));
    }

    private static int bounded(Function<String, String> get, String key, int defaultValue, int min, int max,
            String remedy) {
        int value = integer(get, key, defaultValue);
        if (value < min || value > max) {
            throw new InvalidInputException(key, "must be between " + min + " and " + max, remedy);
        }
        return value;
    }

    /** At least a minute: each catch-up costs QuickBooks calls from the company's budget. */
    private static Duration cdcInterval(Function<String, String> get) {
        int minutes = integer(get, "cdc.interval.minutes", 15);
        if (minutes < 1 || minutes > 24 * 60) {
            throw new InvalidInputException("cdc.interval.minutes", "must be between 1 and 1440",
                    "give the minutes between change-data-capture catch-ups, e.g. 15");
        }
        return Duration.ofMinutes(minutes);
    }

    /** Below the push lag of a healthy backlog, above an hour it is critical anyway. */
    private static Duration lagWarning(Function<String, String> get) {
        return Duration.ofMinutes(bounded(get, "health.lag.warning.minutes", 15, 1, 59,
                "give the minutes a record or QuickBooks change may wait before the health checks warn, e.g. 15"));
    }

    /** QuickBooks' published per-company limits, as configured, with every window shrunk by the time scale. */
    private static ThrottleLimits throttle(Function<String, String> get) {
        int perMinute = positive(get, "throttle.requests.per.minute", 500);
        int perSecond = positive(get, "throttle.requests.per.second", 10);
        int inFlight = positive(get, "throttle.in.flight", 10);
        int batches = positive(get, "throttle.batch.per.minute", 40);
        double timeScale = decimal(get, "throttle.time.scale", 1.0);
        if (!(timeScale >= 1.0 && timeScale <= 1_000_000)) {
            throw new InvalidInputException("throttle.time.scale", "must be between 1 and 1000000",
                    "use 1 against Intuit, or the local sandbox's own time scale against it");
        }
        return new ThrottleLimits(perMinute, Duration.ofMinutes(1), perSecond, Duration.ofSeconds(1), inFlight,
                batches, Duration.ofMinutes(1), true).timeScaled(timeScale);
    }

    private static int positive(Function<String, String> get, String key, int fallback) {
        int value = integer(get, key, fallback);
        if (value < 1) {
            throw new InvalidInputException(key, "must be at least 1", "give a positive limit");
        }
        return value;
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
}
