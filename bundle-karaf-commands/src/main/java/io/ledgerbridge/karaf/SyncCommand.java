package io.ledgerbridge.karaf;

import io.ledgerbridge.api.sync.SyncRun;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ledgerbridge:sync <tenant>}: Sync now, as the Accounting sync page's button. */
@Command(scope = "ledgerbridge", name = "sync", description = "Queues every record changed since the last sync "
        + "(Sync now)")
@Service
public class SyncCommand extends TenantCommand {
    @Override
    void run() {
        SyncRun run = connector.sync().syncNow(tenantId());
        out.println("Sync " + run.runId() + " of " + tenant + " " + run.state() + "; follow it with ledgerbridge:status "
                + tenant + " or in Settings → Integrations → QuickBooks → Accounting sync");
    }
}
