package io.ledgerbridge.itests.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.settings.ConnectorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.inject.Inject;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.apache.karaf.shell.support.parsing.CommandLineImpl;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A stock Apache Karaf 4.4, offline (Karaf reads only its own system folder, the local Maven repository and the
 * reactor's artifacts): the administrator's two commands install the connector, its configuration comes from
 * {@code etc/io.ledgerbridge.qbo.cfg}, and the connector service appears once the host's ports do.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafFeatureIT {
    private static final String PAX_URL = "etc/org.ops4j.pax.url.mvn.cfg";
    private static final String CONNECTOR_CFG = "etc/io.ledgerbridge.qbo.cfg";
    private static final String LOGGING = "etc/org.ops4j.pax.logging.cfg";

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private SessionFactory sessions;

    /** @return the Karaf distribution, its offline Maven settings and the connector's configuration file */
    @Configuration
    public Option[] config() throws IOException {
        String version = required("ledgerbridge.version");
        String dataDirectory = new File("target/karaf-connector-data").getAbsolutePath();
        int httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("org.apache.karaf", "apache-karaf", required("karaf.version"))
                                .type("tar.gz"))
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                // Offline: no remote repository; the distribution's system folder, the reactor's artifacts, then
                // the local repository.
                editConfigurationFilePut(PAX_URL, "org.ops4j.pax.url.mvn.repositories", ""),
                editConfigurationFilePut(PAX_URL, "org.ops4j.pax.url.mvn.defaultRepositories",
                        "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                                + new File(required("ledgerbridge.reactor.repository")).toURI()
                                + "@id=reactor@snapshots"),
                editConfigurationFilePut(PAX_URL, "org.ops4j.pax.url.mvn.localRepository",
                        required("org.ops4j.pax.url.mvn.localRepository")),
                editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.osgi.service.http.port",
                        String.valueOf(httpPort)),
                editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.apache.felix.http.host", "127.0.0.1"),
                // What docs/operations.md tells administrators: Jetty waits for etc/org.apache.felix.http.cfg
                // instead of listening on 0.0.0.0:8080 until ConfigAdmin delivers it.
                editConfigurationFilePut("etc/custom.properties", "org.apache.felix.http.require.config", "true"),
                editConfigurationFilePut(LOGGING, "log4j2.logger.felixhttp.name", "org.apache.felix.http"),
                editConfigurationFilePut(LOGGING, "log4j2.logger.felixhttp.level", "INFO"),
                editConfigurationFilePut(CONNECTOR_CFG, "data.directory", dataDirectory),
                editConfigurationFilePut(CONNECTOR_CFG, "client.id", "karaf-test-app"),
                editConfigurationFilePut(CONNECTOR_CFG, "worker.threads", "2"),
                // etc/org.apache.karaf.features.cfg: featuresRepositories += the repository, featuresBoot +=
                // ledgerbridge; the same resolution as feature:repo-add and feature:install (the test's own classes
                // use the API, so it must be there when the test starts)
                features(maven("io.ledgerbridge", "karaf-feature", version).classifier("features").type("xml"),
                        "ledgerbridge"),
                systemProperty("test.data.directory").value(dataDirectory),
                systemProperty("test.http.port").value(String.valueOf(httpPort))));
        return options.toArray(Option[]::new);
    }

    @Test
    public void theFeatureInstallsTheConnectorWhichStartsWithTheHostPortsAndTheEtcConfiguration() throws Exception {
        Feature feature = features.getFeature("ledgerbridge");
        assertTrue("feature ledgerbridge is not installed", features.isInstalled(feature));
        List<String> notActive = new ArrayList<>();
        for (Feature f : withDependencies(feature)) {
            for (BundleInfo info : f.getBundles()) {
                Bundle bundle = context.getBundle(info.getLocation());
                if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
                    notActive.add(bundle.getSymbolicName() + " " + bundle.getState());
                }
            }
        }
        assertTrue("bundles not active: " + notActive, notActive.isEmpty());
        for (String bsn : List.of("io.ledgerbridge.api", "io.ledgerbridge.qbo", "io.ledgerbridge.ui")) {
            assertEquals(bsn, Bundle.ACTIVE, bundle(bsn).getState());
        }
        // The Jakarta Servlet Whiteboard runs, on the port etc/org.apache.felix.http.cfg gives.
        ServiceReference<?> http = context.getServiceReference("org.osgi.service.servlet.runtime.HttpServiceRuntime");
        assertNotNull("no Jakarta Servlet Whiteboard", http);
        String endpoints = Arrays.toString((String[]) http.getProperty("osgi.http.endpoint"));
        assertTrue(endpoints, endpoints.contains("127.0.0.1:" + System.getProperty("test.http.port") + "/"));
        // ... and has listened on no other port since Karaf started (not even for the moment before ConfigAdmin
        // delivered the configuration).
        List<String> starts = jettyStarts();
        assertTrue("Jetty never logged its start", !starts.isEmpty());
        for (String start : starts) {
            assertTrue(start, start.contains("port(s) HTTP:" + System.getProperty("test.http.port") + " "));
        }

        assertNull("the connector started before the host's ports",
                context.getServiceReference(AccountingConnector.class));
        NoHost host = new NoHost();
        List<ServiceRegistration<?>> ports = List.of(
                context.registerService(HostRecords.class, host, null),
                context.registerService(HostLedger.class, host, null),
                context.registerService(HostNotifier.class, host, null));
        try {
            AccountingConnector connector = awaitConnector();
            assertEquals(1, context.getServiceReferences(AccountingConnector.class, null).size());

            // etc/io.ledgerbridge.qbo.cfg took effect: ConfigAdmin holds it and the connector keeps its
            // embedded database in the data directory it names.
            String dataDirectory = System.getProperty("test.data.directory");
            assertEquals(dataDirectory, configurationAdmin.getConfiguration("io.ledgerbridge.qbo", null)
                    .getProperties().get("data.directory"));
            assertTrue("no database in " + dataDirectory,
                    Files.exists(Path.of(dataDirectory, "ledgerbridge-qbo.mv.db")));

            TenantId tenant = TenantId.of("karaf");
            connector.accept(HostEvent.of(tenant, HostEventKind.CUSTOMER_CHANGED, "cust-1"));
            assertEquals(SyncState.PENDING,
                    connector.sync().status(tenant, RecordRef.of(RecordType.CUSTOMER, "cust-1")).state());

            theShellCommandsAnswerThroughTheConsole(connector, tenant);
        } finally {
            ports.forEach(ServiceRegistration::unregister);
        }
    }

    /** The feature's ledgerbridge:* commands, run in a Karaf shell session as an administrator types them. */
    private void theShellCommandsAnswerThroughTheConsole(AccountingConnector connector, TenantId tenant)
            throws Exception {
        awaitCommand("health");
        String health = console("ledgerbridge:health");
        assertTrue(health, health.contains("LedgerBridge health: "));
        assertTrue(health, health.matches("(?s).*OK +database +The connector's database answered in \\d+ ms.*"));
        assertTrue(health, health.contains("loops running on node"));

        // Sync off (the default; the data directory may hold an earlier run's settings).
        connector.settings().updateSettings(tenant, ConnectorSettings.defaults());
        String sync = console("ledgerbridge:sync karaf");
        assertTrue(sync, sync.contains("Error: QuickBooks sync is turned off for this organisation Remedy: Turn it on"
                + " in Settings → Integrations → QuickBooks → Configuration"));
        connector.settings().updateSettings(tenant, ConnectorSettings.defaults().toBuilder().enabled(true)
                .autoSyncInterval(null).build());

        String all = console("ledgerbridge:status");
        assertTrue(all, all.matches("(?s).*\\nkaraf +DISCONNECTED +1 +0 +0 .*\\n1 companies.*"));
        String one = console("ledgerbridge:status karaf");
        assertTrue(one, one.contains("Connection:  DISCONNECTED"));
        assertTrue(one, one.contains("Records:     1 waiting, 0 failed, 0 held by conflicts"));

        // This host holds no records: the connector refuses to queue one it cannot read, and says what to do.
        String retry = console("ledgerbridge:retry karaf customer:cust-1");
        assertTrue(retry, retry.contains("Error: record: this organisation has no customer cust-1 Remedy: "));
        String wrong = console("ledgerbridge:retry karaf cust-1");
        assertTrue(wrong, wrong.contains("Error: record: 'cust-1' is not type:host id Remedy: give the record as "
                + "type:host id"));
        assertTrue(console("ledgerbridge:errors karaf").contains("0 failed records"));
        assertTrue(console("ledgerbridge:conflicts karaf").contains("0 open conflicts; resolve them in Settings → "
                + "Integrations → QuickBooks → Conflicts"));

        // Tab completion of tenants asks the connector for the tenants starting with what was typed.
        assertEquals(List.of("karaf"), complete("status", "ka"));
        assertEquals(List.of("karaf"), complete("errors", "k"));
        assertEquals(List.of(), complete("errors", "x"));
    }

    private List<String> complete(String command, String typed) throws Exception {
        List<String> candidates = new ArrayList<>();
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), new PrintStream(
                new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        try {
            Completer completer = session.getRegistry().getCommand("ledgerbridge", command).getCompleter(true);
            String line = "ledgerbridge:" + command + " " + typed;
            completer.complete(session, new CommandLineImpl(new String[] {"ledgerbridge:" + command, typed}, 1,
                    typed.length(), line.length(), line), candidates);
        } finally {
            session.close();
        }
        return candidates.stream().map(String::strip).toList();
    }

    private String console(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Karaf registers a bundle's commands once their references (the connector) are there. */
    private void awaitCommand(String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sessions.getRegistry().getCommand("ledgerbridge", name) == null) {
            assertTrue("ledgerbridge:" + name + " was not registered", System.nanoTime() < deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static List<String> jettyStarts() throws IOException {
        try (var lines = Files.lines(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"))) {
            return lines.filter(line -> line.contains("Started Jetty")).toList();
        }
    }

    private AccountingConnector awaitConnector() throws InterruptedException {
        ServiceTracker<AccountingConnector, AccountingConnector> tracker =
                new ServiceTracker<>(context, AccountingConnector.class, null);
        tracker.open();
        try {
            AccountingConnector connector = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            assertNotNull("the connector service did not appear after the host's ports", connector);
            return connector;
        } finally {
            tracker.close();
        }
    }

    private List<Feature> withDependencies(Feature feature) throws Exception {
        List<Feature> all = new ArrayList<>(List.of(feature));
        for (var dependency : feature.getDependencies()) {
            if (dependency.getName().startsWith("ledgerbridge")) {
                all.add(features.getFeature(dependency.getName(), dependency.getVersion()));
            }
        }
        return all;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle " + symbolicName + " is not installed");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
