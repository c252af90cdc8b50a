package io.ledgerbridge.qbo.osgi.metrics;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.qbo.QboConnector;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import io.ledgerbridge.qbo.metrics.micrometer.MicrometerMeters;
import io.ledgerbridge.qbo.osgi.QboConnectorComponent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Adds the connector's meters to every Micrometer {@link MeterRegistry} service the host registers, and removes them
 * when the registry or the connector goes. It needs at least one registry, so where Micrometer is absent it never
 * starts and its classes never load.
 */
@Component(immediate = true)
public class MicrometerComponent {
    private final ConnectorMetrics metrics;
    private final Map<MeterRegistry, MicrometerMeters> bound = new ConcurrentHashMap<>();

    /** @param connector the QuickBooks Online connector (this bundle's own component, whose meters these are) */
    @Activate
    public MicrometerComponent(
            @Reference(target = "(connector.id=" + QboConnector.ID + ")") AccountingConnector connector) {
        this.metrics = ((QboConnectorComponent) connector).metrics();
    }

    /** @param registry a host registry */
    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC)
    void addRegistry(MeterRegistry registry) {
        MicrometerMeters meters = new MicrometerMeters(registry, metrics);
        bound.put(registry, meters);
        metrics.addSink(meters);
    }

    void removeRegistry(MeterRegistry registry) {
        MicrometerMeters meters = bound.remove(registry);
        if (meters != null) {
            metrics.removeSink(meters);
        }
    }

    @Deactivate
    void deactivate() {
        bound.values().forEach(metrics::removeSink);
        bound.clear();
    }
}
