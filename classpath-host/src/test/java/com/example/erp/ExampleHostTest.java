package com.example.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.sandbox.QboSandbox;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's host on a plain class path against the embedded sandbox: connected through the sandbox's OAuth page
 * and the host's own redirect URI, sync turned on, a saved customer reaches QuickBooks; Intuit's signed webhook is
 * taken through the host's route and a forged one refused.
 */
class ExampleHostTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final String VERIFIER_TOKEN = "example-verifier-token";

    @TempDir
    Path dataDirectory;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCustomerSavedInTheHostReachesQuickBooks() throws Exception {
        int port = freePort();
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(60).start();
                ExampleHost host = new ExampleHost(new Books(), configuration(sandbox, port), Optional.empty(),
                        new InetSocketAddress("127.0.0.1", port))) {
            URI intuit = host.beginConnect(ACME, "session-1");
            URI callback = consentAtIntuit(intuit, QboSandbox.US_REALM);
            assertThat(callback.getPath()).isEqualTo(ExampleHost.CALLBACK_PATH);
            HttpResponse<String> back = browser.send(HttpRequest.newBuilder(callback)
                    .header("Cookie", "session=session-1").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
            assertThat(host.connector().connection().status(ACME).state()).isEqualTo(ConnectionState.CONNECTED);

            host.enableSync(ACME, List.of("accounts@acme.example"));
            host.saveCustomer(ACME, new HostCustomer("cust-1", "Example Trading Ltd", "Ada Lovelace",
                    "ada@example-trading.example", null, null, null, Instant.now()));

            RecordRef customer = RecordRef.of(RecordType.CUSTOMER, "cust-1");
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> host.connector().sync().status(ACME, customer).state() == SyncState.SYNCED);
            RecordSyncStatus status = host.connector().sync().status(ACME, customer);
            var inQuickBooks = sandbox.admin().entity(QboSandbox.US_REALM, "Customer", status.remoteId());
            assertThat(inQuickBooks.path("DisplayName").asText()).isEqualTo("Example Trading Ltd");
            assertThat(inQuickBooks.path("PrimaryEmailAddr").path("Address").asText())
                    .isEqualTo("ada@example-trading.example");

            // Intuit's webhook reaches the connector's intake through the host's route: signed, it is taken;
            // forged, refused.
            String change = "{\"eventNotifications\":[{\"realmId\":\"" + QboSandbox.US_REALM + "\","
                    + "\"dataChangeEvent\":{\"entities\":[{\"name\":\"Customer\",\"id\":\"" + status.remoteId()
                    + "\",\"operation\":\"Update\",\"lastUpdated\":\"" + Instant.now() + "\"}]}}]}";
            assertThat(postWebhook(port, change, sign(change)).statusCode()).isEqualTo(200);
            HttpResponse<String> forged = postWebhook(port, change, sign(change + " "));
            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(forged.body()).contains("intuit-signature");
        }
    }

    @Test
    void theCallbackRefusesABrowserThatStartedNoConnection() throws Exception {
        int port = freePort();
        try (QboSandbox sandbox = QboSandbox.builder().port(0).start();
                ExampleHost host = new ExampleHost(new Books(), configuration(sandbox, port), Optional.empty(),
                        new InetSocketAddress("127.0.0.1", port))) {
            HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + ExampleHost.CALLBACK_PATH + "?code=x&state=y&realmId=" + QboSandbox.US_REALM)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).isEqualTo(400);
            assertThat(back.body()).contains("press Connect again");
            assertThat(host.connector().connection().status(ACME).state())
                    .isEqualTo(ConnectionState.DISCONNECTED);
        }
    }

    @Test
    void theRuntimeClassPathHoldsOneCopyOfJakartaActivation() throws IOException {
        List<?> copies = Collections.list(getClass().getClassLoader()
                .getResources("jakarta/activation/DataHandler.class"));
        assertThat(copies).hasSize(1);
    }

    private Map<String, String> configuration(QboSandbox sandbox, int port) {
        return Map.ofEntries(
                Map.entry("environment", "sandbox-local"),
                Map.entry("api.base.url", sandbox.baseUrl()),
                Map.entry("authorize.url", sandbox.baseUrl() + "/connect/oauth2"),
                Map.entry("token.url", sandbox.baseUrl() + "/oauth2/v1/tokens/bearer"),
                Map.entry("revoke.url", sandbox.baseUrl() + "/v2/oauth2/tokens/revoke"),
                Map.entry("client.id", QboSandbox.DEFAULT_CLIENT_ID),
                Map.entry("client.secret", QboSandbox.DEFAULT_CLIENT_SECRET),
                Map.entry("redirect.uri", "http://127.0.0.1:" + port + ExampleHost.CALLBACK_PATH),
                Map.entry("data.directory", dataDirectory.toString()),
                Map.entry("webhook.verifier.token", VERIFIER_TOKEN),
                Map.entry("throttle.time.scale", "60"));
    }

    /**
     * The administrator at Intuit: picks the company and presses Connect (the sandbox's page posts the authorisation
     * request's own parameters back with the choice).
     *
     * @return where Intuit sends the browser back: the host's redirect URI with code, state and realmId
     */
    private URI consentAtIntuit(URI authorizationUrl, String realmId) throws IOException, InterruptedException {
        URI page = URI.create(authorizationUrl.toString().split("\\?", 2)[0]);
        String form = authorizationUrl.getRawQuery() + "&action=connect&realmId=" + realmId;
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> postWebhook(int port, String body, String signature)
            throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ExampleHost.WEBHOOK_PATH))
                .header("intuit-signature", signature).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Intuit's signature: Base64 of the HMAC-SHA256 of the body, keyed with the app's verifier token. */
    private static String sign(String body) throws java.security.GeneralSecurityException {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(VERIFIER_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
