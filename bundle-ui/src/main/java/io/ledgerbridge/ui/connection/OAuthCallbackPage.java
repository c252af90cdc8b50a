package io.ledgerbridge.ui.connection;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.CompanySwitchException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.ui.page.ContributedPage;
import io.ledgerbridge.ui.page.PageRequest;
import io.ledgerbridge.ui.page.Views;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The OAuth redirect URI ({@code .../oauth/callback}): Intuit sends the administrator's browser here with the code,
 * state and realm id. Finishes the connection and returns to the QuickBooks page; asks for confirmation before
 * connecting a different company than before. Not listed in navigation.
 */
@Component(service = Servlet.class, property = {
        UiContribution.PROPERTY_LABEL + "=" + OAuthCallbackPage.LABEL,
        UiContribution.PROPERTY_TITLE + "=QuickBooks authorization",
        UiContribution.PROPERTY_CATEGORY + "=Settings/Integrations",
        UiContribution.PROPERTY_ROLE + "=" + UiContribution.ROLE_ADMINISTRATOR,
        UiContribution.PROPERTY_NAVIGATION + ":Boolean=false"})
public class OAuthCallbackPage extends ContributedPage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "oauth";

    private final transient AccountingConnector connector;

    /** @param connector the QuickBooks connector */
    @Activate
    public OAuthCallbackPage(@Reference(target = "(connector.id=quickbooks-online)") AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    protected void get(PageRequest page, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        complete(page, req, resp, false);
    }

    @Override
    protected void post(PageRequest page, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        complete(page, req, resp, "yes".equals(req.getParameter("confirm")));
    }

    private void complete(PageRequest page, HttpServletRequest req, HttpServletResponse resp, boolean confirm)
            throws IOException {
        AuthorizationCallback callback = new AuthorizationCallback(req.getParameter("code"),
                req.getParameter("state"), req.getParameter("realmId"), req.getParameter("error"),
                req.getParameter("error_description"), confirm);
        try {
            connector.connection().completeConnect(page.tenant(), page.sessionId(), callback);
            resp.sendRedirect(connectionPage(page) + "?m=connected");
        } catch (CompanySwitchException e) {
            fragment(resp, view(page, callback, e, e.chosenCompany()));
        } catch (LedgerBridgeException e) {
            fragment(resp, view(page, callback, e, null));
        }
    }

    /** The failure with a way back; for a different company than before, the confirmation to connect it anyway. */
    static String view(PageRequest page, AuthorizationCallback callback, LedgerBridgeException error,
            String switchTo) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("callback", callback);
        if (switchTo != null) {
            model.put("switchTo", switchTo);
        }
        return Views.render(page, "callback.ftlh", model);
    }

    private static String connectionPage(PageRequest page) {
        return page.siblingPath(ConnectionPage.LABEL);
    }
}
