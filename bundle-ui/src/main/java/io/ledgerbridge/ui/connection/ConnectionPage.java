package io.ledgerbridge.ui.connection;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.sync.ConnectionState;
import io.ledgerbridge.api.sync.ConnectionStatus;
import io.ledgerbridge.api.sync.ConnectionTest;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.ui.books.BooksMatchPage;
import io.ledgerbridge.ui.conflicts.ConflictsPage;
import io.ledgerbridge.ui.imports.ImportPage;
import io.ledgerbridge.ui.page.ContributedPage;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import io.ledgerbridge.ui.page.PageRequest;
import io.ledgerbridge.ui.page.PageTools;
import io.ledgerbridge.ui.page.SubPage;
import io.ledgerbridge.ui.page.Views;
import io.ledgerbridge.ui.settings.ConfigurationPage;
import io.ledgerbridge.ui.settings.MappingsPage;
import io.ledgerbridge.ui.sync.SyncPage;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Settings → Integrations → QuickBooks: connect, reconnect, disconnect and test the tenant's QuickBooks company, with
 * the status pill and token health; below it the sub-pages (Configuration, Mappings, Accounting sync, Conflicts,
 * Import) and the diagnostics downloads. Administrators only; any other path answers 404.
 */
@Component(service = Servlet.class, property = {
        UiContribution.PROPERTY_LABEL + "=" + PageTools.SETTINGS_LABEL,
        UiContribution.PROPERTY_TITLE + "=QuickBooks",
        UiContribution.PROPERTY_CATEGORY + "=Settings/Integrations",
        UiContribution.PROPERTY_ROLE + "=" + UiContribution.ROLE_ADMINISTRATOR,
        UiContribution.PROPERTY_ORDER + ":Integer=10"})
