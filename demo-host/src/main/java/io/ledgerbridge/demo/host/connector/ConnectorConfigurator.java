package io.ledgerbridge.demo.host.connector;

import io.ledgerbridge.demo.host.DemoHost;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the connector's configuration into ConfigurationAdmin at start, from the target the launcher chose (framework
 * properties {@code ledgerbridge.demo.connector.*}). The connector need not be installed yet: ConfigurationAdmin keeps
 * the configuration until a component with {@link DemoConnectorConfiguration#PID} appears.
 */
@Component(immediate = true)
public final class ConnectorConfigurator {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorConfigurator.class);
    private static final String PREFIX = "ledgerbridge.demo.connector.";

    /**
     * @param context the bundle context, for the launcher's properties
     * @param configurationAdmin ConfigurationAdmin
     * @param host the demo host (for its URL and data folder)
     * @throws IOException when ConfigurationAdmin cannot store the configuration
     */
    @Activate
    public ConnectorConfigurator(BundleContext context, @Reference ConfigurationAdmin configurationAdmin,
            @Reference DemoHost host) throws IOException {
        String environment = context.getProperty(PREFIX + "environment");
        if (environment == null) {
            LOG.info("No QuickBooks target from the launcher; the connector keeps whatever configuration it has");
            return;
        }
        DemoConnectorConfiguration.Target target = new DemoConnectorConfiguration.Target(environment,
                context.getProperty(PREFIX + "base-url"), context.getProperty(PREFIX + "client-id"),
                context.getProperty(PREFIX + "client-secret"), context.getProperty(PREFIX + "authorize-url"),
                context.getProperty(PREFIX + "token-url"), context.getProperty(PREFIX + "revoke-url"),
                context.getProperty(PREFIX + "webhook-verifier-token"));
        Configuration configuration = configurationAdmin.getConfiguration(DemoConnectorConfiguration.PID, "?");
        // Merged into what is there, so settings an administrator changed in the same configuration survive.
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
        DemoConnectorConfiguration.properties(target, host.hostUrl(), host.dataDir()).forEach(properties::put);
        if (target.authorizeUrl() == null) {
            // Back to Intuit's own OAuth endpoints if an earlier start pointed them at the local sandbox.
            properties.remove("authorize.url");
            properties.remove("token.url");
            properties.remove("revoke.url");
        }
        configuration.updateIfDifferent(properties);
        LOG.info("Connector configured for {} at {}", environment, target.baseUrl());
    }
}
