package io.ledgerbridge.qbo.client.sandbox;

import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.QboClientFactory;
import io.ledgerbridge.qbo.client.Sleeper;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.CompanyThrottle;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import io.ledgerbridge.sandbox.QboSandbox;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Clients wired to an embedded sandbox the way production wires them to QuickBooks, with real time. */
public final class SandboxClients implements AutoCloseable {
    private final QboSandbox sandbox;
    private final double timeScale;
    private final Client http = JaxRsClients.newClient(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private final QboClientFactory factory;

    public SandboxClients(QboSandbox sandbox, double timeScale) {
        this.sandbox = sandbox;
        this.timeScale = timeScale;
        RetrySettings retry = new RetrySettings(4, Duration.ofMillis(20), Duration.ofMillis(200), 0.5,
                Duration.ofMillis((long) (60_000 / timeScale)));
        this.factory = new QboClientFactory(http, QboJson.newObjectMapper(),
                new RetryPolicy(retry, () -> ThreadLocalRandom.current().nextDouble()), Clock.systemUTC(),
                Sleeper.system());
    }

    /** A token source backed by the sandbox's admin handle: connecting again is its refresh. */
    AccessTokenSource tokens(String realmId) {
        return new AccessTokenSource() {
            private volatile String token = connect();

            private String connect() {
                return sandbox.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, realmId).accessToken();
            }

            @Override
            public String currentToken() {
                return token;
            }

            @Override
            public synchronized String refreshAfterRejection(String rejectedToken) {
                if (token.equals(rejectedToken)) {
                    token = connect();
                }
                return token;
            }
        };
    }

    CompanyThrottle throttle() {
        return factory.newThrottle(ThrottleLimits.quickBooksOnline().timeScaled(timeScale));
    }

    public QboClient client(String realmId) {
        return client(realmId, throttle());
    }

    /**
     * @param waits false for a client as the background work's (catch-ups, imports, reports): it never waits, a full
     *        throttle or a 429 throws {@code CompanyMustWait}
     * @return a client of the company with a throttle of its own
     */
    public QboClient client(String realmId, boolean waits) {
        return factory.newClient(new QboEndpoint(URI.create(sandbox.baseUrl()), realmId), tokens(realmId), throttle(),
                waits);
    }

    QboClient client(String realmId, CompanyThrottle throttle) {
        return factory.newClient(new QboEndpoint(URI.create(sandbox.baseUrl()), realmId), tokens(realmId), throttle);
    }

    @Override
    public void close() {
        http.close();
    }
}
