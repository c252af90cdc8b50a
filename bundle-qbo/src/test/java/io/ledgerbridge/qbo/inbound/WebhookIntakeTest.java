package io.ledgerbridge.qbo.inbound;

import static io.ledgerbridge.qbo.inbound.InboundRig.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.WebhookResult;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.webhook.WebhookEvent;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhook intake: what it stores and what it answers, for signed, replayed, forged and broken bodies. */
class WebhookIntakeTest {
    private static final String TOKEN = "verifier-token";
    private static final String REALM = "111";

    @TempDir
    Path dir;
    Database db;
    Inbox inbox;
    WebhookIntake intake;
    /** What the intake told its metrics listener. */
    List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        db = InboundRig.open(dir);
        inbox = new Inbox(db.dataSource(), Clock.systemUTC());
        intake = new WebhookIntake(new WebhookVerifier(TOKEN),
                realm -> REALM.equals(realm) ? Optional.of(T) : Optional.<TenantId>empty(), inbox,
                new WebhookListener() {
                    @Override
                    public void accepted(TenantId tenant, int changes) {
                        told.add("accepted " + tenant + " " + changes);
                    }

                    @Override
                    public void refused(String reason) {
                        told.add("refused " + reason);
                    }
                });
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static byte[] classic(WebhookEvent... events) {
        return WebhookPayloadsTest.bytes(Json.write(io.ledgerbridge.sandbox.webhook.WebhookPayloads.classic(
                List.of(events))));
    }

    private static WebhookEvent event(String realm, String entity, String id, String operation) {
        return new WebhookEvent(realm, entity, id, operation, Instant.parse("2026-12-06T09:30:00.125Z"), null);
    }

    private WebhookResult post(String signature, byte[] body) {
        return intake.receive(signature, new ByteArrayInputStream(body));
    }

    private static String sign(byte[] body) {
        return io.ledgerbridge.sandbox.webhook.WebhookPayloads.sign(TOKEN, body);
    }

    @Test
    void aSignedNotificationIsStoredOncePerChangeAndARetryAddsNothing() {
        byte[] body = classic(event(REALM, "Invoice", "130", "Update"), event(REALM, "Payment", "131", "Create"),
                event(REALM, "Account", "4", "Update"));

        assertThat(post(sign(body), body)).isEqualTo(new WebhookResult(200, "stored 2 of 2 changes"));
        assertThat(post(sign(body), body)).isEqualTo(new WebhookResult(200, "stored 0 of 2 changes"));
        assertThat(inbox.count(T, "PENDING")).isEqualTo(2);
        assertThat(told).containsExactly("accepted " + T + " 2", "accepted " + T + " 2");
    }

    @Test
    void anUnsignedOrForgedNotificationIsRefusedAndStoresNothing() {
        byte[] body = classic(event(REALM, "Invoice", "130", "Update"));
        byte[] forged = classic(event(REALM, "Invoice", "666", "Delete"));

        assertThat(post(null, body).status()).isEqualTo(401);
        assertThat(post("", body).status()).isEqualTo(401);
        assertThat(post(sign(body), forged)).isEqualTo(new WebhookResult(401, "invalid intuit-signature"));
        assertThat(post(io.ledgerbridge.sandbox.webhook.WebhookPayloads.sign("guessed", forged), forged).status())
                .isEqualTo(401);
        assertThat(inbox.count(T, "PENDING")).isZero();
        assertThat(told).containsExactly("refused unsigned", "refused unsigned", "refused bad-signature",
                "refused bad-signature");
    }

    @Test
    void anOversizedOrMalformedBodyIsRefusedWith400AndStoresNothing() {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        byte[] malformed = WebhookPayloadsTest.bytes("{\"eventNotifications\":[{\"dataChangeEvent\":{}}]}");

        assertThat(post(sign(huge), huge)).isEqualTo(new WebhookResult(400, "body larger than 1048576 bytes"));
        assertThat(post(sign(malformed), malformed))
                .isEqualTo(new WebhookResult(400, "malformed: eventNotifications[].realmId is missing"));
        assertThat(inbox.count(T, "PENDING")).isZero();
        assertThat(told).containsExactly("refused too-large", "refused malformed");
    }

    @Test
    void aCompanyNoTenantIsConnectedToIsAcknowledgedAndIgnored() {
        byte[] body = classic(event("999", "Invoice", "1", "Update"), event(REALM, "Invoice", "2", "Update"));

        assertThat(post(sign(body), body)).isEqualTo(new WebhookResult(200, "stored 1 of 2 changes"));
        assertThat(inbox.count(T, "PENDING")).isEqualTo(1);
        assertThat(told).as("only the connected company's change counts").containsExactly("accepted " + T + " 1");
    }

    @Test
    void withoutAVerifierTokenEveryNotificationIsRefused() {
        WebhookIntake unconfigured = new WebhookIntake(null, realm -> Optional.of(T), inbox);
        byte[] body = classic(event(REALM, "Invoice", "130", "Update"));

        assertThat(unconfigured.receive(sign(body), new ByteArrayInputStream(body)).status()).isEqualTo(401);
        assertThat(inbox.count(T, "PENDING")).isZero();
    }
}