public class ConnectionPage extends ContributedPage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = PageTools.SETTINGS_LABEL;
    /** Path (below the page) of the JSON downloads: {@code /diagnostics/customers}, {@code sub-customers}, ... */
    static final String DIAGNOSTICS = "/diagnostics/";

    private final transient AccountingConnector connector;
    private final transient Map<String, SubPage> subPages;

    /** @param connector the QuickBooks connector */
    @Activate
    public ConnectionPage(@Reference(target = "(connector.id=quickbooks-online)") AccountingConnector connector) {
        this.connector = connector;
        Map<String, SubPage> pages = new HashMap<>();
        pages.put("configuration", new ConfigurationPage(connector));
        pages.put("mappings", new MappingsPage(connector));
        pages.put("sync", new SyncPage(connector));
        pages.put("conflicts", new ConflictsPage(connector));
        pages.put("import", new ImportPage(connector));
        pages.put("books", new BooksMatchPage(connector));
        this.subPages = Map.copyOf(pages);
    }

    @Override
    protected void get(PageRequest page, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path != null && path.startsWith(DIAGNOSTICS)) {
            download(page, path.substring(DIAGNOSTICS.length()), resp);
        } else if (isRoot(path)) {
            ConnectionStatus status = connector.connection().status(page.tenant());
            render(page, resp, status, flash(req.getParameter("m"), status.state()), null, false);
        } else {
            route(page, req, resp, path, false);
        }
    }

    @Override
    protected void post(PageRequest page, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (isRoot(path)) {
            connectionAction(page, req, resp);
        } else {
            route(page, req, resp, path, true);
        }
    }

    private static boolean isRoot(String path) {
        return path == null || path.isEmpty() || path.equals("/");
    }

    private void route(PageRequest page, HttpServletRequest req, HttpServletResponse resp, String path, boolean post)
            throws IOException {
        String[] parts = path.substring(1).split("/", 2);
        SubPage sub = subPages.get(parts[0]);
        if (sub == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "The QuickBooks settings have no page '" + path
                    + "': use Connection, Configuration, Mappings, Accounting sync, Conflicts or Import");
            return;
        }
        PageContext ctx = new PageContext(page, req, resp, parts.length > 1 ? parts[1] : "");
        if (post) {
            sub.post(ctx);
        } else {
            sub.get(ctx);
        }
    }

    /**
     * The message the callback's redirect asks for ({@code ?m=connected}), only while it is still true: a reloaded or
     * bookmarked URL must not say "connected" over a disconnected status.
     */
    static Notice flash(String message, ConnectionState state) {
        return "connected".equals(message) && state == ConnectionState.CONNECTED ? Notice.ok("QuickBooks connected")
                : null;
    }

    /** What a disconnect says: the connector's own message, and its remedy when Intuit did not confirm the revoke. */
    static Notice disconnected(ConnectionStatus after) {
        return new Notice("ok", after.message() == null ? "QuickBooks disconnected" : after.message(),
                after.remedy() == null ? "Past synced records stay in QuickBooks; nothing new is pushed."
                        : after.remedy());
    }

    private void connectionAction(PageRequest page, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        String action = req.getParameter("action");
        try {
            switch (action == null ? "" : action) {
                case "connect" -> {
                    AuthorizationStart start = connector.connection().beginConnect(page.tenant(), page.sessionId(),
                            connector.connection().configuredRedirectUri().orElseGet(() -> callbackUri(page)));
                    resp.sendRedirect(start.authorizationUrl().toString());
                }
                case "disconnect" -> {
                    if (!"yes".equals(req.getParameter("confirm"))) {
                        render(page, resp, connector.connection().status(page.tenant()), null, null, true);
                        return;
                    }
                    ConnectionStatus after = connector.connection().disconnect(page.tenant());
                    render(page, resp, connector.connection().status(page.tenant()), disconnected(after), null,
                            false);
                }
                case "test" -> {
                    ConnectionTest test = connector.connection().test(page.tenant());
                    render(page, resp, connector.connection().status(page.tenant()), null, test, false);
                }
                default -> {
                    resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    render(page, resp, connector.connection().status(page.tenant()), new Notice("error",
                            "Unknown action '" + action + "'", "use the buttons on this page"), null, false);
                }
            }
        } catch (LedgerBridgeException e) {
            render(page, resp, connector.connection().status(page.tenant()), Notice.of(e), null, false);
        }
    }

    static String view(PageRequest page, ConnectionStatus status, Notice notice, ConnectionTest test,
            boolean confirmDisconnect) {
        return view(page, status, notice, test, confirmDisconnect, null);
    }

    static String view(PageRequest page, ConnectionStatus status, Notice notice, ConnectionTest test,
            boolean confirmDisconnect, Map<String, Object> firstRun) {
        Map<String, Object> model = new HashMap<>();
        if (firstRun != null) {
            model.put("firstRun", firstRun);
        }
        model.put("status", status);
        if (notice != null) {
            model.put("notice", notice);
        }
        if (test != null) {
            model.put("test", test);
        }
        model.put("confirmDisconnect", confirmDisconnect);
        return Views.render(page, "connection.ftlh", model);
    }

    private void render(PageRequest page, HttpServletResponse resp, ConnectionStatus status, Notice notice,
            ConnectionTest test, boolean confirmDisconnect) throws IOException {
        fragment(resp, view(page, status, notice, test, confirmDisconnect, firstRun(page, status)));
    }

    /**
     * The first-run checklist, while sync is still off for the organisation (it starts off): connect, review the
     * configuration and mappings, turn sync on. {@code null} once sync is on.
     */
    private Map<String, Object> firstRun(PageRequest page, ConnectionStatus status) {
        if (connector.settings().settings(page.tenant()).enabled()) {
            return null;
        }
        int unmapped = 0;
        for (MappingKind kind : MappingKind.values()) {
            unmapped += connector.settings().unmappedKeys(page.tenant(), kind).size();
        }
        return Map.of("connected", status.state() == ConnectionState.CONNECTED, "unmapped", unmapped);
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
        ConnectionStatus status = connector.connection().status(page.tenant());
        if (status.state() != ConnectionState.CONNECTED) {
            resp.setStatus(HttpServletResponse.SC_CONFLICT);
            render(page, resp, status, new Notice("error", "No active QuickBooks connection",
                    "Connect QuickBooks on this page first"), null, false);
            return;
        }
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"quickbooks-" + name + ".json\"");
        connector.diagnostics().dump(page.tenant(), dump, resp.getOutputStream());
    }

    /**
     * The callback page is mounted beside this one: {@code .../quickbooks} → {@code .../oauth/callback}. Used only
     * when the connector has no configured redirect URI (behind a proxy the host's URL is not the registered one).
     */
    static URI callbackUri(PageRequest page) {
        return URI.create(page.hostUrl() + page.siblingPath(OAuthCallbackPage.LABEL) + "/callback");
    }
}
