package io.ledgerbridge.ui.connection;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.ui.connection.ConnectionView.Notice;
import io.ledgerbridge.ui.page.ContributedPage;
import io.ledgerbridge.ui.page.PageRequest;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Settings, Integrations, QuickBooks: connect, reconnect, disconnect and test the tenant's QuickBooks company, with
 * the status pill and token health. Administrators only.
 */
@Component(service = Servlet.class, property = {
        UiContribution.PROPERTY_LABEL + "=" + ConnectionPage.LABEL,
        UiContribution.PROPERTY_TITLE + "=QuickBooks",
        UiContribution.PROPERTY_CATEGORY + "=Settings/Integrations",
        UiContribution.PROPERTY_ROLE + "=" + UiContribution.ROLE_ADMINISTRATOR,
        UiContribution.PROPERTY_ORDER + ":Integer=10"})
public class ConnectionPage extends ContributedPage {
    private static final long serialVersionUID = 1L;
    public static final String LABEL = "quickbooks";
    /** Path (below the page) of the JSON downloads: {@code /diagnostics/customers}, {@code sub-customers}, {@code invoices}. */
    static final String DIAGNOSTICS = "/diagnostics/";

    private final transient AccountingConnector connector;

    /** @param connector the QuickBooks connector */
    @Activate
    public ConnectionPage(@Reference(target = "(connector.id=quickbooks-online)") AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    protected void get(PageRequest page, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path != null && path.startsWith(DIAGNOSTICS)) {
            download(page, path.substring(DIAGNOSTICS.length()), resp);
            return;
        }
        ConnectionStatus status = connector.connection().status(page.tenant());
        fragment(resp, ConnectionView.render(page, status, flash(req.getParameter("m"), status.state()), null));
    }

    /**
     * The message the callback's redirect asks for ({@code ?m=connected}), only while it is still true: a reloaded or
     * bookmarked URL must not say "connected" over a disconnected status.
     */
    static Notice flash(String message, ConnectionState state) {
        return "connected".equals(message) && state == ConnectionState.CONNECTED
                ? new Notice("ok", "QuickBooks connected", null) : null;
    }

    /** What a disconnect says: the connector's own message, and its remedy when Intuit did not confirm the revoke. */
    static Notice disconnected(ConnectionStatus after) {
        return new Notice("ok", after.message() == null ? "QuickBooks disconnected" : after.message(),
                after.remedy() == null ? "Past synced records stay in QuickBooks; nothing new is pushed."
                        : after.remedy());
    }

    @Override
    protected void post(PageRequest page, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getParameter("action");
        try {
            switch (action == null ? "" : action) {
                case "connect" -> {
                    AuthorizationStart start = connector.connection().beginConnect(page.tenant(), page.sessionId(),
                            callbackUri(page));
                    resp.sendRedirect(start.authorizationUrl().toString());
                }
                case "disconnect" -> {
                    ConnectionStatus after = connector.connection().disconnect(page.tenant());
                    render(page, resp, disconnected(after), null);
                }
                case "test" -> {
                    ConnectionTest test = connector.connection().test(page.tenant());
                    render(page, resp, null, test);
                }
                default -> {
                    resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    render(page, resp, new Notice("error", "Unknown action '" + action + "'",
                            "use the buttons on this page"), null);
                }
            }
        } catch (LedgerBridgeException e) {
            render(page, resp, new Notice("error", e.getMessage(), e.remedy()), null);
        }
    }

    private void render(PageRequest page, HttpServletResponse resp, Notice notice, ConnectionTest test)
            throws IOException {
        ConnectionStatus status = connector.connection().status(page.tenant());
        fragment(resp, ConnectionView.render(page, status, notice, test));
    }

    /**
     * Streams one QuickBooks list as a JSON download (product-docs 004: "Get QBO customers / jobs / invoices as
     * JSON"), page by page through the connector; the host passes it through untouched.
     */
    private void download(PageRequest page, String name, HttpServletResponse resp) throws IOException {
        DiagnosticsDump dump = switch (name) {
            case "customers" -> DiagnosticsDump.CUSTOMERS;
            case "sub-customers" -> DiagnosticsDump.SUB_CUSTOMERS;
            case "invoices" -> DiagnosticsDump.INVOICES;
            default -> null;
        };
        if (dump == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No diagnostics download '" + name
                    + "': use customers, sub-customers or invoices");
            return;
        }
        if (connector.connection().status(page.tenant()).state() != ConnectionState.CONNECTED) {
            resp.setStatus(HttpServletResponse.SC_CONFLICT);
            fragment(resp, ConnectionView.notice(new Notice("error", "No active QuickBooks connection",
                    "Connect QuickBooks on this page first")));
            return;
        }
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"quickbooks-" + name + ".json\"");
        connector.diagnostics().dump(page.tenant(), dump, resp.getOutputStream());
    }

    /** The callback page is mounted beside this one: {@code .../quickbooks} → {@code .../oauth/callback}. */
    static URI callbackUri(PageRequest page) {
        return URI.create(page.hostUrl() + page.siblingPath(OAuthCallbackPage.LABEL) + "/callback");
    }
}
