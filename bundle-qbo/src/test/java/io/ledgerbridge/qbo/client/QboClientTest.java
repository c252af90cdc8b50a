package io.ledgerbridge.qbo.client;

import static io.ledgerbridge.qbo.client.FakeQbo.Answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.qbo.client.error.QboAuthenticationException;
import io.ledgerbridge.qbo.client.error.QboDuplicateNameException;
import io.ledgerbridge.qbo.client.error.QboThrottledException;
import io.ledgerbridge.qbo.client.error.QboTransientException.Reason;
import io.ledgerbridge.qbo.client.error.QboTransientException;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.model.Customer;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.query.QboQuery;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import jakarta.ws.rs.client.Client;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QboClientTest {
    private static final String REALM = "4620816365";
    private static final String CUSTOMER = "{\"Customer\":{\"Id\":\"58\",\"SyncToken\":\"0\",\"DisplayName\":\"Acme\"},"
            + "\"time\":\"2026-01-05T10:00:00.123-08:00\"}";

    private final FakeTime time = new FakeTime();
    private final FakeTokens tokens = new FakeTokens();
    private FakeQbo qbo;
    private Client http;
    private QboClient client;

    @BeforeEach
    void start() throws Exception {
        qbo = new FakeQbo();
        http = JaxRsClients.newClient(Duration.ofSeconds(2), Duration.ofMillis(500));
        client = client(4);
    }

    @AfterEach
    void stop() {
        http.close();
        qbo.close();
    }

    private QboClient client(int maxAttempts) {
        QboClientFactory factory = new QboClientFactory(http, QboJson.newObjectMapper(), new RetryPolicy(
                new RetrySettings(maxAttempts, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5,
                        Duration.ofSeconds(60)), () -> 0.0), time, time);
        return factory.newClient(new QboEndpoint(qbo.baseUrl(), REALM), tokens,
                factory.newThrottle(ThrottleLimits.quickBooksOnline()));
    }

    private static Customer customer(String name) {
        Customer c = new Customer();
        c.setDisplayName(name);
        return c;
    }

    @Test
    void createPostsTheBareEntityWithRequestIdMinorVersionAndBearer() {
        qbo.answerJson(200, CUSTOMER);

        Customer created = client.create(customer("Acme"), "cust-42-v1");

        FakeQbo.Recorded request = qbo.lastRequest();
        assertThat(created.getId()).isEqualTo("58");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v3/company/" + REALM + "/customer");
        assertThat(request.params()).containsExactly(Map.entry("requestid", "cust-42-v1"),
                Map.entry("minorversion", "75"));
        assertThat(request.header("Authorization")).isEqualTo("Bearer token-0");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.body()).isEqualTo("{\"DisplayName\":\"Acme\"}");
    }

    @Test
    void readsAndQueriesCarryMinorVersionButNoRequestId() {
        qbo.answerJson(200, CUSTOMER).answerJson(200, "{\"QueryResponse\":{},\"time\":\"x\"}");

        client.read(EntityType.CUSTOMER, "58");
        client.query(QboQuery.from(EntityType.CUSTOMER));

        assertThat(qbo.requests()).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.params()).containsEntry("minorversion", "75").doesNotContainKey("requestid");
        });
        assertThat(qbo.requests().get(0).path()).endsWith("/customer/58");
    }

    @Test
    void aQueryReachesQuickBooksExactlyAsBuiltWhateverItContains() {
        qbo.answerJson(200, "{\"QueryResponse\":{\"Customer\":[{\"Id\":\"1\",\"DisplayName\":\"x\"}],"
                + "\"startPosition\":1,\"maxResults\":1},\"time\":\"x\"}");
        QboQuery<Customer> query = QboQuery.from(EntityType.CUSTOMER)
                .where("DisplayName", QboQuery.Op.LIKE, "Amy's 100% {Birds} & Sons +1 \\ Zoë 日本 =?#");

        var result = client.query(query);

        assertThat(qbo.lastRequest().params().get("query")).isEqualTo(query.statement());
        assertThat(qbo.lastRequest().rawQuery()).contains("%26").doesNotContain(" ", "{", "'");
        assertThat(result.items()).extracting(Customer::getId).containsExactly("1");
    }

    @Test
    void queryByPostSendsTheStatementAsApplicationText() {
        qbo.answerJson(200, "{\"QueryResponse\":{\"totalCount\":3},\"time\":\"x\"}");
        QboQuery<Customer> query = QboQuery.from(EntityType.CUSTOMER).where("CompanyName", "Zoë's");

        client.queryByPost(query);

        assertThat(qbo.lastRequest().method()).isEqualTo("POST");
        assertThat(qbo.lastRequest().header("Content-Type")).startsWith("application/text");
        assertThat(qbo.lastRequest().body()).isEqualTo(query.statement());
        assertThat(qbo.lastRequest().params()).containsOnlyKeys("minorversion");
    }

    @Test
    void anUnauthorizedCallRefreshesTheTokenOnceAndRetriesOnce() {
        qbo.answer(Answer.json(401, "{\"fault\":{\"error\":[{\"code\":\"3200\",\"detail\":\"Token expired\"}],"
                + "\"type\":\"AUTHENTICATION\"}}")).answerJson(200, CUSTOMER);

        client.read(EntityType.CUSTOMER, "58");

        assertThat(tokens.rejected()).containsExactly("token-0");
        assertThat(qbo.requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-0", "Bearer token-1");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aSecondUnauthorizedIsReported() {
        String body = "{\"fault\":{\"error\":[{\"code\":\"3200\",\"detail\":\"Token revoked\"}],\"type\":\"AUTHENTICATION\"}}";
        qbo.answerJson(401, body).answerJson(401, body).answerJson(200, CUSTOMER);

        assertThatThrownBy(() -> client.read(EntityType.CUSTOMER, "58"))
                .isInstanceOf(QboAuthenticationException.class).hasMessageContaining("reconnect");
        assertThat(tokens.rejected()).hasSize(1);
        assertThat(qbo.requests()).hasSize(2);
    }

    @Test
    void aThrottledCallWaitsSixtySecondsThenSucceeds() {
        qbo.answer(Answer.of(429, "application/xml", "<?xml version=\"1.0\"?><IntuitResponse><Fault type=\"SERVICE\">"
                + "<Error code=\"3001\"><Message>ThrottleExceeded</Message></Error></Fault></IntuitResponse>",
                Map.of())).answerJson(200, CUSTOMER);

        Customer created = client.create(customer("Acme"), "req-1");

        assertThat(created.getId()).isEqualTo("58");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
        assertThat(qbo.requests()).extracting(r -> r.params().get("requestid")).containsExactly("req-1", "req-1");
    }

    @Test
    void retryAfterIsHonoured() {
        qbo.answer(Answer.of(429, "text/plain", "slow down", Map.of("Retry-After", "3"))).answerJson(200, CUSTOMER);

        client.read(EntityType.CUSTOMER, "58");

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void throttlingThatPersistsIsReportedWithTheProductWording() {
        for (int i = 0; i < 4; i++) {
            qbo.answer(Answer.of(429, "text/plain", "", Map.of()));
        }

        assertThatThrownBy(() -> client.read(EntityType.CUSTOMER, "58")).isInstanceOf(QboThrottledException.class)
                .hasMessageStartingWith("QB API error (429): rate limited; wait 60 seconds and retry");
        assertThat(qbo.requests()).hasSize(4);
    }

    @Test
    void serverErrorsBackOffExponentially() {
        qbo.answer(Answer.of(503, "text/html", "<html><body>503 Service Temporarily Unavailable</body></html>",
                Map.of())).answer(Answer.of(502, "text/html", "<html>Bad Gateway</html>", Map.of()))
                .answerJson(200, CUSTOMER);

        client.read(EntityType.CUSTOMER, "58");

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void validationFaultsAreThrownAtOnce() {
        qbo.answerJson(400, "{\"Fault\":{\"Error\":[{\"Message\":\"Duplicate Name Exists Error\",\"Detail\":"
                + "\"The name supplied already exists. : null\",\"code\":\"6240\"}],\"type\":\"ValidationFault\"},"
                + "\"time\":\"x\"}").answerJson(200, CUSTOMER);

        assertThatThrownBy(() -> client.create(customer("Acme"), "req-2"))
                .isInstanceOfSatisfying(QboDuplicateNameException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.intuitTid()).isEqualTo("tid-400");
                    assertThat(e.operation()).isEqualTo("create Customer");
                });
        assertThat(qbo.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aDroppedConnectionIsRetriedWithTheSameRequestId() {
        qbo.answer(Answer.dropConnection()).answerJson(200, CUSTOMER);

        Customer created = client.create(customer("Acme"), "req-3");

        assertThat(created.getId()).isEqualTo("58");
        assertThat(qbo.requests()).extracting(r -> r.params().get("requestid")).containsOnly("req-3");
        assertThat(qbo.requests().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aDroppedConnectionThatPersistsIsTransient() {
        QboClient once = client(1);
        qbo.answer(Answer.dropConnection()).answer(Answer.dropConnection());

        assertThatThrownBy(() -> once.read(EntityType.CUSTOMER, "58"))
                .isInstanceOfSatisfying(QboTransientException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONNECTION_DROPPED));
    }

    @Test
    void aSlowAnswerIsATimeout() {
        QboClient once = client(1);
        CountDownLatch release = new CountDownLatch(1);
        qbo.answer(Answer.after(release, Answer.json(200, CUSTOMER)));
        try {
            assertThatThrownBy(() -> once.read(EntityType.CUSTOMER, "58"))
                    .isInstanceOfSatisfying(QboTransientException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFaultInsideA200IsTranslated() {
        qbo.answerJson(200, "{\"Fault\":{\"Error\":[{\"Message\":\"Duplicate Name Exists Error\",\"code\":\"6240\"}],"
                + "\"type\":\"ValidationFault\"}}");

        assertThatThrownBy(() -> client.create(customer("Acme"), "req-4"))
                .isInstanceOf(QboDuplicateNameException.class);
    }

    @Test
    void requestIdsAreRequiredAndBounded() {
        assertThatThrownBy(() -> client.create(customer("Acme"), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.create(customer("Acme"), "x".repeat(51)))
                .hasMessageContaining("at most 50");
        assertThat(qbo.requests()).isEmpty();
    }
}
