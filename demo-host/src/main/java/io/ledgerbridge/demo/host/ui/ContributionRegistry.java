package io.ledgerbridge.demo.host.ui;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.Servlet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard side of {@link UiContribution}: tracks every {@code jakarta.servlet.Servlet} service carrying
 * {@link UiContribution#PROPERTY_LABEL}, as they come and go.
 */
@Component(service = ContributionRegistry.class)
public final class ContributionRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ContributionRegistry.class);
    private static final Comparator<Contribution> NAVIGATION_ORDER = Comparator.comparing(Contribution::category)
            .thenComparingInt(Contribution::order).thenComparing(Contribution::title);

    private final List<Contribution> contributions = new CopyOnWriteArrayList<>();

    /**
     * @param servlet a contributed servlet
     * @param properties its service properties
     */
    @Reference(service = Servlet.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + UiContribution.PROPERTY_LABEL + "=*)", unbind = "unbind")
    void bind(Servlet servlet, Map<String, Object> properties) {
        try {
            Contribution contribution = new Contribution(servlet, properties);
            if (find(contribution.label()).isPresent()) {
                LOG.warn("Ignoring a second UI contribution labelled '{}'; labels must be unique", contribution.label());
                return;
            }
            contributions.add(contribution);
            LOG.info("UI contribution '{}' ({}) added", contribution.label(), contribution.title());
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring a UI contribution with bad properties {}: {}", properties, e.getMessage());
        }
    }

    void unbind(Servlet servlet, Map<String, Object> properties) {
        for (Contribution contribution : contributions) {
            if (contribution.rawServlet() == servlet) {
                contributions.remove(contribution);
                contribution.destroy();
            }
        }
    }

    /**
     * @param label a label
     * @return the contribution with that label, page or panel
     */
    public Optional<Contribution> find(String label) {
        return contributions.stream().filter(c -> c.label().equals(label)).findFirst();
    }

    /**
     * @param user the signed-in user
     * @return the pages the user may open and that ask to be listed, by category, order and title
     */
    public List<Contribution> navigation(HostUser user) {
        return contributions.stream().filter(Contribution::isPage).filter(Contribution::navigation)
                .filter(c -> c.allows(user)).sorted(NAVIGATION_ORDER).toList();
    }

    /**
     * @param user the signed-in user
     * @param type a record type
     * @return the panels for that type the user may see, in order
     */
    public List<Contribution> panels(HostUser user, RecordType type) {
        return contributions.stream().filter(c -> c.isPanelFor(type)).filter(c -> c.allows(user))
                .sorted(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::title)).toList();
    }

    /** @return every contribution */
    public List<Contribution> all() {
        return List.copyOf(contributions);
    }
}
