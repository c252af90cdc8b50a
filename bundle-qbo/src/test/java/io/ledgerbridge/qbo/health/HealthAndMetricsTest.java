package io.ledgerbridge.qbo.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.health.CompanySummary;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthFinding;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import io.ledgerbridge.qbo.metrics.JmxExporter;
import io.ledgerbridge.qbo.metrics.micrometer.MicrometerMeters;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.OperationsQueries;
import io.ledgerbridge.qbo.sync.MutableClock;
import io.ledgerbridge.qbo.testing.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health checks and metrics over the connector's real schema, on H2 and on PostgreSQL: companies in every state a
 * check looks for, each finding naming its tenant and the remedy's page, and the figures of many tenants read in one
 * query however many gauges or MBeans read them.
 */
class HealthAndMetricsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Duration CDC = Duration.ofMinutes(15);

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(NOW);
    AtomicInteger statements = new AtomicInteger();
    ConnectorMetrics metrics;
    Heartbeats heartbeats;
    HealthService health;

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private void open(String engine) throws Exception {
        if (engine.equals("postgresql")) {
            db = new Database(TestPostgres.freshSchema("health"), null);
        } else {
            EmbeddedDatabase embedded = EmbeddedDatabase.open(dir);
            db = new Database(embedded.dataSource(), embedded);
        }
        DataSource counted = io.ledgerbridge.qbo.testing.StatementTap.wrap(db.dataSource(), sql -> {
            if (!sql.equals(io.ledgerbridge.qbo.testing.StatementTap.COMMIT)) {
                statements.incrementAndGet();
            }
        });
        OperationsQueries queries = new OperationsQueries(counted);
        metrics = new ConnectorMetrics(queries, queries::tenantOfRealm, ThrottleLimits.quickBooksOnline(),
                "node-" + engine + "-" + System.nanoTime(), clock);
        heartbeats = new Heartbeats(clock);
        health = new HealthService(queries, metrics, heartbeats, "node-a", Duration.ofMinutes(15), CDC, clock);
    }

    /** Five companies: one well, one behind in every way, one slow, one to reconnect, one never connected. */
    private void companies() throws Exception {
        Instant connected = NOW.minus(Duration.ofDays(30));
        new OperationsRows(db.dataSource())
                .connection("ok-co", "CONNECTED", "r-ok", connected, null, null).settings("ok-co", true)
                .token("ok-co", "r-ok", NOW.plus(Duration.ofDays(90)), NOW.plus(Duration.ofDays(900)))
                .outbox("ok-co", "PENDING", NOW.minus(Duration.ofMinutes(5))).watermark("ok-co", "r-ok", NOW.minusSeconds(120))
                .conflict("ok-co", NOW).lease("ok-co", "node-a", NOW.plusSeconds(60))
                .log("ok-co", "CREATED", NOW.minus(Duration.ofMinutes(10))).log("ok-co", "UPDATED", NOW.minusSeconds(60))
                .log("ok-co", "CREATED", NOW.minus(Duration.ofHours(2)))
                .connection("late-co", "CONNECTED", "r-late", connected, null, null).settings("late-co", true)
                .token("late-co", "r-late", NOW.plus(Duration.ofDays(90)), NOW.plus(Duration.ofDays(3)))
                .outbox("late-co", "PENDING", NOW.minus(Duration.ofHours(2)))
                .outbox("late-co", "PENDING", NOW.minus(Duration.ofMinutes(20)))
                .inbox("late-co", "r-late", NOW.minus(Duration.ofMinutes(30))).watermark("late-co", "r-late", NOW)
                .log("late-co", "FAILED", NOW.minus(Duration.ofMinutes(5))).log("late-co", "FAILED", NOW.minusSeconds(5))
                .log("late-co", "FAILED", NOW.minus(Duration.ofMinutes(59)))
                .lease("late-co", "node-b", NOW.minusSeconds(1))
                .connection("slow-co", "CONNECTED", "r-slow", connected, null, null).settings("slow-co", true)
                .token("slow-co", "r-slow", NOW.plus(Duration.ofDays(90)), NOW.plus(Duration.ofDays(900)))
                .outbox("slow-co", "PENDING", NOW.minus(Duration.ofMinutes(20)))
                .watermark("slow-co", "r-slow", NOW.minus(Duration.ofMinutes(45)))
                .connection("gone-co", "RECONNECT_REQUIRED", "r-gone", connected, "Token refresh failed",
                        "Reconnect in Settings → Integrations → QuickBooks").settings("gone-co", true)
                .outbox("gone-co", "PENDING", NOW.minus(Duration.ofHours(3)))
                .settings("off-co", false).outbox("off-co", "FAILED", NOW.minus(Duration.ofHours(1)));
    }

    private static List<String> tenants(HealthCheckResult r) {
        return r.findings().stream().map(f -> f.tenant() == null ? "-" : f.tenant().value()).toList();
    }

    private static HealthFinding finding(HealthCheckResult r, String tenant) {
        return r.findings().stream().filter(f -> f.tenant() != null && f.tenant().value().equals(tenant)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of " + tenant + " in " + r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void eachCheckNamesTheTenantsInTroubleWithTheRemedysPage(String engine) throws Exception {
        open(engine);
        companies();
        metrics.onCall("r-late", "query Invoice", 0, 429, 2_000_000);
        metrics.onCall("r-late", "query Invoice", 0, 429, 2_000_000);
        metrics.onCall("r-ok", "create Invoice", 0, 200, 80_000_000);
        clock.advance(Duration.ofSeconds(1));

        HealthCheckResult connections = health.check("connections");
        assertThat(connections.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(tenants(connections)).containsExactly("gone-co", "late-co");
        assertThat(finding(connections, "gone-co").message()).contains("needs reconnecting: Token refresh failed");
        assertThat(finding(connections, "gone-co").remedy()).isEqualTo("Reconnect in Settings → Integrations → QuickBooks");
        assertThat(finding(connections, "late-co").status()).isEqualTo(HealthStatus.WARN);
        assertThat(finding(connections, "late-co").message()).contains("expires on 2026-12-10");
        assertThat(connections.summary()).isEqualTo("3 connected, 1 to reconnect, 1 with a token expiring within 7 days");

        HealthCheckResult push = health.check("push-lag");
        assertThat(push.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(tenants(push)).as("gone-co cannot sync: the connections check's").containsExactly("late-co", "slow-co");
        assertThat(finding(push, "late-co").status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(finding(push, "late-co").message()).contains("waited 2 h");
        assertThat(finding(push, "slow-co").status()).isEqualTo(HealthStatus.WARN);
        assertThat(finding(push, "slow-co").remedy()).contains("Settings → Integrations → QuickBooks → Accounting sync");

        HealthCheckResult inbound = health.check("inbound-lag");
        assertThat(inbound.status()).isEqualTo(HealthStatus.WARN);
        assertThat(finding(inbound, "late-co").message()).contains("received 30 min ago waits to be applied");
        assertThat(finding(inbound, "slow-co").message()).contains("last read 45 min ago (every 15 min expected)");
        assertThat(tenants(inbound)).doesNotContain("ok-co");

        HealthCheckResult errors = health.check("errors");
        assertThat(errors.findings()).extracting(HealthFinding::message)
                .contains("3 records failed to push in the last hour",
                        "QuickBooks answered 429 (too many requests) 2 times in the last hour on node "
                                + metrics.nodeId());
        assertThat(tenants(errors)).containsOnly("late-co");
        clock.advance(Duration.ofMinutes(61));
        assertThat(health.check("errors").findings()).as("an hour later").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aLoopThatStoppedIsCriticalAndAnUnknownCheckIsRefusedByName(String engine) throws Exception {
        open(engine);
        Runnable sync = heartbeats.loop("sync poll", Duration.ofSeconds(1));
        Runnable inbound = heartbeats.loop("inbound poll", Duration.ofSeconds(1));
        sync.run();
        inbound.run();
        assertThat(health.check("workers").status()).isEqualTo(HealthStatus.OK);
        clock.advance(Duration.ofMinutes(5));
        inbound.run();
        HealthCheckResult workers = health.check("workers");
        assertThat(workers.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(workers.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("The QuickBooks sync poll on node node-a has not completed a round for 5 min");
            assertThat(f.remedy()).startsWith("Restart the connector");
        });
        assertThat(health.check().checks()).extracting(HealthCheckResult::name)
                .containsExactly("database", "connections", "push-lag", "inbound-lag", "errors", "workers");
        assertThat(health.check("database").status()).isEqualTo(HealthStatus.OK);
        assertThatThrownBy(() -> health.check("disk")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'disk' is not a health check");
        assertThatThrownBy(() -> health.companies("a%", 10)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tenantPrefix");
        assertThatThrownBy(() -> health.companies("", 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void companiesAtAGlance(String engine) throws Exception {
        open(engine);
        companies();
        List<CompanySummary> all = health.companies("", 100);
        assertThat(all).extracting(c -> c.tenant().value())
                .containsExactly("gone-co", "late-co", "off-co", "ok-co", "slow-co");
        CompanySummary late = health.company(TenantId.of("late-co")).orElseThrow();
        assertThat(late.waiting()).isEqualTo(2);
        assertThat(late.oldestDue()).isEqualTo(Duration.ofHours(2));
        assertThat(late.inboxDepth()).isEqualTo(1);
        assertThat(late.heldBy()).as("its lease ran out").isNull();
        CompanySummary ok = health.company(TenantId.of("ok-co")).orElseThrow();
        assertThat(ok.openConflicts()).isEqualTo(1);
        assertThat(ok.heldBy()).isEqualTo("node-a");
        CompanySummary off = health.company(TenantId.of("off-co")).orElseThrow();
        assertThat(off.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(off.syncEnabled()).isFalse();
        assertThat(off.failed()).isEqualTo(1);
        assertThat(health.companies("l", 10)).extracting(c -> c.tenant().value()).containsExactly("late-co");
        assertThat(health.companies("_", 10)).as("'_' is no wildcard").isEmpty();
        assertThat(health.company(TenantId.of("ok"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void jmxAndMicrometerShowTheSameFiguresAndAScrapeOfEveryCompanyIsOneQuery(String engine) throws Exception {
        open(engine);
        companies();
        OperationsRows rows = new OperationsRows(db.dataSource());
        for (int i = 0; i < 300; i++) {
            rows.settings(String.format("t%03d", i), true).outbox(String.format("t%03d", i), "PENDING", NOW);
        }
        metrics.onCall("r-late", "batch of 30", 30, 200, 150_000_000);
        metrics.onCall("r-late", "query Invoice", 0, 429, 40_000_000);
        metrics.onCall("r-late", "create Invoice", 0, 400, 90_000_000);
        metrics.refused("bad-signature");
        metrics.accepted(TenantId.of("late-co"), 3);

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try (JmxExporter jmx = new JmxExporter(metrics)) {
            ObjectName late = jmx.companyName(TenantId.of("late-co"));
            assertThat(server.getAttribute(jmx.nodeName(), "Companies")).isEqualTo(305L);
            assertThat(server.getAttribute(late, "RecordsWaiting")).isEqualTo(2L);
            assertThat(server.getAttribute(late, "RecordsFailedLastHour")).isEqualTo(3L);
            assertThat(server.getAttribute(late, "OldestDueAgeSeconds")).isEqualTo(7200L);
            assertThat(server.getAttribute(late, "InboxDepth")).isEqualTo(1L);
            assertThat(server.getAttribute(late, "Calls2xx")).isEqualTo(1L);
            assertThat(server.getAttribute(late, "Calls429")).isEqualTo(1L);
            assertThat(server.getAttribute(late, "Calls4xx")).isEqualTo(1L);
            assertThat(server.getAttribute(late, "CallLatencyP99Millis")).isEqualTo(250L);
            assertThat(server.getAttribute(late, "ThrottleUsePercent")).as("32 of 500 a minute").isEqualTo(6.4);
            assertThat(server.getAttribute(late, "WebhookChangesAccepted")).isEqualTo(3L);
            assertThat(server.getAttribute(jmx.companyName(TenantId.of("ok-co")), "RecordsPushedLastHour"))
                    .isEqualTo(2L);

            // A scrape of every company's MBean within the cache's life reads the database once.
            clock.advance(ConnectorMetrics.FIGURES_MAX_AGE.plusSeconds(1));
            int before = statements.get();
            long waiting = 0;
            for (ObjectName company : server.queryNames(new ObjectName(JmxExporter.DOMAIN + ":type=Company,node="
                    + metrics.nodeId() + ",*"), null)) {
                waiting += (Long) server.getAttribute(company, "RecordsWaiting");
            }
            assertThat(waiting).isEqualTo(300 + 1 + 2 + 1 + 1);
            assertThat(statements.get() - before).isEqualTo(1);

            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            MicrometerMeters meters = new MicrometerMeters(registry, metrics);
            metrics.addSink(meters);
            metrics.onCall("r-late", "query Invoice", 0, 200, 30_000_000);
            metrics.refused("malformed");
            assertThat(registry.get("ledgerbridge.qbo.records.waiting").tag("tenant", "late-co").gauge().value())
                    .isEqualTo(2.0);
            assertThat(registry.get("ledgerbridge.qbo.oldest.due.age").tag("tenant", "late-co").gauge().value())
                    .isGreaterThanOrEqualTo(7200.0);
            assertThat(registry.get("ledgerbridge.qbo.conflicts.open").tag("tenant", "ok-co").gauge().value())
                    .isEqualTo(1.0);
            assertThat(registry.get("ledgerbridge.qbo.calls").tags("tenant", "late-co", "status", "2xx").counter()
                    .count()).isEqualTo(1.0);
            assertThat(registry.get("ledgerbridge.qbo.call.latency").tag("tenant", "late-co").timer().count())
                    .isEqualTo(1);
            assertThat(registry.get("ledgerbridge.qbo.webhooks.refused").tag("reason", "malformed").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get("ledgerbridge.qbo.companies.held").gauge().value()).isEqualTo(0.0);
            metrics.removeSink(meters);
            assertThat(registry.getMeters()).as("removed with the sink").isEmpty();
        }
        assertThat(server.queryNames(new ObjectName(JmxExporter.DOMAIN + ":node=" + metrics.nodeId() + ",*"), null))
                .as("unregistered on close").isEmpty();
    }
}
