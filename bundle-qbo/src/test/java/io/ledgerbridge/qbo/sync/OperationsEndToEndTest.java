package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.health.CompanySummary;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.ConnectorRuntime;
import io.ledgerbridge.qbo.testing.SandboxBrowser;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.junit.QboSandboxExtension;
import io.ledgerbridge.sandbox.junit.SandboxOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health and metrics of the connector as the composition root builds it for a host without OSGi, against the
 * sandbox: QuickBooks' answers counted through the HTTP path's listener, the records pushed and the polls' heartbeats
 * seen by the checks, and the MBeans gone when the connector stops.
 */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60)
class OperationsEndToEndTest {
    private static final TenantId T = TenantId.of("acme");

    @TempDir
    Path dir;
    FakeHost host = new FakeHost();
    ConnectorRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void aPushShowsInTheCompanysMBeanAndTheChecksAndTheMBeansGoWithTheConnector(QboSandbox sandbox)
            throws Exception {
        sandbox.admin().reset();
        runtime = SandboxRuntime.start(sandbox, dir, host, "ops-e2e");
        AccountingConnector connector = runtime.connector();
        AuthorizationStart begin = connector.connection().beginConnect(T, "session-1", null);
        connector.connection().completeConnect(T, "session-1",
                new SandboxBrowser().authorize(begin.authorizationUrl(), QboSandbox.US_REALM, true));
        connector.settings().updateSettings(T, ConnectorSettings.defaults().toBuilder().enabled(true)
                .autoSyncInterval(null).build());
        host.add(SandboxSyncTest.customer("c1", "Metrics Co", "ap@metrics.example"));
        host.add(SandboxSyncTest.invoice("i1", "c1", "M-1", InvoiceStatus.SENT, "0"));

        connector.accept(HostEvent.of(T, HostEventKind.INVOICE_CHANGED, "i1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> connector.sync()
                .status(T, RecordRef.of(RecordType.INVOICE, "i1")).state() == SyncState.SYNCED);

        CompanySummary acme = connector.health().company(T).orElseThrow();
        assertThat(acme.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(acme.syncEnabled()).isTrue();
        assertThat(acme.waiting()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> connector.health().check("workers").summary()
                .equals("2 of 2 loops running on node ops-e2e"));
        for (String check : connector.health().checkNames()) {
            HealthCheckResult result = connector.health().check(check);
            assertThat(result.status()).as(result.toString()).isEqualTo(HealthStatus.OK);
        }

        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName node = new ObjectName("ledgerbridge.qbo:type=Node,node=ops-e2e");
        ObjectName company = new ObjectName("ledgerbridge.qbo:type=Company,node=ops-e2e,tenant=acme");
        // A scrape reads the node MBean too: its figures are at most ten seconds old, and the company's MBean is
        // registered with them.
        await().atMost(Duration.ofSeconds(15)).until(() -> (Long) jmx.getAttribute(node, "Companies") == 1
                && jmx.isRegistered(company));
        assertThat((Long) jmx.getAttribute(company, "RecordsPushedLastHour")).as("the invoice's push in the sync log")
                .isPositive();
        assertThat((Long) jmx.getAttribute(company, "RecordsWaiting")).isZero();
        assertThat((Long) jmx.getAttribute(company, "Calls2xx")).as("connect, reads and the pushes").isPositive();
        assertThat((Long) jmx.getAttribute(company, "Calls5xx")).isZero();
        assertThat((Double) jmx.getAttribute(company, "CallLatencyMeanMillis")).isPositive();
        long[] buckets = (long[]) jmx.getAttribute(company, "CallLatencyBucketCounts");
        assertThat(buckets[buckets.length - 1]).as("every call is in the histogram")
                .isEqualTo((Long) jmx.getAttribute(company, "Calls2xx") + (Long) jmx.getAttribute(company, "Calls4xx")
                        + (Long) jmx.getAttribute(company, "Calls429") + (Long) jmx.getAttribute(company, "Calls5xx"));
        assertThat(jmx.getAttribute(company, "ConnectionState")).isEqualTo("CONNECTED");

        runtime.close();
        assertThat(jmx.queryNames(new ObjectName("ledgerbridge.qbo:node=ops-e2e,*"), null)).isEmpty();
    }
}
