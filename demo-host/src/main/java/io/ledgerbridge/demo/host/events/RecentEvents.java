package io.ledgerbridge.demo.host.events;

import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEvents;
import io.ledgerbridge.api.event.HostTopics;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Listens on the event bus like a connector would, and keeps the last host events for the "Events" screen: the demo's
 * proof that every change reached EventAdmin with a well-formed payload.
 */
@Component(service = {EventHandler.class, RecentEvents.class},
        property = EventConstants.EVENT_TOPIC + "=" + HostTopics.ALL)
public final class RecentEvents implements EventHandler {
    private static final int KEEP = 100;

    /**
     * One event as received.
     *
     * @param topic the topic
     * @param event the typed event, or {@code null} when the payload was malformed
     * @param problem why the payload could not be read, or {@code null}
     */
    public record Received(String topic, HostEvent event, String problem) {
    }

    private final Deque<Received> events = new ArrayDeque<>();

    @Override
    public void handleEvent(Event event) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            properties.put(name, event.getProperty(name));
        }
        Received received;
        try {
            received = new Received(event.getTopic(), HostEvents.fromProperties(event.getTopic(), properties), null);
        } catch (RuntimeException e) {
            received = new Received(event.getTopic(), null, e.getMessage());
        }
        synchronized (events) {
            events.addFirst(received);
            while (events.size() > KEEP) {
                events.removeLast();
            }
        }
    }

    /** @return the received events, newest first */
    public List<Received> latest() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}
