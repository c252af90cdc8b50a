package io.ledgerbridge.demo.host.web;

import static io.ledgerbridge.demo.host.web.Html.esc;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.demo.host.connector.DemoConnectorConfiguration;
import io.ledgerbridge.demo.host.events.RecentEvents;
import io.ledgerbridge.demo.host.store.Notifications;
import io.ledgerbridge.demo.host.ui.Contribution;
import io.ledgerbridge.demo.host.ui.ContributionDispatcher;
import java.io.IOException;
import java.util.List;

/** Home, the notification outbox, the event log and the connector status. */
final class SystemScreens {
    private final HostPages pages;

    SystemScreens(HostPages pages) {
        this.pages = pages;
    }

    void home(Exchange ex) throws IOException {
        var store = pages.host().store();
        int[] counts = store.jdbc().inTransaction(c -> new int[] {store.customers().list(c, ex.tenant()).size(),
            store.projects().list(c, ex.tenant(), null).size(), store.invoices().list(c, ex.tenant(), null).size(),
            store.expenses().list(c, ex.tenant()).size()});
        StringBuilder out = new StringBuilder("<p>A small reference host for the LedgerBridge QuickBooks Online "
                + "connector. Every change on these screens is published on the OSGi event bus (see "
                + "<a href=\"/events\">Events</a>); the connector's pages and record panels appear in the navigation "
                + "and on the record screens.</p><table><tr><th>Records</th><th class=\"num\">Count</th></tr>")
                .append(row("/customers", "Customers", counts[0])).append(row("/projects", "Projects", counts[1]))
                .append(row("/invoices", "Invoices", counts[2])).append(row("/expenses", "Expenses", counts[3]))
                .append("</table><h2>Accounting connectors</h2>").append(connectors(ex));
        ex.page(200, "Home", out.toString());
    }

    private static String row(String path, String label, int count) {
        return "<tr><td><a href=\"" + path + "\">" + label + "</a></td><td class=\"num\">" + count + "</td></tr>";
    }

    void connector(Exchange ex) throws IOException {
        StringBuilder out = new StringBuilder("<dl><dt>QuickBooks</dt><dd id=\"qbo-target\">")
                .append(esc(pages.host().connectorTarget())).append("</dd><dt>OAuth redirect URI</dt><dd>")
                .append(esc(pages.host().hostUrl() + DemoConnectorConfiguration.CALLBACK_PATH)).append("</dd><dt>")
                .append("Configuration</dt><dd>ConfigurationAdmin PID <code>")
                .append(DemoConnectorConfiguration.PID).append("</code></dd></dl>")
                .append("<h2>Registered connectors</h2>").append(connectors(ex))
                .append("<h2>Contributed pages and panels</h2>");
        List<Contribution> all = pages.registry().all();
        if (all.isEmpty()) {
            out.append("<p>No UI contributions are registered. Install and start the connector's UI bundle.</p>");
        } else {
            out.append("<table><tr><th>Label</th><th>Title</th><th>Category</th><th>Role</th><th>Kind</th></tr>");
            for (Contribution c : all) {
                out.append("<tr><td>").append(c.isPage() && c.allows(ex.who().user())
                        ? "<a href=\"" + ContributionDispatcher.MOUNT_ROOT + esc(c.label()) + "\">" + esc(c.label()) + "</a>"
                        : esc(c.label())).append("</td><td>").append(esc(c.title())).append("</td><td>")
                        .append(esc(c.category())).append("</td><td>").append(esc(c.role())).append("</td><td>")
                        .append(c.isPage() ? "page" : "record panel").append("</td></tr>");
            }
            out.append("</table>");
        }
        ex.page(200, "Connector", out.toString());
    }

    private String connectors(Exchange ex) {
        List<AccountingConnector> connectors = pages.connectors().get();
        if (connectors.isEmpty()) {
            return "<p>No accounting connector is registered. Install and start <code>bundle-qbo</code>.</p>";
        }
        StringBuilder out = new StringBuilder("<table><tr><th>Connector</th><th>Id</th><th>Connection</th></tr>");
        for (AccountingConnector connector : connectors) {
            String state;
            try {
                ConnectionStatus status = connector.connection().status(ex.tenant());
                state = esc(status.state()) + (status.companyName() == null ? "" : " to " + esc(status.companyName()))
                        + (status.message() == null ? "" : " · " + esc(status.message()));
            } catch (RuntimeException e) {
                state = "unknown: " + esc(e.getMessage());
            }
            out.append("<tr><td>").append(esc(connector.displayName())).append("</td><td><code>")
                    .append(esc(connector.connectorId())).append("</code></td><td>").append(state).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    void notifications(Exchange ex) throws IOException {
        List<Notifications.Sent> sent = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().notifications().latest(c, ex.tenant(), 100));
        StringBuilder out = new StringBuilder("<p>The demo host sends no real e-mail: what the connector asks it to "
                + "send lands here (and in the log).</p>");
        if (sent.isEmpty()) {
            out.append("<p>No notifications yet.</p>");
        }
        for (Notifications.Sent s : sent) {
            out.append("<section class=\"panel\"><h3>").append(esc(s.notification().subject())).append("</h3><p><small>To ")
                    .append(esc(String.join(", ", s.notification().recipients()))).append(" · ")
                    .append(Html.time(s.sentAt())).append("</small></p><pre>").append(esc(s.notification().body()))
                    .append("</pre></section>");
        }
        ex.page(200, "Notifications", out.toString());
    }

    void events(Exchange ex) throws IOException {
        StringBuilder out = new StringBuilder("<p>Host events seen on the event bus (EventAdmin) for this tenant, "
                + "newest first.</p><table><tr><th>Time</th><th>Topic</th><th>Record</th><th>Payment</th>"
                + "<th>Event id</th></tr>");
        for (RecentEvents.Received r : pages.events().latest()) {
            if (r.event() == null) {
                out.append("<tr><td></td><td>").append(esc(r.topic())).append("</td><td colspan=\"3\">malformed: ")
                        .append(esc(r.problem())).append("</td></tr>");
            } else if (r.event().tenant().equals(ex.tenant())) {
                var e = r.event();
                out.append("<tr class=\"event\"><td>").append(Html.time(e.occurredAt())).append("</td><td><code>")
                        .append(esc(r.topic())).append("</code></td><td>").append(esc(e.recordId())).append("</td><td>")
                        .append(e.payment().map(p -> esc(p.hostPaymentId() + " " + Html.money(p.amount()))).orElse(""))
                        .append("</td><td><small>").append(esc(e.eventId())).append("</small></td></tr>");
            }
        }
        ex.page(200, "Events", out.append("</table>").toString());
    }
}
