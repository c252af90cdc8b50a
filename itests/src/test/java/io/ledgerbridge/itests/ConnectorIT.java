package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.HostEvents;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.api.health.HealthReport;
import io.ledgerbridge.api.health.HealthStatus;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.ServiceTracker;

/** The connector in a real Felix framework: bundles resolve and start, the service appears, events arrive. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectorIT {
    private static final TenantId TENANT = TenantId.of("acme");

    @Inject
    protected BundleContext context;
    @Inject
    private EventAdmin eventAdmin;
    @Inject
    private ConfigurationAdmin configurationAdmin;

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        return new Option[] {LedgerBridgeOptions.runtime(LedgerBridgeOptions.freePort())};
    }

    @Before
    public void registerHostPorts() throws Exception {
        registrations.addAll(ConnectorSetUp.configureAndRegisterPorts(context, configurationAdmin));
    }

    @After
    public void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    @Test
    public void everyLedgerBridgeBundleIsActive() {
        List<String> active = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("io.ledgerbridge.")) {
                assertEquals(bundle.getSymbolicName() + " state", Bundle.ACTIVE, bundle.getState());
                active.add(bundle.getSymbolicName());
            }
        }
        assertTrue("found " + active, active.containsAll(List.of("io.ledgerbridge.api", "io.ledgerbridge.qbo",
                "io.ledgerbridge.ui")));
    }

    @Test
    public void connectorServiceIsRegistered() throws Exception {
        AccountingConnector connector = awaitConnector();
        assertEquals("quickbooks-online", connector.connectorId());
        assertEquals("QuickBooks Online", connector.displayName());
    }

    @Test
    public void healthAndMetricsWithoutFelixHealthCheckOrMicrometer() throws Exception {
        AccountingConnector connector = awaitConnector();
        assertNull("no Felix Health Check here, so no HealthCheck service",
                context.getServiceReferences("org.apache.felix.hc.api.HealthCheck", null));
        HealthReport report = connector.health().check();
        assertEquals(List.of("database", "connections", "push-lag", "inbound-lag", "errors", "workers"),
                report.checks().stream().map(HealthCheckResult::name).toList());
        assertEquals(HealthStatus.OK, connector.health().check("database").status());
        Awaiting.until("both polls have completed a round", () -> connector.health().check("workers").summary()
                .startsWith("2 of 2 loops running"));
        // JMX: the node's MBean is there, read through the platform MBean server as JConsole or Jolokia do.
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> nodes = jmx.queryNames(new ObjectName("ledgerbridge.qbo:type=Node,*"), null);
        assertEquals(nodes.toString(), 1, nodes.size());
        assertEquals(0L, jmx.getAttribute(nodes.iterator().next(), "WebhooksAccepted"));
    }

    @Test
    public void eventPostedOnAHostTopicReachesTheConnector() throws Exception {
        AccountingConnector connector = awaitConnector();
        HostEvent event = HostEvent.of(TENANT, HostEventKind.INVOICE_CHANGED, "inv-42");
        RecordRef record = RecordRef.of(RecordType.INVOICE, "inv-42");
        assertEquals(SyncState.NOT_SYNCED, connector.sync().status(TENANT, record).state());

        eventAdmin.postEvent(new Event(event.kind().topic(), HostEvents.toProperties(event)));

        Awaiting.until("the invoice is pending in the connector",
                () -> connector.sync().status(TENANT, record).state() == SyncState.PENDING);
    }

    @Test
    public void contributedPageAnswersOverHttpThroughTheWhiteboard() throws Exception {
        awaitConnector();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", TestHostDispatcher.MOUNT + "/*");
        registrations.add(context.registerService(jakarta.servlet.Servlet.class, new TestHostDispatcher(context),
                props));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        // The probe bundle loads this class afresh, so the port comes from the framework, not from a static field.
        String port = context.getProperty("org.osgi.service.http.port");
        java.net.URI page = java.net.URI.create("http://127.0.0.1:" + port + TestHostDispatcher.MOUNT
                + "/quickbooks");

        String[] body = new String[1];
        Awaiting.until("the QuickBooks page answers 200", () -> {
            try {
                java.net.http.HttpResponse<String> response = http.send(
                        java.net.http.HttpRequest.newBuilder(page).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                body[0] = response.body();
                return response.statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });

        assertTrue(body[0], body[0].contains("No active QuickBooks connection"));
        assertTrue(body[0], body[0].contains("value=\"test-token\""));
        assertTrue(body[0], body[0].contains("Connect QuickBooks"));
    }

    private AccountingConnector awaitConnector() throws InterruptedException {
        // ConfigAdmin delivers the configuration asynchronously: wait for the instance that has it, not an earlier one
        // SCR is about to replace.
        ServiceTracker<AccountingConnector, AccountingConnector> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter("(&(objectClass="
                    + AccountingConnector.class.getName() + ")(data.directory=*))"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        tracker.open();
        try {
            AccountingConnector connector = tracker.waitForService(20_000);
            assertNotNull("AccountingConnector service registered", connector);
            return connector;
        } finally {
            tracker.close();
        }
    }
}
