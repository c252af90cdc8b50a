package io.ledgerbridge.api;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.NamePreview;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.RemoteOption;
import io.ledgerbridge.api.settings.SettingsProblem;
import io.ledgerbridge.api.sync.RecordRef;
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
     * @throws InvalidInputException naming the first setting {@link #check} refuses (nothing is saved)
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
     * @throws InvalidInputException when {@link #checkMappings} refuses the row (nothing is saved)
     */
    void putMapping(TenantId tenant, Mapping mapping);

    /**
     * Checks settings before they are saved: refusals (a template field the connector does not know) and warnings
     * the administrator may accept (document numbers cut to the remote ledger's limit). Saves nothing.
     *
     * @param tenant the tenant
     * @param settings the settings about to be saved
     * @return the problems found, refusals first; empty when there are none
     * @since 1.2
     */
    default List<SettingsProblem> check(TenantId tenant, ConnectorSettings settings) {
        return List.of();
    }

    /**
     * Checks mapping rows against the remote ledger before they are saved (an inactive or unknown entry, an account
     * of the wrong type). Saves nothing.
     *
     * @param tenant the tenant
     * @param rows the rows about to be saved
     * @return the problems found, each naming its row; empty when there are none
     * @since 1.2
     */
    default List<SettingsProblem> checkMappings(TenantId tenant, List<Mapping> rows) {
        return List.of();
    }

    /**
     * Saves several rows at once: all of them, or none when {@link #checkMappings} refuses one.
     *
     * @param tenant the tenant
     * @param rows the rows, each added or replacing the row with the same kind and host key
     * @throws InvalidInputException naming the first refused row (nothing is saved)
     * @since 1.2
     */
    default void putMappings(TenantId tenant, List<Mapping> rows) {
        rows.forEach(row -> putMapping(tenant, row));
    }

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

    /**
     * Renders the name templates of settings not yet saved on one real host record, as the remote ledger would
     * receive them (forbidden characters removed, cut to the remote field's limit). Reads the host; never calls the
     * remote ledger and saves nothing.
     *
     * @param tenant the tenant
     * @param settings the settings to try
     * @param record a customer (display name), project (sub-customer display name) or invoice (document number)
     * @return one preview per name the record gets
     * @throws InvalidInputException when the record does not exist or has no templated name
     * @since 1.1
     */
    List<NamePreview> preview(TenantId tenant, ConnectorSettings settings, RecordRef record);

    /**
     * @param tenant the tenant
     * @param type the record type
     * @param limit at most this many
     * @return some of the host's records of that type, to preview templates on
     * @since 1.1
     */
    List<RecordRef> sampleRecords(TenantId tenant, RecordType type, int limit);

    /**
     * @param tenant the tenant
     * @param kind the table
     * @return host keys that host records use and the table does not map yet, sorted; empty for tables whose keys
     *         are not taken from records (custom fields)
     * @since 1.1
     */
    List<String> unmappedKeys(TenantId tenant, MappingKind kind);
}
