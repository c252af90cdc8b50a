package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.demo.host.DemoHost;
import io.ledgerbridge.demo.host.events.RecentEvents;
import io.ledgerbridge.demo.host.ui.ContributionDispatcher;
import io.ledgerbridge.demo.host.ui.ContributionRegistry;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the host's screens work with.
 *
 * @param host the demo host (database, books)
 * @param registry the contributed pages and panels
 * @param dispatcher calls contributed servlets
 * @param chrome draws the host's page around content
 * @param events the events seen on the bus
 * @param connectors the accounting connectors registered now
 * @param servletContext the host servlet's context
 */
public record HostPages(DemoHost host, ContributionRegistry registry, ContributionDispatcher dispatcher, Chrome chrome,
        RecentEvents events, Supplier<List<AccountingConnector>> connectors, ServletContext servletContext) {
}
