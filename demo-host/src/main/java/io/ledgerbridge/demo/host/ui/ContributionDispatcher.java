package io.ledgerbridge.demo.host.ui;

import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host side of {@link UiContribution}: checks the role, sets the request attributes, calls the contributed
 * servlet and keeps back an HTML fragment for the host's chrome. The CSRF check on POST is done by the host servlet
 * for every POST, its own forms included.
 */
public final class ContributionDispatcher {
    /** Where pages are mounted: {@code /ledgerbridge/{label}}. */
    public static final String MOUNT_ROOT = "/ledgerbridge/";

    private static final Logger LOG = LoggerFactory.getLogger(ContributionDispatcher.class);

    private final ContributionRegistry registry;
    private final String hostUrl;

    /**
     * @param registry the tracked contributions
     * @param hostUrl the host's root URL, without a trailing slash
     */
    public ContributionDispatcher(ContributionRegistry registry, String hostUrl) {
        this.registry = registry;
        this.hostUrl = hostUrl;
    }

    /**
     * A fragment to wrap in the host's page.
     *
     * @param title the page's title
     * @param html the fragment
     */
    public record Fragment(String title, String html) {
    }

    /**
     * @param request the host's request
     * @param response the host's response
     * @param context the host's servlet context
     * @param who the signed-in user
     * @param label the page's label
     * @param pathInfo the rest of the path after the label, or {@code null}
     * @return the fragment to wrap, or empty when the servlet answered the client itself
     * @throws HttpProblem 404 when no page has that label, 403 when the user lacks the page's role
     * @throws IOException when the servlet fails to write
     * @throws ServletException when the servlet fails
     */
    public Optional<Fragment> page(HttpServletRequest request, HttpServletResponse response, ServletContext context,
            SignedIn who, String label, String pathInfo) throws IOException, ServletException {
        Contribution page = registry.find(label).orElse(null);
        if (page == null) {
            throw new HttpProblem(HttpServletResponse.SC_NOT_FOUND, "No LedgerBridge page '" + label
                    + "' is installed. Check that the connector's UI bundle is active.");
        }
        if (!page.allows(who.user())) {
            throw new HttpProblem(HttpServletResponse.SC_FORBIDDEN, "'" + page.title() + "' is for users with the " + page.role() + " role, and "
                    + who.user().displayName() + " does not have it. Ask an administrator of tenant "
                    + who.user().tenant() + ", or sign in as one.");
        }
        String mount = MOUNT_ROOT + label;
        setAttributes(request, who, mount);
        FragmentResponse captured = new FragmentResponse(response, false);
        page.servlet(context).service(new MountedRequest(request, mount, pathInfo, request.getMethod(),
                request.getRequestURI()), captured);
        return captured.isFragment() ? Optional.of(new Fragment(page.title(), captured.fragment())) : Optional.empty();
    }

    /**
     * Renders one record panel into a fragment; a failing panel becomes a short notice, never a broken screen.
     *
     * @param request the host's request (of the record screen)
     * @param response the host's response
     * @param context the host's servlet context
     * @param who the signed-in user
     * @param panel the panel
     * @param record the record shown
     * @return the panel's HTML, or why it is unavailable
     */
    public PanelContent panel(HttpServletRequest request, HttpServletResponse response, ServletContext context,
            SignedIn who, Contribution panel, RecordRef record) {
        String mount = MOUNT_ROOT + panel.label();
        setAttributes(request, who, mount);
        request.setAttribute(UiContribution.ATTR_RECORD, record);
        FragmentResponse captured = new FragmentResponse(response, true);
        try {
            panel.servlet(context).service(new MountedRequest(request, mount, null, "GET", mount), captured);
            if (captured.isFragment()) {
                return new PanelContent(panel.label(), panel.title(), captured.fragment(), null);
            }
            LOG.warn("Record panel '{}' answered {} {} for {}", panel.label(), captured.status(),
                    captured.getContentType(), record);
            return unavailable(panel, " is unavailable (it answered status " + captured.status() + ").");
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("Record panel '{}' failed for {}", panel.label(), record, e);
            return unavailable(panel, " is unavailable: " + e.getMessage());
        } finally {
            request.removeAttribute(UiContribution.ATTR_RECORD);
        }
    }

    private static PanelContent unavailable(Contribution panel, String why) {
        return new PanelContent(panel.label(), panel.title(), null, panel.title() + why);
    }

    private void setAttributes(HttpServletRequest request, SignedIn who, String mount) {
        request.setAttribute(UiContribution.ATTR_USER, who.user());
        request.setAttribute(UiContribution.ATTR_CSRF_TOKEN, who.csrfToken());
        request.setAttribute(UiContribution.ATTR_MOUNT_PATH, mount);
        request.setAttribute(UiContribution.ATTR_HOST_URL, hostUrl);
        request.setAttribute(UiContribution.ATTR_SESSION_ID, who.sessionRef());
        // The demo host's record screens are /customers/{id}, /invoices/{id}, ...: pages link errors to them.
        request.setAttribute(UiContribution.ATTR_RECORD_URL_PATTERN, "/{type}s/{id}");
    }
}
