package io.ledgerbridge.demo.host.books;

import io.ledgerbridge.api.event.HostEvent;

/** Where the host's books publish what changed (EventAdmin in OSGi; a list in tests). */
@FunctionalInterface
public interface HostEventSink {

    /** @param event a change that has been committed */
    void publish(HostEvent event);
}
