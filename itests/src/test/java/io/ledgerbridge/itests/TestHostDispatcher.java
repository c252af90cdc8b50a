package io.ledgerbridge.itests;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The least a host does to draw a contributed page: finds the Servlet service by its {@code ledgerbridge.ui.label},
 * sets the request attributes of the contract and dispatches. Registered on the real servlet whiteboard by the tests
 * at {@code /host/*}; the signed-in user is an administrator of tenant "acme".
 */
final class TestHostDispatcher extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String MOUNT = "/host";

    private final transient BundleContext context;

    TestHostDispatcher(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String label = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        Collection<ServiceReference<Servlet>> refs;
        try {
            refs = context.getServiceReferences(Servlet.class, "(" + UiContribution.PROPERTY_LABEL + "=" + label + ")");
        } catch (InvalidSyntaxException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (refs.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no page " + label);
            return;
        }
        ServiceReference<Servlet> ref = refs.iterator().next();
        Servlet page = context.getService(ref);
        try {
            req.setAttribute(UiContribution.ATTR_USER, new HostUser("ada", "Ada", null, TenantId.of("acme"), true));
            req.setAttribute(UiContribution.ATTR_CSRF_TOKEN, "test-token");
            req.setAttribute(UiContribution.ATTR_MOUNT_PATH, MOUNT + "/" + label);
            req.setAttribute(UiContribution.ATTR_HOST_URL, "http://127.0.0.1:" + req.getLocalPort());
            req.setAttribute(UiContribution.ATTR_SESSION_ID, "session-1");
            // The contract: the page sees the rest of the path below its mount as its path info.
            String rest = path.length() > label.length() ? path.substring(label.length()) : null;
            page.service(new HttpServletRequestWrapper(req) {
                @Override
                public String getPathInfo() {
                    return rest;
                }
            }, resp);
        } finally {
            context.ungetService(ref);
        }
    }
}
