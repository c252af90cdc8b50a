package io.ledgerbridge.qbo.osgi;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.ConflictOperations;
import io.ledgerbridge.api.ConnectionOperations;
import io.ledgerbridge.api.DiagnosticsOperations;
import io.ledgerbridge.api.HealthOperations;
import io.ledgerbridge.api.ImportOperations;
import io.ledgerbridge.api.SettingsOperations;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.qbo.ConnectorRuntime;
import io.ledgerbridge.qbo.QboConnector;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.qbo.config.QboConnectorConfiguration;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Registers the QuickBooks Online connector as an OSGi service: wires the host's port services and the
 * configuration into a {@link ConnectorRuntime} and delegates to it. It starts once PID {@code io.ledgerbridge.qbo}
 * is configured; a new configuration restarts it.
 */
// Immediate: the connector's workers and schedules run whether or not anyone holds the service right now.
// Configuration required: without it the connector would start against Intuit with no app and a database in the
// working directory, only to restart when the host's configuration arrives.
@Component(service = AccountingConnector.class, immediate = true, configurationPid = QboConnectorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = "connector.id=" + QboConnector.ID)
@Designate(ocd = QboConnectorConfiguration.class)
public class QboConnectorComponent implements AccountingConnector {
    /** Service property a host sets on the DataSource the connector should keep its state in. */
    public static final String DATASOURCE_FILTER = "(ledgerbridge.store=true)";

    private final ConnectorRuntime runtime;

    /**
     * @param properties the component's configuration (keys as in {@link QboConnectorConfiguration})
     * @param records the host's records
     * @param ledger the host's ledger port
     * @param notifier the host's notifier
     * @param dataSource the host's DataSource for the connector's state, if it offers one
     */
    @Activate
    public QboConnectorComponent(Map<String, Object> properties, @Reference HostRecords records,
            @Reference HostLedger ledger, @Reference HostNotifier notifier,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
                    target = DATASOURCE_FILTER) DataSource dataSource) {
        this.runtime = new ConnectorRuntime(ConnectorConfig.fromMap(properties), records, ledger, notifier,
                Optional.ofNullable(dataSource), Clock.systemUTC());
    }

    @Deactivate
    void deactivate() {
        runtime.close();
    }

    private QboConnector connector() {
        return runtime.connector();
    }

    /** @return the connector's meters, for this bundle's Micrometer component (not part of the API) */
    public ConnectorMetrics metrics() {
        return connector().metrics();
    }

    @Override
    public String connectorId() {
        return connector().connectorId();
    }

    @Override
    public String displayName() {
        return connector().displayName();
    }

    @Override
    public void accept(HostEvent event) {
        connector().accept(event);
    }

    @Override
    public ConnectionOperations connection() {
        return connector().connection();
    }

    @Override
    public SyncOperations sync() {
        return connector().sync();
    }

    @Override
    public SettingsOperations settings() {
        return connector().settings();
    }

    @Override
    public DiagnosticsOperations diagnostics() {
        return connector().diagnostics();
    }

    @Override
    public WebhookOperations webhooks() {
        return connector().webhooks();
    }

    @Override
    public ConflictOperations conflicts() {
        return connector().conflicts();
    }

    @Override
    public ImportOperations imports() {
        return connector().imports();
    }

    @Override
    public io.ledgerbridge.api.BooksMatchOperations booksMatch() {
        return connector().booksMatch();
    }

    @Override
    public io.ledgerbridge.api.RepairOperations repairs() {
        return connector().repairs();
    }

    @Override
    public HealthOperations health() {
        return connector().health();
    }
}
