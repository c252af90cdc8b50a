package io.ledgerbridge.qbo;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.BooksMatchOperations;
import io.ledgerbridge.api.ConflictOperations;
import io.ledgerbridge.api.ConnectionOperations;
import io.ledgerbridge.api.DiagnosticsOperations;
import io.ledgerbridge.api.HealthOperations;
import io.ledgerbridge.api.ImportOperations;
import io.ledgerbridge.api.SettingsOperations;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import io.ledgerbridge.qbo.store.Outbox;

/**
 * The QuickBooks Online connector as the host sees it: the durable intake and the operation groups, each a plain
 * class built by {@link ConnectorRuntime}. Knows nothing of OSGi.
 */
public final class QboConnector implements AccountingConnector {
    /** The connector's id. */
    public static final String ID = "quickbooks-online";

    private final Outbox outbox;
    private final ConnectionOperations connection;
    private final SyncOperations sync;
    private final SettingsOperations settings;
    private final DiagnosticsOperations diagnostics;
    private final ConflictOperations conflicts;
    private final WebhookOperations webhooks;
    private final ImportOperations imports;
    private final BooksMatchOperations booksMatch;
    private final io.ledgerbridge.api.RepairOperations repairs;
    private final HealthOperations health;
    private final ConnectorMetrics metrics;

    /**
     * @param outbox the durable intake
     * @param connection connecting and testing
     * @param sync pushing on demand and status
     * @param settings settings and mappings
     * @param diagnostics diagnostics downloads
     * @param conflicts conflict review
     * @param webhooks the webhook intake
     * @param imports importing from QuickBooks
     * @param repairs repairs of links
     * @param booksMatch the books-match report
     * @param health health checks and company figures
     * @param metrics the meters behind JMX and Micrometer
     */
    public QboConnector(Outbox outbox, ConnectionOperations connection, SyncOperations sync,
            SettingsOperations settings, DiagnosticsOperations diagnostics, ConflictOperations conflicts,
            WebhookOperations webhooks, ImportOperations imports, io.ledgerbridge.api.RepairOperations repairs,
            BooksMatchOperations booksMatch, HealthOperations health, ConnectorMetrics metrics) {
        this.repairs = repairs;
        this.booksMatch = booksMatch;
        this.health = health;
        this.metrics = metrics;
        this.conflicts = conflicts;
        this.imports = imports;
        this.outbox = outbox;
        this.connection = connection;
        this.sync = sync;
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.webhooks = webhooks;
    }

    @Override
    public String connectorId() {
        return ID;
    }

    @Override
    public String displayName() {
        return "QuickBooks Online";
    }

    @Override
    public void accept(HostEvent event) {
        outbox.enqueue(event, SyncTrigger.EVENT);
    }

    @Override
    public ConnectionOperations connection() {
        return connection;
    }

    @Override
    public SyncOperations sync() {
        return sync;
    }

    @Override
    public SettingsOperations settings() {
        return settings;
    }

    @Override
    public DiagnosticsOperations diagnostics() {
        return diagnostics;
    }

    @Override
    public ConflictOperations conflicts() {
        return conflicts;
    }

    @Override
    public WebhookOperations webhooks() {
        return webhooks;
    }

    @Override
    public ImportOperations imports() {
        return imports;
    }

    @Override
    public BooksMatchOperations booksMatch() {
        return booksMatch;
    }

    @Override
    public io.ledgerbridge.api.RepairOperations repairs() {
        return repairs;
    }

    @Override
    public HealthOperations health() {
        return health;
    }

    /** @return the meters behind JMX and Micrometer (not part of the API: an OSGi component binds Micrometer here) */
    public ConnectorMetrics metrics() {
        return metrics;
    }
}
