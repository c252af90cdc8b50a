package io.ledgerbridge.qbo.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.webhook.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both of Intuit's webhook formats, as the sandbox (the reference for what Intuit sends) writes them, read into the
 * same changes; what LedgerBridge does not link is skipped, what is broken is refused naming the field.
 */
class WebhookPayloadsTest {
    private static final Instant AT = Instant.parse("2026-12-06T09:30:00.125Z");
    private static final List<WebhookEvent> EVENTS = List.of(
            new WebhookEvent("111", "Invoice", "130", "Update", AT, null),
            new WebhookEvent("111", "Payment", "131", "Create", AT, null),
            new WebhookEvent("111", "Customer", "2", "Merge", AT, "27"),
            new WebhookEvent("222", "Purchase", "9", "Void", AT, null),
            new WebhookEvent("111", "Account", "40", "Create", AT, null),
            new WebhookEvent("111", "Invoice", "132", "Delete", AT, null));

    private static final List<ReportedChange> EXPECTED = List.of(
            new ReportedChange("111", "Invoice", "130", Operation.UPDATE, AT, null),
            new ReportedChange("111", "Payment", "131", Operation.CREATE, AT, null),
            new ReportedChange("111", "Customer", "27", Operation.MERGE, AT, "2"),
            new ReportedChange("111", "Invoice", "132", Operation.DELETE, AT, null),
            new ReportedChange("222", "Purchase", "9", Operation.VOID, AT, null));

    @Test
    void classicNotificationsBecomeTheWatchedChangesAMergeNamingTheRecordMergedAway() {
        byte[] body = bytes(Json.write(io.ledgerbridge.sandbox.webhook.WebhookPayloads.classic(EVENTS)));

        assertThat(WebhookPayloads.parse(body)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void cloudEventsBecomeTheSameChanges() {
        byte[] body = bytes(Json.write(io.ledgerbridge.sandbox.webhook.WebhookPayloads.cloudEvents(EVENTS,
                "ledgerbridge-dev")));

        assertThat(WebhookPayloads.parse(body)).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void aCloudEventOfAnotherProductOrAnUnknownVerbIsSkipped() {
        byte[] body = bytes("[{\"type\":\"payroll.employee.created.v1\",\"time\":\"2026-12-06T09:30:00Z\"},"
                + "{\"type\":\"qbo.invoice.archived.v1\",\"intuitaccountid\":\"1\",\"intuitentityid\":\"2\","
                + "\"time\":\"2026-12-06T09:30:00Z\"}]");

        assertThat(WebhookPayloads.parse(body)).isEmpty();
    }

    @Test
    void aBodyThatIsNotAnIntuitNotificationIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> WebhookPayloads.parse(bytes("{\"eventNotifications\":[{\"realmId\":\"1\","
                + "\"dataChangeEvent\":{\"entities\":[{\"name\":\"Invoice\",\"operation\":\"Update\","
                + "\"lastUpdated\":\"2026-12-06T09:30:00Z\"}]}}]}")))
                .isInstanceOf(MalformedWebhookException.class).hasMessage("dataChangeEvent.entities[].id is missing");
        assertThatThrownBy(() -> WebhookPayloads.parse(bytes("[{\"type\":\"qbo.invoice.updated.v1\","
                + "\"intuitaccountid\":\"1\",\"intuitentityid\":\"2\",\"time\":\"yesterday\"}]")))
                .isInstanceOf(MalformedWebhookException.class).hasMessageContaining("time is not an ISO date-time");
        assertThatThrownBy(() -> WebhookPayloads.parse(bytes("{\"hello\":1}")))
                .isInstanceOf(MalformedWebhookException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> WebhookPayloads.parse(bytes("{\"eventNotifications\":[]} trailing")))
                .isInstanceOf(MalformedWebhookException.class).hasMessageContaining("not JSON");
    }

    @Test
    void theSignatureIsTheHmacOfTheRawBodyWithTheVerifierToken() {
        byte[] body = bytes("{\"eventNotifications\":[]}");
        WebhookVerifier verifier = new WebhookVerifier("verifier-token");
        String signature = io.ledgerbridge.sandbox.webhook.WebhookPayloads.sign("verifier-token", body);

        assertThat(verifier.verify(signature, body)).isTrue();
        assertThat(verifier.verify(signature, bytes("{\"eventNotifications\":[] }"))).isFalse();
        assertThat(verifier.verify(io.ledgerbridge.sandbox.webhook.WebhookPayloads.sign("other", body), body))
                .isFalse();
        assertThat(verifier.verify("not base64 !", body)).isFalse();
        assertThat(verifier).hasToString("WebhookVerifier[HmacSHA256]");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
