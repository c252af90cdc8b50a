package io.ledgerbridge.demo.host.books;

import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.demo.host.store.HostStore;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory host database per test, and an event sink that remembers what was published. */
final class TestStores {
    private TestStores() {
    }

    static JdbcDataSource memoryDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    static HostStore store() {
        return new HostStore(memoryDatabase());
    }

    /** Collects published events. */
    static final class Events implements HostEventSink {
        final List<HostEvent> published = new CopyOnWriteArrayList<>();

        @Override
        public void publish(HostEvent event) {
            published.add(event);
        }
    }
}
