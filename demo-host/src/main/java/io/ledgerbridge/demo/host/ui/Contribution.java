package io.ledgerbridge.demo.host.ui;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * One page or record panel a connector contributed, read from its service properties (see {@link UiContribution}).
 * The host initialises the servlet on first use with the host's servlet context, and destroys it when the service
 * goes away.
 */
public final class Contribution {
    /** Category of pages that name none. */
    public static final String DEFAULT_CATEGORY = "Integrations";

    private final Servlet servlet;
    private final String label;
    private final String title;
    private final String category;
    private final String role;
    private final String kind;
    private final RecordType recordType;
    private final boolean navigation;
    private final int order;
    private boolean initialized;

    /**
     * @param servlet the contributed servlet
     * @param properties its service properties
     * @throws IllegalArgumentException when a required property is missing or malformed
     */
    public Contribution(Servlet servlet, Map<String, ?> properties) {
        this.servlet = servlet;
        this.label = text(properties, UiContribution.PROPERTY_LABEL, null);
        if (label == null || !label.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(UiContribution.PROPERTY_LABEL + " '" + label
                    + "' must be a URL segment of letters, digits, '.', '_' or '-'");
        }
        this.title = text(properties, UiContribution.PROPERTY_TITLE, label);
        this.category = text(properties, UiContribution.PROPERTY_CATEGORY, DEFAULT_CATEGORY);
        this.role = text(properties, UiContribution.PROPERTY_ROLE, UiContribution.ROLE_ADMINISTRATOR);
        this.kind = text(properties, UiContribution.PROPERTY_KIND, UiContribution.KIND_PAGE);
        String type = text(properties, UiContribution.PROPERTY_RECORD_TYPE, null);
        this.recordType = type == null ? null : RecordType.valueOf(type.toUpperCase(Locale.ROOT));
        Object nav = properties.get(UiContribution.PROPERTY_NAVIGATION);
        this.navigation = nav == null || Boolean.parseBoolean(nav.toString());
        Object ord = properties.get(UiContribution.PROPERTY_ORDER);
        this.order = ord instanceof Number n ? n.intValue() : ord == null ? 100 : Integer.parseInt(ord.toString().strip());
    }

    private static String text(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
    }

    /**
     * @param user a signed-in user
     * @return whether the user holds the role the contribution requires
     */
    public boolean allows(HostUser user) {
        return user.roles().contains(role);
    }

    /** @return whether this is a page (not a record panel) */
    public boolean isPage() {
        return !UiContribution.KIND_RECORD_PANEL.equals(kind);
    }

    /**
     * @param type a record type
     * @return whether this is a panel for records of that type
     */
    public boolean isPanelFor(RecordType type) {
        return UiContribution.KIND_RECORD_PANEL.equals(kind) && type == recordType;
    }

    /**
     * @param context the host's servlet context
     * @return the servlet, initialised
     * @throws ServletException when the servlet refuses to initialise
     */
    public synchronized Servlet servlet(ServletContext context) throws ServletException {
        if (!initialized) {
            servlet.init(new ServletConfig() {
                @Override
                public String getServletName() {
                    return label;
                }

                @Override
                public ServletContext getServletContext() {
                    return context;
                }

                @Override
                public String getInitParameter(String name) {
                    return null;
                }

                @Override
                public Enumeration<String> getInitParameterNames() {
                    return Collections.emptyEnumeration();
                }
            });
            initialized = true;
        }
        return servlet;
    }

    /** Destroys the servlet if the host initialised it. */
    public synchronized void destroy() {
        if (initialized) {
            initialized = false;
            servlet.destroy();
        }
    }

    /** @return the raw servlet (for identity) */
    Servlet rawServlet() {
        return servlet;
    }

    /** @return the URL segment */
    public String label() {
        return label;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the navigation group */
    public String category() {
        return category;
    }

    /** @return the role required */
    public String role() {
        return role;
    }

    /** @return whether a page is listed in navigation */
    public boolean navigation() {
        return navigation;
    }

    /** @return the order within its category */
    public int order() {
        return order;
    }
}
