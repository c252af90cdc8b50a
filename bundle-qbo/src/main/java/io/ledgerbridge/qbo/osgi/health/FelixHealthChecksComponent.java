package io.ledgerbridge.qbo.osgi.health;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.HealthOperations;
import io.ledgerbridge.api.health.HealthCheckResult;
import io.ledgerbridge.qbo.QboConnector;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers each of the connector's health checks as a Felix {@link HealthCheck} service (tags {@code ledgerbridge}
 * and the check's own, MBean {@code ledgerbridge-<check>}), so a host running Felix Health Check runs them with its
 * others. It starts only where Felix Health Check runs (it waits for its executor), so without it these classes never
 * load.
 */
@Component(immediate = true, reference = @Reference(name = "executor", service = HealthCheckExecutor.class))
public class FelixHealthChecksComponent {
    private final List<ServiceRegistration<HealthCheck>> registrations = new ArrayList<>();

    /**
     * @param context this bundle's context
     * @param connector the QuickBooks Online connector
     */
    @Activate
    public FelixHealthChecksComponent(BundleContext context,
            @Reference(target = "(connector.id=" + QboConnector.ID + ")") AccountingConnector connector) {
        HealthOperations health = connector.health();
        for (String name : health.checkNames()) {
            // One run for the check's title and tags: a few aggregate queries.
            HealthCheckResult described = health.check(name);
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(HealthCheck.NAME, "LedgerBridge: " + described.title());
            properties.put(HealthCheck.TAGS, described.tags().toArray(String[]::new));
            properties.put(HealthCheck.MBEAN_NAME, "ledgerbridge-" + name);
            registrations.add(context.registerService(HealthCheck.class, new FelixHealthCheck(health, name),
                    properties));
        }
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
