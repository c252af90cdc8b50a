package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {
    record Received(String signature, String body) {
    }

    HttpServer receiver;
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger failuresLeft = new AtomicInteger();
    QboSandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(ex.getRequestHeaders().getFirst("intuit-signature"), body));
            ex.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
            ex.close();
        });
        receiver.start();
        // time scale 10000: the 10 s first retry takes 1 ms
        sandbox = QboSandbox.builder().timeScale(10_000).start();
        sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl =
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        sandbox.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, QboSandbox.US_REALM);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.stop(0);
    }

    static String hmac(String key, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void userEditSendsASignedClassicNotification() throws Exception {
        JsonNode edited = sandbox.admin().edit(QboSandbox.US_REALM, "Customer", "1", (com.fasterxml.jackson.databind.node.ObjectNode)
                Api.json("{\"Notes\":\"changed in QuickBooks\"}"));
        assertThat(edited.get("SyncToken").asText()).isEqualTo("1");
        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        Received hook = received.get(0);
        assertThat(hook.signature()).isEqualTo(hmac(QboSandbox.DEFAULT_WEBHOOK_VERIFIER, hook.body()));
        JsonNode body = Api.json(hook.body());
        JsonNode n = body.at("/eventNotifications/0");
        assertThat(n.get("realmId").asText()).isEqualTo(QboSandbox.US_REALM);
        JsonNode entity = n.at("/dataChangeEvent/entities/0");
        assertThat(entity.get("name").asText()).isEqualTo("Customer");
        assertThat(entity.get("id").asText()).isEqualTo("1");
        assertThat(entity.get("operation").asText()).isEqualTo("Update");
        assertThat(entity.get("lastUpdated").asText()).endsWith("Z");
    }

    @Test
    void eventsAreBatchedAndCoverPaymentsVoidsAndDeletes() {
        Api us = Api.connect(sandbox, QboSandbox.US_REALM);
        String inv = us.create("Invoice", SandboxTestBase.invoiceJson("1", "50")).get("Id").asText();
        sandbox.admin().receivePayment(QboSandbox.US_REALM, inv, new BigDecimal("50"));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().mapToInt(r -> count(r, "Payment")).sum() > 0);
        String paymentCreated = received.stream().map(Received::body).filter(b -> b.contains("\"Payment\"")).findFirst().orElseThrow();
        assertThat(paymentCreated).contains("\"operation\":\"Create\"");
        String voidBody = "{\"Id\":\"" + sandbox.admin().entities(QboSandbox.US_REALM, "Payment").get(0).get("Id").asText() + "\",\"SyncToken\":\"0\",\"sparse\":true}";
        assertThat(us.post("payment?operation=update&include=void", voidBody).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(r -> r.body().contains("\"operation\":\"Void\"")));
        String all = String.join("\n", received.stream().map(Received::body).toList());
        assertThat(all).contains("\"name\":\"Invoice\"").contains("\"operation\":\"Create\"");
    }

    private static int count(Received r, String entity) {
        return r.body().contains("\"name\":\"" + entity + "\"") ? 1 : 0;
    }

    @Test
    void changesCloseTogetherShareOneDelivery() {
        var admin = sandbox.admin();
        admin.edit(QboSandbox.US_REALM, "Customer", "1", (com.fasterxml.jackson.databind.node.ObjectNode) Api.json("{\"Notes\":\"a\"}"));
        admin.edit(QboSandbox.US_REALM, "Customer", "2", (com.fasterxml.jackson.databind.node.ObjectNode) Api.json("{\"Notes\":\"b\"}"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        JsonNode entities = Api.json(received.get(0).body()).at("/eventNotifications/0/dataChangeEvent/entities");
        assertThat(entities).hasSize(2);
    }

    @Test
    void userVoidDeleteAndCloseBooksAreAnnounced() {
        Api us = Api.connect(sandbox, QboSandbox.US_REALM);
        String a = us.create("Invoice", SandboxTestBase.invoiceJson("1", "5")).get("Id").asText();
        String b = us.create("Invoice", SandboxTestBase.invoiceJson("1", "5")).get("Id").asText();
        sandbox.admin().voidTransaction(QboSandbox.US_REALM, "Invoice", a);
        sandbox.admin().delete(QboSandbox.US_REALM, "Invoice", b);
        sandbox.admin().closeBooks(QboSandbox.US_REALM, java.time.LocalDate.parse("2025-12-31"));
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            String all = String.join("", received.stream().map(Received::body).toList());
            return all.contains("\"operation\":\"Void\"") && all.contains("\"operation\":\"Delete\"") && all.contains("\"name\":\"Preferences\"");
        });
    }

    @Test
    void failedDeliveriesAreRetriedAndLaterEventsWait() {
        failuresLeft.set(2);
        sandbox.admin().edit(QboSandbox.US_REALM, "Vendor", "1", (com.fasterxml.jackson.databind.node.ObjectNode) Api.json("{\"AcctNum\":\"A1\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 3);
        assertThat(received.get(0).body()).isEqualTo(received.get(2).body());
        // The dispatcher logs a delivery once its answer is read, a moment after the receiver has the body.
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.admin().webhookDeliveries().size() >= 3);
        List<io.ledgerbridge.sandbox.webhook.WebhookDispatcher.Delivery> log = sandbox.admin().webhookDeliveries();
        assertThat(log.get(0).status()).isEqualTo(500);
        assertThat(log.get(2).status()).isEqualTo(200);
        assertThat(log.get(2).attempt()).isEqualTo(3);
    }

    @Test
    void cloudEventsFormatAndMerge() throws Exception {
        sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookFormat = "cloudevents";
        sandbox.admin().merge(QboSandbox.US_REALM, "Customer", "2", "1");
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(r -> r.body().contains("merged")));
        Received hook = received.stream().filter(r -> r.body().contains("merged")).findFirst().orElseThrow();
        assertThat(hook.signature()).isEqualTo(hmac(QboSandbox.DEFAULT_WEBHOOK_VERIFIER, hook.body()));
        JsonNode events = Api.json(hook.body());
        assertThat(events.isArray()).isTrue();
        JsonNode merge = null;
        for (JsonNode e : events) {
            if (e.get("type").asText().equals("qbo.customer.merged.v1")) {
                merge = e;
            }
        }
        assertThat(merge).isNotNull();
        assertThat(merge.get("specversion").asText()).isEqualTo("1.0");
        assertThat(merge.get("intuitaccountid").asText()).isEqualTo(QboSandbox.US_REALM);
        assertThat(merge.get("intuitentityid").asText()).isEqualTo("1");
        assertThat(merge.at("/data/deletedid").asText()).isEqualTo("2");
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "2")).isNull();
    }

    @Test
    void appsNotConnectedToTheCompanyGetNothing() {
        sandbox.admin().edit(QboSandbox.CA_REALM, "Customer", "1", (com.fasterxml.jackson.databind.node.ObjectNode) Api.json("{\"Notes\":\"x\"}"));
        sandbox.admin().edit(QboSandbox.US_REALM, "Customer", "1", (com.fasterxml.jackson.databind.node.ObjectNode) Api.json("{\"Notes\":\"y\"}"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        assertThat(String.join("", received.stream().map(Received::body).toList())).doesNotContain(QboSandbox.CA_REALM);
    }

    private void notes(String customerId, String notes) {
        sandbox.admin().edit(QboSandbox.US_REALM, "Customer", customerId,
                (com.fasterxml.jackson.databind.node.ObjectNode) Api.json("{\"Notes\":\"" + notes + "\"}"));
    }

    private static String customerIds(Received r) {
        StringBuilder ids = new StringBuilder();
        for (JsonNode e : Api.json(r.body()).at("/eventNotifications/0/dataChangeEvent/entities")) {
            ids.append(e.get("id").asText());
        }
        return ids.toString();
    }

    @Test
    void aDelayedNotificationArrivesAfterItsHoldAndLaterOnesWaitBehindIt() {
        sandbox.admin().faults().webhookDelay(1.0, 5_000, 5_000); // 5,000 s of Intuit's time: 500 ms here
        long edited = System.nanoTime();
        notes("1", "first");
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.admin().faultCounts().containsKey("webhookDelayed"));
        sandbox.admin().faults().webhookDelay(0, 0, 0);
        notes("2", "second"); // while the first is held back

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 2);
        assertThat(received).extracting(WebhookTest::customerIds).containsExactly("1", "2");
        List<io.ledgerbridge.sandbox.webhook.WebhookDispatcher.Delivery> log = sandbox.admin().webhookDeliveries();
        assertThat(log.get(0).heldMillis()).isEqualTo(500);
        assertThat(log.get(1).at()).isAfterOrEqualTo(log.get(0).at());
        assertThat(log.get(1).heldMillis()).isZero();
        assertThat(System.nanoTime() - edited).isGreaterThanOrEqualTo(500_000_000L);
        assertThat(sandbox.admin().faultCounts()).containsEntry("webhookDelayed", 1L);
    }

    @Test
    void aRepeatedNotificationIsSentAgainByteForByte() {
        sandbox.admin().faults().webhookRepeat(1.0);
        notes("1", "once");

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= 2);
        assertThat(received.get(1)).isEqualTo(received.get(0));
        assertThat(received.get(0).signature()).isNotBlank();
        List<io.ledgerbridge.sandbox.webhook.WebhookDispatcher.Delivery> log = sandbox.admin().webhookDeliveries();
        assertThat(log).extracting(io.ledgerbridge.sandbox.webhook.WebhookDispatcher.Delivery::repeated)
                .containsExactly(false, true);
        assertThat(sandbox.admin().faultCounts()).containsEntry("webhookRepeated", 1L);
    }

    @Test
    void clearedFaultsDeliverEachNotificationOnceAndAtOnce() {
        sandbox.admin().faults().webhookDelay(1.0, 5_000, 5_000);
        sandbox.admin().faults().webhookRepeat(1.0);
        sandbox.admin().faults().clear();
        notes("1", "plain");

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> received.size() == 1);
        assertThat(sandbox.admin().webhookDeliveries().get(0).heldMillis()).isZero();
        assertThat(sandbox.admin().faultCounts()).doesNotContainKeys("webhookDelayed", "webhookRepeated");
    }

    @Test
    void nothingHeldBackBeforeAResetArrivesAfterIt() {
        sandbox.admin().faults().webhookDelay(1.0, 5_000, 5_000);
        notes("1", "before the reset");
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.admin().faultCounts().containsKey("webhookDelayed"));

        sandbox.admin().reset();
        sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl =
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";

        await().during(Duration.ofMillis(1_000)).atMost(Duration.ofSeconds(3)).until(received::isEmpty);
        assertThat(sandbox.admin().webhookDeliveries()).isEmpty();
    }

    @Test
    void webhookFaultsRefuseRatesOutsideZeroToOneAndEmptyRanges() {
        var faults = sandbox.admin().faults();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> faults.webhookDelay(1.5, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhookDelay: rate");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> faults.webhookDelay(0.5, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSeconds <= maxSeconds");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> faults.webhookRepeat(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhookRepeat: rate");
    }
}
