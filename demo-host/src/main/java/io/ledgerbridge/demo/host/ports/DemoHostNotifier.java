package io.ledgerbridge.demo.host.ports;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.demo.host.DemoHost;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link HostNotifier} port: the demo host sends no real mail; it keeps every message in an outbox shown on the
 * Notifications screen, and logs it.
 */
@Component(service = HostNotifier.class, property = "ledgerbridge.host=demo")
public final class DemoHostNotifier implements HostNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(DemoHostNotifier.class);

    private final DemoHost host;

    /** @param host the demo host */
    @Activate
    public DemoHostNotifier(@Reference DemoHost host) {
        this.host = host;
    }

    @Override
    public void send(TenantId tenant, Notification notification) {
        host.store().jdbc().inTransaction(c -> {
            host.store().notifications().add(c, tenant, notification, Instant.now());
            return null;
        });
        LOG.info("Mail to {} ({}): {}", notification.recipients(), tenant, notification.subject());
    }
}
