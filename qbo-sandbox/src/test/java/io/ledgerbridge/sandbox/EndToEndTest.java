package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The life of a connector against the sandbox: connect through the browser flow, push a customer and an invoice
 * idempotently, hear about a payment the QuickBooks user records, catch up with CDC, refresh the token.
 */
class EndToEndTest {

    @Test
    void connectorLifecycle() throws Exception {
        List<String> hooks = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/ledgerbridge/webhooks", ex -> {
            hooks.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        receiver.start();
        try (QboSandbox sandbox = QboSandbox.builder().timeScale(100).start()) {
            sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl =
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/ledgerbridge/webhooks";
            String redirect = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/ledgerbridge/oauth/callback";

            Map<String, String> callback = OAuthTest.connectInBrowser(sandbox, redirect, QboSandbox.US_REALM);
            JsonNode tokens = OAuthTest.exchange(sandbox, callback.get("code"), redirect);
            Api qbo = new Api(sandbox, callback.get("realmId"), tokens.get("access_token").asText());

            String customerId = qbo.create("Customer", "{\"DisplayName\":\"Lifecycle Ltd\",\"PrimaryEmailAddr\":{\"Address\":\"ap@lifecycle.example\"}}")
                    .get("Id").asText();
            String invoiceBody = "{\"CustomerRef\":{\"value\":\"" + customerId + "\"},\"DocNumber\":\"H-100\",\"Line\":[{\"Amount\":240,"
                    + "\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},\"Qty\":3.2,\"UnitPrice\":75}}]}";
            Api.Resp first = qbo.post("invoice?requestid=host-invoice-100-v1&minorversion=75", invoiceBody);
            Api.Resp retry = qbo.post("invoice?requestid=host-invoice-100-v1&minorversion=75", invoiceBody);
            assertThat(retry.body()).isEqualTo(first.body());
            String invoiceId = first.json().at("/Invoice/Id").asText();
            assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Invoice")).hasSize(1);

            String checkpoint = first.json().get("time").asText();
            sandbox.admin().advanceClock(Duration.ofSeconds(5));
            sandbox.admin().receivePayment(QboSandbox.US_REALM, invoiceId, new BigDecimal("240"));
            await().atMost(Duration.ofSeconds(5)).until(() -> hooks.stream().anyMatch(h -> h.contains("\"name\":\"Payment\"")));

            JsonNode cdc = qbo.get("cdc?entities=Invoice,Payment&changedSince=" + checkpoint.replace("+", "%2B")).json();
            JsonNode changed = cdc.at("/CDCResponse/0/QueryResponse");
            assertThat(changed.toString()).contains("\"Payment\"").contains("\"Invoice\"");
            JsonNode invoice = qbo.get("invoice/" + invoiceId).json().get("Invoice");
            assertThat(invoice.get("Balance").decimalValue()).isZero();

            sandbox.admin().advanceClock(Duration.ofMinutes(61));
            assertThat(qbo.get("invoice/" + invoiceId).status()).isEqualTo(401);
            Api.Resp refreshed = OAuthTest.refresh(sandbox, tokens.get("refresh_token").asText());
            qbo.token = refreshed.json().get("access_token").asText();
            assertThat(qbo.get("invoice/" + invoiceId).status()).isEqualTo(200);
            assertThat(sandbox.admin().countStatus(429)).isZero();
            assertThat(sandbox.admin().countOperation("create", "Invoice")).isEqualTo(1);
            assertThat(sandbox.admin().countOperation("replay", "Invoice")).isEqualTo(1);
        } finally {
            receiver.stop(0);
        }
    }
}
