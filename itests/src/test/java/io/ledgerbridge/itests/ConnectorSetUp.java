package io.ledgerbridge.itests;

import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import java.nio.file.Files;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** What a host does before the connector starts: configure it (once, a fresh data directory) and register its ports. */
final class ConnectorSetUp {
    private ConnectorSetUp() {
    }

    /**
     * @param context the test's bundle context
     * @param configurationAdmin ConfigAdmin
     * @return the port registrations, to unregister after the test
     * @throws Exception when the configuration cannot be stored
     */
    static List<ServiceRegistration<?>> configureAndRegisterPorts(BundleContext context,
            ConfigurationAdmin configurationAdmin) throws Exception {
        Configuration config = configurationAdmin.getConfiguration("io.ledgerbridge.qbo", "?");
        if (config.getProperties() == null) {
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("data.directory", Files.createTempDirectory("lb-itest").toString());
            config.update(props);
        }
        InMemoryHost host = new InMemoryHost();
        return List.of(context.registerService(HostRecords.class, host, null),
                context.registerService(HostLedger.class, host, null),
                context.registerService(HostNotifier.class, host, null));
    }
}
