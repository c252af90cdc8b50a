package io.ledgerbridge.karaf;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.health.CompanySummary;
import io.ledgerbridge.api.sync.ConnectionStatus;
import java.time.Duration;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ledgerbridge:status [tenant]}: every company at a glance, or one in detail. */
@Command(scope = "ledgerbridge", name = "status", description = "Shows the companies' sync status, or one tenant's")
@Service
public class StatusCommand extends ConnectorCommand {
    private static final String ROW = "%-24s %-18s %8s %7s %6s %9s %6s %9s  %s%n";

    @Argument(name = "tenant", description = "A tenant id; without it, every company (up to --limit)")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--limit", description = "Most companies listed (tenants in id order)")
    int limit = 100;

    @Option(name = "--prefix", description = "Only tenants whose id starts with this")
    String prefix = "";

    @Override
    void run() {
        if (tenant == null) {
            List<CompanySummary> all = connector.health().companies(prefix, limit);
            out.printf(ROW, "TENANT", "CONNECTION", "WAITING", "FAILED", "HELD", "OLDEST", "INBOX", "CONFLICTS",
                    "NODE");
            all.forEach(this::row);
            out.println(all.size() + (all.size() == limit ? "+" : "") + " companies");
            return;
        }
        ConnectionStatus connection = connector.connection().status(TenantId.of(tenant));
        out.println("Tenant:      " + tenant);
        out.println("Connection:  " + connection.state() + (connection.companyName() == null ? ""
                : " to " + connection.companyName() + " (" + connection.companyId() + ")"));
        if (connection.message() != null) {
            out.println("             " + connection.message()
                    + (connection.remedy() == null ? "" : ". Remedy: " + connection.remedy()));
        }
        connector.health().company(TenantId.of(tenant)).ifPresentOrElse(c -> {
            out.println("Sync:        " + (c.syncEnabled() ? "on" : "off (Settings → Integrations → QuickBooks → "
                    + "Configuration)"));
            out.println("Records:     " + c.waiting() + " waiting, " + c.failed() + " failed, " + c.held()
                    + " held by conflicts; oldest due " + age(c.oldestDue()));
            out.println("Inbound:     " + c.inboxDepth() + " QuickBooks changes waiting");
            out.println("Conflicts:   " + c.openConflicts() + " open");
            out.println("Worked by:   " + (c.heldBy() == null ? "no node right now" : c.heldBy()));
        }, () -> out.println("The connector knows nothing else of this tenant yet"));
        connector.sync().recentRuns(TenantId.of(tenant), 1).forEach(r -> out.println("Last sync:   " + r.trigger() + " "
                + r.state() + " at " + r.startedAt() + ": " + r.created() + " created, " + r.updated() + " updated, "
                + r.failed() + " failed"));
    }

    private void row(CompanySummary c) {
        out.printf(ROW, c.tenant().value(), c.state(), c.waiting(), c.failed(), c.held(), age(c.oldestDue()),
                c.inboxDepth(), c.openConflicts(), c.heldBy() == null ? "-" : c.heldBy());
    }

    static String age(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        return s < 60 ? s + "s" : s < 3600 ? s / 60 + "m" : s / 3600 + "h" + (s % 3600) / 60 + "m";
    }
}
