package io.ledgerbridge.karaf;

import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictPage;
import io.ledgerbridge.api.sync.ConflictQuery;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ledgerbridge:conflicts <tenant>}: the open conflicts, field by field. */
@Command(scope = "ledgerbridge", name = "conflicts", description = "Lists the open conflicts")
@Service
public class ConflictsCommand extends TenantCommand {
    @Option(name = "--limit", description = "Most conflicts listed, newest first")
    int limit = 50;

    @Override
    void run() {
        ConflictPage page = connector.conflicts().list(tenantId(), ConflictQuery.open(limit));
        for (Conflict c : page.conflicts()) {
            out.println(c.conflictId() + "  " + RetryCommand.reference(c.record()) + "  detected " + c.detectedAt());
            c.hostValues().forEach((field, host) -> out.println("    " + field + ": host '" + host + "', QuickBooks '"
                    + c.remoteValues().get(field) + "'"));
        }
        out.println(page.total() + " open conflicts; resolve them in Settings → Integrations → QuickBooks → Conflicts");
    }
}
