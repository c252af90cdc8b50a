package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.ConnectorRuntime;
import io.ledgerbridge.qbo.testing.HostWebhookEndpoint;
import io.ledgerbridge.qbo.testing.SandboxBrowser;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.junit.QboSandboxExtension;
import io.ledgerbridge.sandbox.junit.SandboxOptions;
import io.ledgerbridge.sandbox.webhook.WebhookDispatcher;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * QuickBooks' changes end to end, on the plain class path: the connector as the composition root builds it for a host
 * without OSGi (ConnectorRuntime, connected through the sandbox's OAuth page), the host's HTTP layer routing Intuit's
 * webhooks to {@code webhooks()}, the real change handler, and the host's ledger as what is asserted; and a revoked
 * connection, after which the administrator's reconnect sends the changes that waited at once.
 */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60)
class InboundEndToEndTest {
    private static final TenantId T = TenantId.of("acme");
    private static final String US = QboSandbox.US_REALM;

    @TempDir
    Path dir;
    QboSandbox sandbox;
    FakeHost host = new FakeHost();
    ConnectorRuntime runtime;
    HostWebhookEndpoint endpoint;

    @BeforeEach
    void start(QboSandbox sandbox) throws Exception {
        this.sandbox = sandbox;
        sandbox.admin().reset();
        runtime = runtime();
        SandboxBrowser browser = new SandboxBrowser();
        AuthorizationStart begin = connector().connection().beginConnect(T, "session-1", null);
        connector().connection().completeConnect(T, "session-1", browser.authorize(begin.authorizationUrl(), US, true));
        connector().settings().updateSettings(T, ConnectorSettings.defaults().toBuilder().enabled(true)
                .autoSyncInterval(null).build());
        endpoint = new HostWebhookEndpoint(connector().webhooks());
        host.add(SandboxSyncTest.customer("c1", "Inbound Co", "ap@inbound.example"));
        host.add(SandboxSyncTest.invoice("i1", "c1", "IN-1", InvoiceStatus.SENT, "0"));
    }

    @AfterEach
    void stop() {
        sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl = "";
        endpoint.close();
        runtime.close();
    }

    private ConnectorRuntime runtime() {
        return SandboxRuntime.start(sandbox, dir, host, "node-a");
    }

    private AccountingConnector connector() {
        return runtime.connector();
    }

    private void webhooksToTheHost() {
        endpoint.receiveFrom(sandbox, "cloudevents");
    }

