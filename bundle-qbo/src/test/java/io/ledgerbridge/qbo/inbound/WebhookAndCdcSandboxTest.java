package io.ledgerbridge.qbo.inbound;

import static io.ledgerbridge.qbo.inbound.InboundRig.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.model.Invoice;
import io.ledgerbridge.qbo.client.model.Line;
import io.ledgerbridge.qbo.client.model.Payment;
import io.ledgerbridge.qbo.client.model.ReferenceType;
import io.ledgerbridge.qbo.client.model.SalesItemLineDetail;
import io.ledgerbridge.qbo.client.sandbox.SandboxClients;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.MutableClock;
import io.ledgerbridge.qbo.testing.HostWebhookEndpoint;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport against the sandbox, on the plain class path: the sandbox's signed webhooks (both formats, with its
 * retries) reach the inbox through a host's HTTP layer and the change handler gets each change once; a missed webhook
 * is caught up by change-data-capture; replayed and forged webhooks change nothing. The handler here only records.
 */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60)
class WebhookAndCdcSandboxTest {
    private static final String US = QboSandbox.US_REALM;

    @TempDir
    Path dir;
    QboSandbox sandbox;
    SandboxClients clients;
    Database db;
    MutableClock clock;
    RecordingHandler handler = new RecordingHandler();
    InboundModule module;
    HostWebhookEndpoint endpoint;
    QboClient client;

    @BeforeEach
    void setUp(QboSandbox sandbox) throws Exception {
        this.sandbox = sandbox;
        sandbox.admin().reset();
        clients = new SandboxClients(sandbox, 60);
        // Whole milliseconds: the database keeps microseconds, and this clock stands still unless a test moves it.
        clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        db = InboundRig.open(dir);
        InboundRig.connect(db, T, US, clock.instant());
        client = clients.client(US);
        module = new InboundModule(db, t -> client, t -> CompanyAccess.Access.open(US),
                realm -> US.equals(realm) ? Optional.of(T) : Optional.<TenantId>empty(), handler,
                QboSandbox.DEFAULT_WEBHOOK_VERIFIER, Duration.ofMinutes(15), clock, "node-a", Duration.ofMillis(50));
        endpoint = new HostWebhookEndpoint(module.webhooks());
    }

    @AfterEach
    void tearDown() throws Exception {
        sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl = "";
        endpoint.close();
        module.close();
        clients.close();
        db.close();
    }

    private void webhooksTo(String format) {
        endpoint.receiveFrom(sandbox, format);
    }

    private Invoice invoice(String amount) {
        SalesItemLineDetail detail = new SalesItemLineDetail();
        detail.setItemRef(ref("1"));
        detail.setQty(BigDecimal.ONE);
        detail.setUnitPrice(new BigDecimal(amount));
        Line line = new Line();
        line.setDetailType("SalesItemLineDetail");
        line.setAmount(new BigDecimal(amount));
        line.setSalesItemLineDetail(detail);
        Invoice invoice = new Invoice();
        invoice.setCustomerRef(ref("1"));
        invoice.setTxnDate(LocalDate.now());
        invoice.setLine(List.of(line));
        return client.create(invoice, "inv-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static ReferenceType ref(String value) {
        ReferenceType ref = new ReferenceType();
        ref.setValue(value);
        return ref;
    }

    /** The changes that came by webhook (a started engine also runs its first catch-up, which reads the seed). */
    private List<String> byWebhook() {
        return handler.summary(c -> c.source() == SyncTrigger.WEBHOOK);
    }

    /** The transactions' changes (creating or paying an invoice also updates its customer's balance). */
    private List<String> transactions() {
        return handler.summary(c -> !c.entityName().equals("Customer"));
    }

    private String paymentOf(String invoiceId) {
        return sandbox.admin().entity(US, "Invoice", invoiceId).path("LinkedTxn").path(0).path("TxnId").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "cloudevents"})
    void aPaymentReceivedInQuickBooksReachesTheHandlerOnceWithinSecondsOfTheWebhook(String format) {
        webhooksTo(format);
        module.start();
        Invoice invoice = invoice("120.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> byWebhook()
                .contains("Invoice " + invoice.getId() + " CREATE"));

        Instant paidAt = Instant.now();
        sandbox.admin().receivePayment(US, invoice.getId(), new BigDecimal("120.00"));
        String payment = paymentOf(invoice.getId());
        await().atMost(Duration.ofSeconds(10)).until(() -> byWebhook().containsAll(List.of(
                "Payment " + payment + " CREATE", "Invoice " + invoice.getId() + " UPDATE")));

        System.out.printf("webhook (%s) to handler: %d ms after the payment%n", format,
                Duration.between(paidAt, Instant.now()).toMillis());
        assertThat(byWebhook()).containsExactlyInAnyOrder("Invoice " + invoice.getId() + " CREATE", "Payment " + payment + " CREATE",
                        "Invoice " + invoice.getId() + " UPDATE");
        assertThat(sandbox.admin().webhookDeliveries()).extracting(WebhookDispatcher.Delivery::status)
                .containsOnly(200);
    }

