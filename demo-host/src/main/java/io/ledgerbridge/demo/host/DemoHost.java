package io.ledgerbridge.demo.host;

import io.ledgerbridge.api.event.HostEvents;
import io.ledgerbridge.demo.host.books.HostBooks;
import io.ledgerbridge.demo.host.books.LedgerWrites;
import io.ledgerbridge.demo.host.store.HostStore;
import io.ledgerbridge.demo.host.store.SampleData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the demo host together: its H2 database (under the data folder), its books, and EventAdmin as the event bus.
 *
 * <p>H2 is reached through the OSGi {@link DataSourceFactory} the H2 bundle registers, as the connector reaches its
 * database: the host bundle then imports no driver package, and a host on PostgreSQL would change one filter.
 * {@code DB_CLOSE_DELAY=-1} keeps the database open between connections (no pool needed for a demo); deactivation
 * shuts it down cleanly.
 */
@Component(service = DemoHost.class)
public final class DemoHost {
    /** Framework property: the data folder (set by the launcher). */
    public static final String PROP_DATA_DIR = "ledgerbridge.demo.data-dir";
    /** Framework property: the absolute URL of the host UI's root (set by the launcher). */
    public static final String PROP_HOST_URL = "ledgerbridge.demo.host-url";

    private static final Logger LOG = LoggerFactory.getLogger(DemoHost.class);

    private final DataSource dataSource;
    private final HostStore store;
    private final HostBooks books;
    private final LedgerWrites ledger;
    private final String hostUrl;
    private final String connectorTarget;
    private final Path dataDir;

    /**
     * @param context the bundle context, for the launcher's properties
     * @param jdbc H2's data source factory
     * @param eventAdmin the event bus
     * @throws SQLException when the database cannot be opened
     */
    @Activate
    public DemoHost(BundleContext context,
            @Reference(target = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.h2.Driver)") DataSourceFactory jdbc,
            @Reference EventAdmin eventAdmin) throws SQLException {
        this.dataDir = Path.of(property(context, PROP_DATA_DIR, "data")).toAbsolutePath();
        this.hostUrl = property(context, PROP_HOST_URL, "http://127.0.0.1:8080");
        this.connectorTarget = property(context, "ledgerbridge.demo.connector.environment", "not set") + " at "
                + property(context, "ledgerbridge.demo.connector.base-url", "no URL");
        Properties properties = new Properties();
        // WRITE_DELAY=0: what the host committed survives a kill of the process (H2 otherwise gathers writes a second).
        properties.setProperty(DataSourceFactory.JDBC_URL, "jdbc:h2:file:" + dataDir.resolve("host")
                + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
        properties.setProperty(DataSourceFactory.JDBC_USER, "sa");
        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, "");
        this.dataSource = jdbc.createDataSource(properties);
        Clock clock = Clock.systemUTC();
        this.store = new HostStore(dataSource);
        if (SampleData.writeOnce(store, clock)) {
            LOG.info("Wrote the sample customers, projects, invoices and expenses to {}", dataDir.resolve("host.mv.db"));
        }
        this.books = new HostBooks(store, event -> eventAdmin.postEvent(
                new Event(event.kind().topic(), HostEvents.toProperties(event))), clock);
        this.ledger = new LedgerWrites(store, clock);
    }

    @Deactivate
    void close() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("The host database did not shut down cleanly; H2 recovers it at the next start", e);
        }
    }

    /** @return the host database */
    public HostStore store() {
        return store;
    }

    /** @return the host's bookkeeping (screens' changes, with events) */
    public HostBooks books() {
        return books;
    }

    /** @return what the connector writes back */
    public LedgerWrites ledger() {
        return ledger;
    }

    /** @return the absolute URL of the host UI's root, without a trailing slash */
    public String hostUrl() {
        return hostUrl;
    }

    /** @return the data folder (H2, Felix cache, the connector's own state) */
    public Path dataDir() {
        return dataDir;
    }

    /** @return which QuickBooks the launcher pointed the connector at, e.g. "sandbox-local at http://..." */
    public String connectorTarget() {
        return connectorTarget;
    }

    private static String property(BundleContext context, String name, String fallback) {
        String value = context.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
