package io.ledgerbridge.qbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.ConnectorFactory;
import io.ledgerbridge.api.HostEnvironment;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.ImportedCustomer;
import io.ledgerbridge.api.host.ImportedInvoice;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host without OSGi: the jars on a plain class path (surefire leaves the OSGi framework API off it), the connector
 * found through {@link ServiceLoader}, events handed over directly.
 */
class ServiceLoaderHostTest {
    private static final TenantId TENANT = TenantId.of("acme");

    @TempDir
    Path data;

    @Test
    void noOsgiFrameworkIsPresent() {
        assertThatThrownBy(() -> Class.forName("org.osgi.framework.BundleContext"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void hostFindsTheConnectorAndItsEventsSurviveARestart() throws Exception {
        List<ConnectorFactory> factories = ServiceLoader.load(ConnectorFactory.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertThat(factories).extracting(ConnectorFactory::connectorId).containsExactly("quickbooks-online");
        ConnectorFactory factory = factories.get(0);
        HostEnvironment environment = new HostEnvironment(new NoRecords(), new NoLedger(), (tenant, notification) -> { },
                Map.of("data.directory", data.toString()), Optional.empty());
        RecordRef customer = RecordRef.of(RecordType.CUSTOMER, "cust-1");

        try (ConnectorFactory.RunningConnector running = factory.start(environment)) {
            assertThat(running.connector().displayName()).isEqualTo("QuickBooks Online");
            assertThat(running.connector().sync().status(TENANT, customer).state()).isEqualTo(SyncState.NOT_SYNCED);
            running.connector().accept(HostEvent.of(TENANT, HostEventKind.CUSTOMER_CHANGED, "cust-1"));
            assertThat(running.connector().sync().status(TENANT, customer).state()).isEqualTo(SyncState.PENDING);
        }
        try (ConnectorFactory.RunningConnector again = factory.start(environment)) {
            assertThat(again.connector().sync().status(TENANT, customer).state()).isEqualTo(SyncState.PENDING);
        }
        // Each stop closes the embedded database once, after the workers: H2 records no use of a closed database.
        Path trace = data.resolve("ledgerbridge-qbo.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("Database is already closed");
    }

    /** A host with no records yet. */
    static final class NoRecords implements HostRecords {
        public Optional<HostCustomer> customer(TenantId t, String id) { return Optional.empty(); }
        public Optional<HostProject> project(TenantId t, String id) { return Optional.empty(); }
        public Optional<HostInvoice> invoice(TenantId t, String id) { return Optional.empty(); }
        public List<HostPayment> payments(TenantId t, String id) { return List.of(); }
        public Optional<HostExpense> expense(TenantId t, String id) { return Optional.empty(); }
        public void forEachChangedSince(TenantId t, RecordType type, Instant since, Consumer<String> sink) { }
    }

    /** A host that receives nothing in these tests. */
    static final class NoLedger implements HostLedger {
        public String upsertCustomer(TenantId t, ImportedCustomer c) { throw new AssertionError("unexpected"); }
        public String upsertInvoice(TenantId t, ImportedInvoice i) { throw new AssertionError("unexpected"); }
        public void recordPayment(TenantId t, HostPayment p) { throw new AssertionError("unexpected"); }
        public void markPaid(TenantId t, String id, LocalDate on) { throw new AssertionError("unexpected"); }
        public void applyValues(TenantId t, RecordRef r, Map<String, String> v) { throw new AssertionError("unexpected"); }
    }
}
