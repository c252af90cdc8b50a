package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.health.HealthStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The connector in Felix beside Felix Health Check (API and core): its checks run with the host's, selected by the
 * tag {@code ledgerbridge}, and say what {@code HealthOperations} says. {@link ConnectorIT} is the same runtime
 * without Felix Health Check.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FelixHealthCheckIT {
    @Inject
    private BundleContext context;
    @Inject
    private ConfigurationAdmin configurationAdmin;
    @Inject
    private HealthCheckExecutor executor;

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        return new Option[] {LedgerBridgeOptions.runtime(LedgerBridgeOptions.freePort()),
            LedgerBridgeOptions.extra("org.apache.felix.healthcheck.api", "org.apache.felix.healthcheck.core")};
    }

    @Before
    public void configureAndRegisterHostPorts() throws Exception {
        registrations.addAll(ConnectorSetUp.configureAndRegisterPorts(context, configurationAdmin));
    }

    @After
    public void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    @Test
    public void theConnectorsChecksRunInFelixHealthCheckByTheirTag() throws Exception {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("io.ledgerbridge.")
                    || bundle.getSymbolicName().startsWith("org.apache.felix.healthcheck")) {
                assertEquals(bundle.getSymbolicName() + " state", Bundle.ACTIVE, bundle.getState());
            }
        }
        Awaiting.until("the connector's six health checks are registered", () -> executor
                .execute(HealthCheckSelector.tags("ledgerbridge")).size() == 6);
        Map<String, Result> byName = executor.execute(HealthCheckSelector.tags("ledgerbridge")).stream().collect(
                Collectors.toMap(r -> r.getHealthCheckMetadata().getName(), HealthCheckExecutionResult::getHealthCheckResult));
        assertEquals(List.of("LedgerBridge: LedgerBridge database",
                "LedgerBridge: LedgerBridge polls and workers on this node",
                "LedgerBridge: QuickBooks changes waiting to be applied", "LedgerBridge: QuickBooks connections",
                "LedgerBridge: Records waiting to be pushed to QuickBooks",
                "LedgerBridge: Failed records and QuickBooks throttling in the last hour").stream().sorted().toList(),
                byName.keySet().stream().sorted().toList());
        Result database = byName.get("LedgerBridge: LedgerBridge database");
        assertEquals(Result.Status.OK, database.getStatus());
        assertTrue(database.toString(), database.iterator().next().getMessage()
                .startsWith("The connector's database answered in"));
        // One tag selects one check, as a host's health servlet does with ?tags=database.
        List<HealthCheckExecutionResult> dbOnly = executor.execute(HealthCheckSelector.tags("ledgerbridge", "database"));
        assertEquals(1, dbOnly.size());

        AccountingConnector connector = context.getService(context.getServiceReference(AccountingConnector.class));
        assertEquals(HealthStatus.OK, connector.health().check("database").status());
    }
}
