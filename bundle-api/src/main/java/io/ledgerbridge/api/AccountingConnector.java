package io.ledgerbridge.api;

import io.ledgerbridge.api.event.HostEvent;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The accounting connector: takes host events and offers its operations, grouped by concern. Operation groups
 * arrive with minor versions of this package (conflict review arrived with 1.1, repairs and the
 * books-match report with 1.2, health with 1.3); hosts only call them. Implemented by a
 * connector (LedgerBridge's QuickBooks Online connector); an OSGi host gets it as a service, a host without OSGi from
 * {@link ConnectorFactory#start}. Called by the host.
 */
@ProviderType
public interface AccountingConnector {

    /** @return a stable id of the remote ledger, e.g. {@code "quickbooks-online"} */
    String connectorId();

    /** @return the remote ledger's name for people, e.g. {@code "QuickBooks Online"} */
    String displayName();

    /**
     * Takes a host event: records it durably and returns, well under a millisecond. Never calls the remote ledger.
     * OSGi hosts may post on EventAdmin instead (see {@link io.ledgerbridge.api.event.HostTopics}).
     *
     * @param event the event
     * @throws LedgerBridgeException when the event cannot be stored (the host should keep and retry it)
     */
    void accept(HostEvent event);

    /** @return connecting, disconnecting and testing */
    ConnectionOperations connection();

    /** @return pushing on demand and sync status */
    SyncOperations sync();

    /** @return settings and mappings */
    SettingsOperations settings();

    /** @return diagnostics downloads */
    DiagnosticsOperations diagnostics();

    /** @return the intake of the remote ledger's change notifications, for hosts that route webhooks themselves */
    WebhookOperations webhooks();

    /**
     * @return conflict review and resolution
     * @since 1.1
     */
    ConflictOperations conflicts();

    /**
     * @return importing contacts and invoices from the remote ledger
     * @since 1.1
     */
    ImportOperations imports();

    /**
     * @return the books-match report: both sides' balances compared, each difference with its cause and remedy
     * @throws LedgerBridgeException from connectors written against 1.1, which have no such report
     * @since 1.2
     */
    default BooksMatchOperations booksMatch() {
        throw new LedgerBridgeException(displayName() + " offers no books-match report",
                "update the connector to one written against LedgerBridge API 1.2 or later");
    }

    /**
     * @return repairs of records' links to the remote ledger (unlink, link, re-create, follow a merge)
     * @throws LedgerBridgeException when this connector offers none (the default, for connectors built against 1.1)
     * @since 1.2
     */
    default RepairOperations repairs() {
        throw new LedgerBridgeException(displayName() + " offers no repairs of links",
                "repair the record in " + displayName() + " itself, then use Sync again");
    }

    /**
     * @return health checks and per-company figures for operations tools
     * @throws LedgerBridgeException when this connector reports none (the default, for connectors built before 1.3)
     * @since 1.3
     */
    default HealthOperations health() {
        throw new LedgerBridgeException(displayName() + " does not report its health",
                "watch it through its logs and admin pages");
    }
}