    @Test
    void aWebhookTheHostFailedToTakeIsRetriedBySandboxAndProcessedOnce() throws Exception {
        webhooksTo("classic");
        endpoint.close();
        Invoice invoice = invoice("75.00");
        await().atMost(Duration.ofSeconds(5)).until(() -> !sandbox.admin().webhookDeliveries().isEmpty());
        String url = sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl;

        try (HostWebhookEndpoint again = HostWebhookEndpoint.on(module.webhooks(), URI.create(url).getPort())) {
            module.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> byWebhook()
                    .contains("Invoice " + invoice.getId() + " CREATE"));
        }
        assertThat(byWebhook()).containsExactly("Invoice " + invoice.getId() + " CREATE");
        assertThat(sandbox.admin().webhookDeliveries()).extracting(WebhookDispatcher.Delivery::status)
                .contains(0).endsWith(200);
    }

    @Test
    void replayedAndForgedWebhooksAreRefusedOrIgnoredAndChangeNothing() throws Exception {
        webhooksTo("classic");
        Invoice invoice = invoice("50.00");
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.admin().webhookDeliveries().stream()
                .anyMatch(d -> d.status() == 200));
        module.engine().drain();
        assertThat(byWebhook()).containsExactly("Invoice " + invoice.getId() + " CREATE");
        WebhookDispatcher.Delivery delivered = sandbox.admin().webhookDeliveries().get(0);
        byte[] body = Json.write(delivered.body()).getBytes(StandardCharsets.UTF_8);
        byte[] forged = new String(body, StandardCharsets.UTF_8).replace("\"Create\"", "\"Delete\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(post(delivered.signature(), body)).isEqualTo("200 stored 0 of 1 changes");
        assertThat(post(delivered.signature(), forged)).isEqualTo("401 invalid intuit-signature");
        assertThat(post(null, forged)).isEqualTo("401 missing intuit-signature");
        module.engine().drain();

        assertThat(byWebhook()).containsExactly("Invoice " + invoice.getId() + " CREATE");
        assertThat(module.inbox().count(T, "PENDING")).isZero();
    }

    @Test
    void aMissedWebhookIsCaughtUpByChangeDataCaptureWithTheEntityAndOnlyOnce() {
        module.engine().drain(); // the first catch-up sets the watermark (and reads the seed's customers)
        handler.received.clear();
        Invoice invoice = invoice("90.00");
        sandbox.admin().receivePayment(US, invoice.getId(), new BigDecimal("90.00"));
        String payment = paymentOf(invoice.getId());
        module.engine().drain();
        assertThat(handler.summary()).as("not due before the interval").isEmpty();
        assertThat(sandbox.admin().webhookDeliveries()).as("no webhook URL: every webhook is missed").isEmpty();

        clock.advance(Duration.ofMinutes(16));
        module.engine().drain();
        clock.advance(Duration.ofMinutes(16));
        module.engine().drain(); // the overlap re-reads both: deduplicated

        assertThat(transactions()).containsExactlyInAnyOrder("Invoice " + invoice.getId() + " UPDATE",
                "Payment " + payment + " CREATE");
        RemoteChange paid = handler.received.stream().filter(c -> c.entityName().equals("Invoice")).findFirst()
                .orElseThrow();
        assertThat(((Invoice) paid.entity()).getBalance()).isEqualByComparingTo("0");
        RemoteChange received = handler.received.stream().filter(c -> c.entityName().equals("Payment")).findFirst()
                .orElseThrow();
        assertThat(((Payment) received.entity()).getTotalAmt()).isEqualByComparingTo("90.00");
    }

    @Test
    void aReconnectStartsACatchUpAtOnceAndADeletedInvoiceArrivesAsADelete() throws Exception {
        module.engine().drain();
        handler.received.clear();
        Invoice invoice = invoice("30.00");
        sandbox.admin().delete(US, "Invoice", invoice.getId());
        clock.advance(Duration.ofMinutes(1));
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE qbo_connection SET connected_at = ? WHERE tenant_id = ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, T.value());
            s.executeUpdate();
        }
        module.engine().drain();

        assertThat(transactions()).containsExactly("Invoice " + invoice.getId() + " DELETE");
    }

    @Test
    void aGapOlderThanThirtyDaysReconcilesEveryLinkedRecord() throws Exception {
        Invoice invoice = invoice("40.00");
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO qbo_link (tenant_id, record_type, "
                    + "host_record_id, qbo_realm_id, qbo_id, broken) VALUES (?, 'INVOICE', ?, ?, ?, FALSE)")) {
                for (String[] link : new String[][] {{"h1", invoice.getId()}, {"h2", "987654"}}) {
                    s.setString(1, T.value());
                    s.setString(2, link[0]);
                    s.setString(3, US);
                    s.setString(4, link[1]);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO qbo_cdc_watermark (tenant_id, qbo_realm_id, "
                    + "changed_since, polled_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, T.value());
                s.setString(2, US);
                s.setTimestamp(3, Timestamp.from(clock.instant().minus(Duration.ofDays(40))));
                s.setTimestamp(4, Timestamp.from(clock.instant().minus(Duration.ofDays(40))));
                s.executeUpdate();
            }
        }
        module.engine().drain();

        assertThat(handler.summary()).containsExactlyInAnyOrder("Invoice " + invoice.getId() + " CREATE",
                "Invoice 987654 DELETE");
        assertThat(handler.received).filteredOn(c -> c.qboId().equals(invoice.getId()))
                .allMatch(c -> c.entity() != null);
    }

    private String post(String signature, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("intuit-signature", signature);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
