package io.ledgerbridge.qbo.osgi;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.HostEvents;
import io.ledgerbridge.api.event.HostTopics;
import io.ledgerbridge.qbo.QboConnector;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates host events on EventAdmin into {@link AccountingConnector#accept} calls: an outbox row, then return.
 * No QuickBooks call happens here, so the host's event thread is never held up.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + HostTopics.ALL)
public class HostEventHandlerComponent implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(HostEventHandlerComponent.class);

    private final AccountingConnector connector;

    /** @param connector the QuickBooks connector */
    @Activate
    public HostEventHandlerComponent(
            @Reference(target = "(connector.id=" + QboConnector.ID + ")") AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    public void handleEvent(Event event) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            properties.put(name, event.getProperty(name));
        }
        try {
            connector.accept(HostEvents.fromProperties(event.getTopic(), properties));
        } catch (InvalidInputException e) {
            // A malformed event can never be processed; say exactly what the publisher must fix.
            LOG.error("Ignored a malformed host event on {} (event id {}): {}. Remedy: {}", event.getTopic(),
                    properties.get(HostTopics.PROP_EVENT_ID), e.getMessage(), e.remedy());
        }
    }
}
