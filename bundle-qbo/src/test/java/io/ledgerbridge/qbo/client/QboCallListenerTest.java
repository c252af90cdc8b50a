package io.ledgerbridge.qbo.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import jakarta.ws.rs.client.Client;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The metrics hook in the HTTP path: every answered exchange, retries included, with its status and duration. */
class QboCallListenerTest {
    private static final String REALM = "4620816365";
    private static final String CUSTOMER = "{\"Customer\":{\"Id\":\"58\",\"SyncToken\":\"0\",\"DisplayName\":\"Acme\"},"
            + "\"time\":\"2026-01-05T10:00:00.123-08:00\"}";

    private record Call(String realm, String operation, int batchItems, int status, long nanos) {
    }

    private final FakeTime time = new FakeTime();
    private final FakeQbo qbo = new FakeQbo();
    private final Client http = JaxRsClients.newClient(Duration.ofSeconds(2), Duration.ofMillis(500));
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    QboCallListenerTest() throws Exception {
    }

    @AfterEach
    void stop() {
        http.close();
        qbo.close();
    }

    @Test
    void eachAnsweredExchangeIsToldWithItsStatusAndDurationRetriesIncluded() {
        QboClientFactory factory = new QboClientFactory(http, QboJson.newObjectMapper(), new RetryPolicy(
                new RetrySettings(4, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, Duration.ofSeconds(60)),
                () -> 0.0), time, time, (realm, operation, items, status, nanos) -> calls.add(
                        new Call(realm, operation, items, status, nanos)));
        QboClient client = factory.newClient(new QboEndpoint(qbo.baseUrl(), REALM), new FakeTokens(),
                factory.newThrottle(ThrottleLimits.quickBooksOnline()));
        qbo.answer(FakeQbo.Answer.of(429, "text/plain", "slow down", Map.of("Retry-After", "1")))
                .answer(FakeQbo.Answer.of(503, "text/plain", "busy", Map.of())).answerJson(200, CUSTOMER);

        client.read(EntityType.CUSTOMER, "58");

        assertThat(calls).extracting(Call::status).containsExactly(429, 503, 200);
        assertThat(calls).allSatisfy(c -> {
            assertThat(c.realm()).isEqualTo(REALM);
            assertThat(c.operation()).isEqualTo("read Customer 58");
            assertThat(c.batchItems()).isZero();
            assertThat(c.nanos()).isPositive();
        });
    }
}
