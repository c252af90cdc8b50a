package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.demo.host.ui.Contribution;
import io.ledgerbridge.demo.host.ui.ContributionDispatcher;
import io.ledgerbridge.demo.host.ui.ContributionRegistry;
import io.ledgerbridge.demo.host.ui.SignedIn;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a screen's template inside the host's page (templates/layout.ftlh): it gives the layout who is signed in,
 * the CSRF token, the navigation (the host's screens, then contributed pages grouped by category) and the message
 * line, and answers with the page.
 */
public final class Chrome {
    private static final List<NavLink> HOST_SCREENS = List.of(new NavLink("/", "Home", false),
            new NavLink("/customers", "Customers", false), new NavLink("/projects", "Projects", false),
            new NavLink("/invoices", "Invoices", false), new NavLink("/expenses", "Expenses", false),
            new NavLink("/notifications", "Notifications", false), new NavLink("/events", "Events", false),
            new NavLink("/connector", "Connector", false));

    private final ContributionRegistry registry;
    private final Templates templates;

    /**
     * @param registry the contributed pages, for navigation
     * @param templates the host's templates
     */
    public Chrome(ContributionRegistry registry, Templates templates) {
        this.registry = registry;
        this.templates = templates;
    }

    /**
     * What the layout shows around the content.
     *
     * @param user the signed-in user, or {@code null} on the sign-in page
     * @param csrfParameter the name of the CSRF form field
     * @param csrfToken the session's CSRF token, or {@code null} when nobody is signed in
     * @param navigation the navigation's sections
     * @param flash a message to show on top, or {@code null}
     */
    public record View(HostUser user, String csrfParameter, String csrfToken, List<NavSection> navigation,
            String flash) {
    }

    /**
     * @param heading the section's heading
     * @param links its links
     */
    public record NavSection(String heading, List<NavLink> links) {
    }

    /**
     * @param path where the link goes
     * @param text its text
     * @param active whether it is the page on screen
     */
    public record NavLink(String path, String text, boolean active) {
    }

    /**
     * @param response the response to write
     * @param status the HTTP status
     * @param who the signed-in user, or {@code null} on the sign-in page
     * @param currentPath the request's path, to highlight navigation
     * @param template the screen's template, which draws itself inside {@code layout.page}
     * @param model the template's variables
     * @param flash a message to show on top, or {@code null}
     * @throws IOException when the page cannot be written
     */
    public void write(HttpServletResponse response, int status, SignedIn who, String currentPath, String template,
            Map<String, ?> model, String flash) throws IOException {
        Map<String, Object> all = new HashMap<>(model);
        all.put("chrome", new View(who == null ? null : who.user(), UiContribution.CSRF_PARAMETER,
                who == null ? null : who.csrfToken(), who == null ? List.of() : navigation(who, currentPath), flash));
        String html = templates.render(template, all);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.getWriter().write(html);
    }

    private List<NavSection> navigation(SignedIn who, String currentPath) {
        List<NavSection> sections = new ArrayList<>();
        List<NavLink> host = new ArrayList<>();
        for (NavLink screen : HOST_SCREENS) {
            boolean active = screen.path().equals("/") ? currentPath.equals("/") : currentPath.startsWith(screen.path());
            host.add(new NavLink(screen.path(), screen.text(), active));
        }
        sections.add(new NavSection("Host", host));
        NavSection category = null;
        for (Contribution page : registry.navigation(who.user())) { // grouped by category already
            if (category == null || !category.heading().equals(page.category())) {
                category = new NavSection(page.category(), new ArrayList<>());
                sections.add(category);
            }
            String path = ContributionDispatcher.MOUNT_ROOT + page.label();
            category.links().add(new NavLink(path, page.title(),
                    currentPath.equals(path) || currentPath.startsWith(path + "/")));
        }
        return sections;
    }
}
