package io.ledgerbridge.qbo.testing;

import com.sun.net.httpserver.HttpServer;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.api.WebhookResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A host's own HTTP layer without OSGi, as the README tells it to route webhooks: the POST's signature header and
 * raw body go to {@link WebhookOperations#receive}, its answer goes back. Listens on 127.0.0.1 only.
 */
public final class HostWebhookEndpoint implements AutoCloseable {
    /** The path the README names. */
    public static final String PATH = "/ledgerbridge/quickbooks/webhooks";

    private final HttpServer server;

    /**
     * @param webhooks the connector's webhook intake
     * @throws IOException when no port is free
     */
    public HostWebhookEndpoint(WebhookOperations webhooks) throws IOException {
        this(webhooks, 0);
    }

    private HostWebhookEndpoint(WebhookOperations webhooks, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(PATH, exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                WebhookResult result = "POST".equals(exchange.getRequestMethod())
                        ? webhooks.receive(exchange.getRequestHeaders().getFirst(WebhookOperations.SIGNATURE_HEADER),
                                body)
                        : new WebhookResult(405, "POST only");
                byte[] answer = result.message().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(result.status(), answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    /** @return an endpoint on a given port (a host coming back after an outage) */
    public static HostWebhookEndpoint on(WebhookOperations webhooks, int port) throws IOException {
        return new HostWebhookEndpoint(webhooks, port);
    }

    /** @return the endpoint's URL, to give the sandbox's app as its webhook URL */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /**
     * Makes the sandbox's default app deliver its webhooks here, signed with the default verifier token.
     *
     * @param sandbox the sandbox
     * @param format the delivery format ({@code "cloudevents"} or {@code "classic"})
     * @return this endpoint
     */
    public HostWebhookEndpoint receiveFrom(io.ledgerbridge.sandbox.QboSandbox sandbox, String format) {
        io.ledgerbridge.sandbox.oauth.App app =
                sandbox.admin().app(io.ledgerbridge.sandbox.QboSandbox.DEFAULT_CLIENT_ID);
        app.webhookFormat = format;
        app.webhookVerifierToken = io.ledgerbridge.sandbox.QboSandbox.DEFAULT_WEBHOOK_VERIFIER;
        app.webhookUrl = url();
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
