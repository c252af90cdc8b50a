package io.ledgerbridge.qbo.inbound;

import static io.ledgerbridge.qbo.inbound.InboundRig.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.WebhookResult;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.testing.TestPostgres;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.webhook.WebhookEvent;
import io.ledgerbridge.sandbox.webhook.WebhookPayloads;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook intake's answer time (not part of the test run: surefire only picks *Test classes). Run it with
 * {@code mvn -q -B -pl bundle-api,qbo-sandbox,bundle-qbo verify -Dtest=WebhookIntakeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints p50, p99 and max of {@code receive} (signature, parse, one
 * transaction storing the changes) for signed two-change notifications, on H2 and on PostgreSQL.
 */
class WebhookIntakeBenchmark {
    private static final int N = 2000;

    @TempDir
    Path dir;

    @Test
    void intakeAnswersWellWithinASecond() throws Exception {
        try (Database h2 = InboundRig.open(dir)) {
            measure("H2", h2);
        }
        org.postgresql.ds.PGConnectionPoolDataSource pooled = new org.postgresql.ds.PGConnectionPoolDataSource();
        pooled.setURL(TestPostgres.freshSchema("bench").getURL());
        pooled.setUser("postgres");
        // A host's DataSource is pooled; so is this one (H2's small pool over the PostgreSQL driver).
        org.h2.jdbcx.JdbcConnectionPool ds = org.h2.jdbcx.JdbcConnectionPool.create(pooled);
        try (Database pg = new Database(ds, ds::dispose)) {
            measure("PostgreSQL", pg);
        }
    }

    private static void measure(String name, Database db) {
        WebhookIntake intake = new WebhookIntake(new WebhookVerifier(QboSandbox.DEFAULT_WEBHOOK_VERIFIER),
                realm -> Optional.of(T), new Inbox(db.dataSource(), Clock.systemUTC()));
        long[] nanos = new long[N];
        Instant at = Instant.parse("2026-12-06T09:30:00Z");
        for (int i = 0; i < N; i++) {
            byte[] body = Json.write(WebhookPayloads.classic(List.of(
                    new WebhookEvent("111", "Payment", String.valueOf(i), "Create", at.plusMillis(i), null),
                    new WebhookEvent("111", "Invoice", String.valueOf(i), "Update", at.plusMillis(i), null))))
                    .getBytes(StandardCharsets.UTF_8);
            String signature = WebhookPayloads.sign(QboSandbox.DEFAULT_WEBHOOK_VERIFIER, body);
            long t0 = System.nanoTime();
            WebhookResult result = intake.receive(signature, new ByteArrayInputStream(body));
            nanos[i] = System.nanoTime() - t0;
            assertThat(result.status()).isEqualTo(200);
        }
        Arrays.sort(nanos);
        System.out.printf("webhook intake on %-10s  p50 %.3f ms  p99 %.3f ms  max %.3f ms  (%d signed notifications "
                + "of 2 changes, each stored before the answer)%n", name, nanos[N / 2] / 1e6,
                nanos[N * 99 / 100] / 1e6, nanos[N - 1] / 1e6, N);
    }
}
