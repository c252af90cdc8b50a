package com.example.erp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.ConnectorFactory;
import io.ledgerbridge.api.HostEnvironment;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.api.WebhookResult;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.sync.ConnectionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A host without OSGi: starts the connector through {@link ServiceLoader}, serves the two URLs Intuit calls (the
 * OAuth redirect URI and the webhook endpoint) with the JDK's HTTP server, and tells the connector about each change
 * it saves.
 */
public final class ExampleHost implements AutoCloseable {
    /** The path of the redirect URI registered with the Intuit app (configuration key {@code redirect.uri}). */
    public static final String CALLBACK_PATH = "/ledgerbridge/oauth/callback";
    /** The path of the webhook endpoint entered in Intuit's developer portal. */
    public static final String WEBHOOK_PATH = "/ledgerbridge/quickbooks/webhooks";

    private final Books books;
    private final ConnectorFactory.RunningConnector running;
    private final HttpServer http;
    /** Which organisation each administrator's session is connecting, between beginConnect and the callback. */
    private final Map<String, TenantId> connecting = new ConcurrentHashMap<>();

    /**
     * @param books the host's records and ledger
     * @param configuration the connector's configuration (the keys of PID {@code io.ledgerbridge.qbo})
     * @param dataSource the host's database for the connector's tables, or empty for an embedded H2 file in
     *     {@code data.directory}
     * @param address where the host's HTTP server listens
     * @throws IOException when the address cannot be bound
     */
    public ExampleHost(Books books, Map<String, String> configuration, Optional<DataSource> dataSource,
            InetSocketAddress address) throws IOException {
        this.books = books;
        ConnectorFactory factory = ServiceLoader.load(ConnectorFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("bundle-qbo is not on the class path"));
        this.running = factory.start(new HostEnvironment(books, books, books, configuration, dataSource));
        this.http = HttpServer.create(address, 0);
        http.createContext(CALLBACK_PATH, this::oauthCallback);
        http.createContext(WEBHOOK_PATH, this::webhook);
        http.start();
    }

    /** @return the connector: its operations are the host's settings, sync and conflict screens */
    public AccountingConnector connector() {
        return running.connector();
    }

    /**
     * The administrator pressed "Connect QuickBooks".
     *
     * @param tenant the administrator's organisation
     * @param sessionId the administrator's session (the callback must arrive in the same one)
     * @return where to send the administrator's browser: Intuit's authorisation page
     */
    public URI beginConnect(TenantId tenant, String sessionId) {
        connecting.put(sessionId, tenant);
        // null: the redirect URI of the configuration; a host serving several addresses passes its own
        return connector().connection().beginConnect(tenant, sessionId, null).authorizationUrl();
    }

    /**
     * Turns QuickBooks sync on for an organisation: it is off until an administrator turns it on, and nothing is
     * pushed meanwhile (changes wait, nothing is lost).
     *
     * @param tenant the organisation
     * @param recipients who gets the failure digest and the "reconnect required" mail
     */
    public void enableSync(TenantId tenant, List<String> recipients) {
        ConnectorSettings current = connector().settings().settings(tenant);
        connector().settings().updateSettings(tenant,
                current.toBuilder().enabled(true).notificationRecipients(recipients).build());
    }

    /**
     * Saves a customer, then tells the connector. {@code accept} stores the event durably and returns at once; the
     * connector reads the customer later, from a worker, as it is then.
     *
     * @param tenant the organisation
     * @param customer the customer
     */
    public void saveCustomer(TenantId tenant, HostCustomer customer) {
        books.save(tenant, customer); // a real host commits its transaction first
        connector().accept(HostEvent.of(tenant, HostEventKind.CUSTOMER_CHANGED, customer.hostCustomerId()));
    }

    private void oauthCallback(HttpExchange exchange) throws IOException {
        String session = cookie(exchange, "session");
        TenantId tenant = session == null ? null : connecting.remove(session);
        if (tenant == null) {
            answer(exchange, 400, "No QuickBooks connection was started in this session: press Connect again.");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        AuthorizationCallback callback = new AuthorizationCallback(query.get("code"), query.get("state"),
                query.get("realmId"), query.get("error"), query.get("error_description"), false);
        try {
            ConnectionStatus status = connector().connection().completeConnect(tenant, session, callback);
            answer(exchange, 200, "Connected to QuickBooks company " + status.companyName());
        } catch (LedgerBridgeException e) {
            answer(exchange, 400, e.getMessage() + " " + e.remedy());
        }
    }

    private void webhook(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "POST only");
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst(WebhookOperations.SIGNATURE_HEADER);
        try (InputStream body = exchange.getRequestBody()) {
            // signature first, bounded read, stored durably; never a QuickBooks call on this thread
            WebhookResult result = connector().webhooks().receive(signature, body);
            answer(exchange, result.status(), result.message());
        }
    }

    private static String cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                String[] kv = pair.trim().split("=", 2);
                if (kv.length == 2 && kv[0].equals(name)) {
                    return kv[1];
                }
            }
        }
        return null;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops the HTTP server, then the connector's workers, and closes its database. */
    @Override
    public void close() {
        http.stop(0);
        running.close();
    }
}
