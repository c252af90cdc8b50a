package io.ledgerbridge.demo.host.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.ConnectionOperations;
import io.ledgerbridge.api.DiagnosticsOperations;
import io.ledgerbridge.api.SettingsOperations;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.RemoteOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantProvisioningTest {
    private static final TenantId DEMO = TenantId.of("demo");

    @Test
    void aNewTenantGetsItsAccountsAddressAndSyncStaysOffUntilAnAdministratorTurnsItOn() {
        Settings settings = new Settings();

        TenantProvisioning.provision(new Connector(settings), DEMO);

        assertThat(settings.stored.get(DEMO).enabled()).isFalse();
        assertThat(settings.stored.get(DEMO).notificationRecipients()).containsExactly("accounts@demo.example");
    }

    @Test
    void anAdministratorsChoicesAreLeftAlone() {
        Settings settings = new Settings();
        ConnectorSettings chosen = ConnectorSettings.defaults().toBuilder().enabled(false)
                .notificationRecipients(List.of("cfo@demo.example")).build();
        settings.stored.put(DEMO, chosen);

        TenantProvisioning.provision(new Connector(settings), DEMO);

        assertThat(settings.stored.get(DEMO)).isEqualTo(chosen);
    }

    /** Settings kept in memory, as the connector keeps them in its database. */
    private static final class Settings implements SettingsOperations {
        final Map<TenantId, ConnectorSettings> stored = new HashMap<>();

        public ConnectorSettings settings(TenantId t) { return stored.getOrDefault(t, ConnectorSettings.defaults()); }
        public ConnectorSettings updateSettings(TenantId t, ConnectorSettings s) { stored.put(t, s); return s; }
        public List<Mapping> mappings(TenantId t, MappingKind k) { return List.of(); }
        public void putMapping(TenantId t, Mapping m) { throw new AssertionError("not used"); }
        public void removeMapping(TenantId t, MappingKind k, String key) { throw new AssertionError("not used"); }
        public List<RemoteOption> remoteOptions(TenantId t, RemoteListKind k) { return List.of(); }
        public List<io.ledgerbridge.api.settings.NamePreview> preview(TenantId t, ConnectorSettings s,
                io.ledgerbridge.api.sync.RecordRef r) { throw new AssertionError("not used"); }
        public List<io.ledgerbridge.api.sync.RecordRef> sampleRecords(TenantId t,
                io.ledgerbridge.api.event.RecordType type, int limit) { throw new AssertionError("not used"); }
        public List<String> unmappedKeys(TenantId t, MappingKind k) { throw new AssertionError("not used"); }
    }

    /** A connector that only has settings. */
    private record Connector(SettingsOperations settings) implements AccountingConnector {
        public String connectorId() { return "quickbooks-online"; }
        public String displayName() { return "QuickBooks Online"; }
        public void accept(HostEvent event) { throw new AssertionError("not used"); }
        public ConnectionOperations connection() { throw new AssertionError("not used"); }
        public SyncOperations sync() { throw new AssertionError("not used"); }
        public DiagnosticsOperations diagnostics() { throw new AssertionError("not used"); }
        public io.ledgerbridge.api.WebhookOperations webhooks() { throw new AssertionError("not used"); }
        public io.ledgerbridge.api.ConflictOperations conflicts() { throw new AssertionError("not used"); }
        public io.ledgerbridge.api.ImportOperations imports() { throw new AssertionError("not used"); }
    }
}