    private String pushInvoice() {
        connector().accept(HostEvent.of(T, HostEventKind.INVOICE_CHANGED, "i1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> connector().sync()
                .status(T, RecordRef.of(RecordType.INVOICE, "i1")).state() == SyncState.SYNCED);
        return connector().sync().status(T, RecordRef.of(RecordType.INVOICE, "i1")).remoteId();
    }

    private List<String> paidCalls() {
        return host.ledgerCalls.stream().filter(c -> c.startsWith("markPaid") || c.startsWith("recordPayment"))
                .toList();
    }

    @Test
    void aPaymentReceivedInQuickBooksMarksTheHostInvoicePaidWithinSecondsOfTheWebhook() {
        webhooksToTheHost();
        String qboInvoice = pushInvoice();

        Instant paid = Instant.now();
        sandbox.admin().receivePayment(US, qboInvoice, new BigDecimal("100.00"));
        await().atMost(Duration.ofSeconds(15)).until(() -> host.ledgerCalls.contains("markPaid i1"));

        System.out.printf("QuickBooks payment to host invoice PAID: %d ms%n",
                Duration.between(paid, Instant.now()).toMillis());
        assertThat(host.invoice(T, "i1").orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> paidCalls().size() == 2);
        assertThat(paidCalls()).hasSize(2).contains("markPaid i1")
                .anyMatch(c -> c.startsWith("recordPayment") && c.endsWith(" 100.00"));
        assertThat(sandbox.admin().webhookDeliveries()).extracting(WebhookDispatcher.Delivery::status)
                .containsOnly(200);
    }

    @Test
    void aPaymentWhoseWebhookWasMissedArrivesByChangeDataCaptureAfterAReconnect() throws Exception {
        String qboInvoice = pushInvoice();
        sandbox.admin().receivePayment(US, qboInvoice, new BigDecimal("100.00"));
        assertThat(sandbox.admin().webhookDeliveries()).as("no webhook URL: the webhook is missed").isEmpty();

        AuthorizationStart again = connector().connection().beginConnect(T, "session-2", null);
        connector().connection().completeConnect(T, "session-2",
                new SandboxBrowser().authorize(again.authorizationUrl(), US, true));

        await().atMost(Duration.ofSeconds(15)).until(() -> host.ledgerCalls.contains("markPaid i1"));
        assertThat(host.invoice(T, "i1").orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paidCalls()).containsOnlyOnce("markPaid i1");
    }

    @Test
    void aChangeThatMetARevokedConnectionGoesOutAsSoonAsTheAdministratorReconnects() throws Exception {
        pushInvoice();
        RecordRef customer = RecordRef.of(RecordType.CUSTOMER, "c1");
        String qboCustomer = connector().sync().status(T, customer).remoteId();
        sandbox.admin().revokeTokens(US, QboSandbox.DEFAULT_CLIENT_ID);
        host.add(SandboxSyncTest.customer("c1", "Inbound Co Renamed", "ap@inbound.example"));
        connector().accept(HostEvent.of(T, HostEventKind.CUSTOMER_CHANGED, "c1"));
        await().atMost(Duration.ofSeconds(15)).until(() -> "No active QuickBooks connection".equals(
                connector().sync().status(T, customer).message()));

        AuthorizationStart again = connector().connection().beginConnect(T, "session-2", null);
        connector().connection().completeConnect(T, "session-2",
                new SandboxBrowser().authorize(again.authorizationUrl(), US, true));

        // Stopped by the lost connection, the push waited a minute before; the reconnect makes it due at once.
        await().atMost(Duration.ofSeconds(20)).until(() -> connector().sync().status(T, customer).state()
                == SyncState.SYNCED);
        assertThat(sandbox.admin().entity(US, "Customer", qboCustomer).path("DisplayName").asText())
                .isEqualTo("Inbound Co Renamed");
    }

    @Test
    void replayedAndForgedWebhooksAreRefusedOrProcessedOnceWithNothingChanged() throws Exception {
        webhooksToTheHost();
        String qboInvoice = pushInvoice();
        sandbox.admin().receivePayment(US, qboInvoice, new BigDecimal("40.00"));
        await().atMost(Duration.ofSeconds(15)).until(() -> host.ledgerCalls.stream()
                .anyMatch(c -> c.startsWith("recordPayment")));
        List<String> before = List.copyOf(host.ledgerCalls);
        WebhookDispatcher.Delivery payment = sandbox.admin().webhookDeliveries().stream()
                .filter(d -> Json.write(d.body()).contains("qbo.payment.created")).findFirst().orElseThrow();
        String body = Json.write(payment.body());

        // The delivery may carry more changes than the payment's (the sandbox gathers what happened within 200 ms):
        // a replay stores none of them again.
        assertThat(post(payment.signature(), body)).matches("200 stored 0 of [1-9][0-9]* changes");
        assertThat(post(payment.signature(), body.replace("40.00", "400.00").replace("created", "updated")))
                .isEqualTo("401 invalid intuit-signature");
        assertThat(post(null, body)).isEqualTo("401 missing intuit-signature");

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> host.ledgerCalls.equals(before));
        assertThat(host.invoice(T, "i1").orElseThrow().status()).isEqualTo(InvoiceStatus.SENT);
    }

    @Test
    void aRestartWithChangesInTheInboxLosesAndRepeatsNothing() throws Exception {
        webhooksToTheHost();
        String qboInvoice = pushInvoice();
        // Sync off: the webhook is stored, but nothing is applied before the restart.
        connector().settings().updateSettings(T, ConnectorSettings.defaults().toBuilder().enabled(false).build());
        sandbox.admin().receivePayment(US, qboInvoice, new BigDecimal("100.00"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.admin().webhookDeliveries().stream()
                .anyMatch(d -> d.status() == 200 && Json.write(d.body()).contains("qbo.payment.created")));
        assertThat(paidCalls()).isEmpty();

        endpoint.close();
        runtime.close();
        runtime = runtime();
        endpoint = HostWebhookEndpoint.on(connector().webhooks(), URI.create(
                sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl).getPort());
        connector().settings().updateSettings(T, ConnectorSettings.defaults().toBuilder().enabled(true)
                .autoSyncInterval(null).build());

        await().atMost(Duration.ofSeconds(15)).until(() -> host.ledgerCalls.contains("markPaid i1"));
        runtime.close();
        runtime = runtime();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> paidCalls().size() == 2);
        assertThat(paidCalls()).containsOnlyOnce("markPaid i1");
    }

    private String post(String signature, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("intuit-signature", signature);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
