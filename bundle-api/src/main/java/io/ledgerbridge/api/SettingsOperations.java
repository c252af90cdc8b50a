package io.ledgerbridge.api;

import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.RemoteOption;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A tenant's settings and mappings, and the remote lists for mapping drop-downs. Implemented by the connector;
 * called by the host's settings pages.
 */
@ProviderType
public interface SettingsOperations {

    /**
     * @param tenant the tenant
     * @return its settings ({@link ConnectorSettings#defaults()} until changed)
     */
    ConnectorSettings settings(TenantId tenant);

    /**
     * @param tenant the tenant
     * @param settings the new settings, replacing the old ones
     * @return the settings as stored
     */
    ConnectorSettings updateSettings(TenantId tenant, ConnectorSettings settings);

    /**
     * @param tenant the tenant
     * @param kind the table
     * @return its rows, by host key
     */
    List<Mapping> mappings(TenantId tenant, MappingKind kind);

    /**
     * Adds a row or replaces the row with the same kind and host key.
     *
     * @param tenant the tenant
     * @param mapping the row
     */
    void putMapping(TenantId tenant, Mapping mapping);

    /**
     * @param tenant the tenant
     * @param kind the table
     * @param hostKey the row's host key; nothing happens when there is none
     */
    void removeMapping(TenantId tenant, MappingKind kind, String hostKey);

    /**
     * Reads a list from the remote ledger (needs a connection).
     *
     * @param tenant the tenant
     * @param kind the list
     * @return its entries, by name
     */
    List<RemoteOption> remoteOptions(TenantId tenant, RemoteListKind kind);
}
