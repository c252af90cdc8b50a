package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.demo.host.connector.DemoConnectorConfiguration;
import io.ledgerbridge.demo.host.events.RecentEvents;
import io.ledgerbridge.demo.host.store.Notifications;
import io.ledgerbridge.demo.host.ui.Contribution;
import io.ledgerbridge.demo.host.ui.ContributionDispatcher;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Home, the notification outbox, the event log and the connector status. */
final class SystemScreens {
    private final HostPages pages;

    SystemScreens(HostPages pages) {
        this.pages = pages;
    }

    /**
     * @param path the list screen
     * @param label its name
     * @param count how many records it lists
     */
    public record Count(String path, String label, int count) {
    }

    /**
     * @param name the connector's display name
     * @param id its id
     * @param state its connection for the tenant, in words
     */
    public record ConnectorRow(String name, String id, String state) {
    }

    /**
     * @param label the contribution's label
     * @param title its title
     * @param category its navigation category
     * @param role the role it requires
     * @param page whether it is a page (else a record panel)
     * @param allowed whether the signed-in user may open it
     * @param path where a page is mounted
     */
    public record ContributionRow(String label, String title, String category, String role, boolean page,
            boolean allowed, String path) {
    }

    /**
     * @param topic the event's topic
     * @param occurredAt when it happened, or {@code null} when malformed
     * @param recordId the record it is about
     * @param payment the payment it carries, in words, or {@code null}
     * @param eventId its id
     * @param problem why it is malformed, or {@code null}
     */
    public record EventRow(String topic, Instant occurredAt, String recordId, String payment, String eventId,
            String problem) {
    }

    void home(Exchange ex) throws IOException {
        var store = pages.host().store();
        List<Count> counts = store.jdbc().inTransaction(c -> List.of(
                new Count("/customers", "Customers", store.customers().list(c, ex.tenant()).size()),
                new Count("/projects", "Projects", store.projects().list(c, ex.tenant(), null).size()),
                new Count("/invoices", "Invoices", store.invoices().list(c, ex.tenant(), null).size()),
                new Count("/expenses", "Expenses", store.expenses().list(c, ex.tenant()).size())));
        ex.page(200, "home.ftlh", Map.of("counts", counts, "connectors", connectors(ex)));
    }

    void connector(Exchange ex) throws IOException {
        List<ContributionRow> contributions = new ArrayList<>();
        for (Contribution c : pages.registry().all()) {
            contributions.add(new ContributionRow(c.label(), c.title(), c.category(), c.role(), c.isPage(),
                    c.allows(ex.who().user()), ContributionDispatcher.MOUNT_ROOT + c.label()));
        }
        ex.page(200, "connector.ftlh", Map.of("target", pages.host().connectorTarget(),
                "redirectUri", pages.host().hostUrl() + DemoConnectorConfiguration.CALLBACK_PATH,
                "pid", DemoConnectorConfiguration.PID, "connectors", connectors(ex), "contributions", contributions));
    }

    private List<ConnectorRow> connectors(Exchange ex) {
        List<ConnectorRow> rows = new ArrayList<>();
        for (AccountingConnector connector : pages.connectors().get()) {
            String state;
            try {
                ConnectionStatus status = connector.connection().status(ex.tenant());
                state = status.state() + (status.companyName() == null ? "" : " to " + status.companyName())
                        + (status.message() == null ? "" : " · " + status.message());
            } catch (RuntimeException e) {
                state = "unknown: " + e.getMessage();
            }
            rows.add(new ConnectorRow(connector.displayName(), connector.connectorId(), state));
        }
        return rows;
    }

    void notifications(Exchange ex) throws IOException {
        List<Notifications.Sent> sent = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().notifications().latest(c, ex.tenant(), 100));
        ex.page(200, "notifications.ftlh", Map.of("sent", sent));
    }

    void events(Exchange ex) throws IOException {
        List<EventRow> rows = new ArrayList<>();
        for (RecentEvents.Received r : pages.events().latest()) {
            if (r.event() == null) {
                rows.add(new EventRow(r.topic(), null, null, null, null, r.problem()));
            } else if (r.event().tenant().equals(ex.tenant())) {
                var e = r.event();
                rows.add(new EventRow(r.topic(), e.occurredAt(), e.recordId(), e.payment()
                        .map(p -> p.hostPaymentId() + " " + Formats.money(p.amount())).orElse(null), e.eventId(), null));
            }
        }
        ex.page(200, "events.ftlh", Map.of("events", rows));
    }
}
