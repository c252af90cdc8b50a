package io.ledgerbridge.ui.connection;

import static io.ledgerbridge.ui.page.Html.escape;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.CompanySwitchException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.sync.AuthorizationCallback;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.ui.connection.ConnectionView.Notice;
import io.ledgerbridge.ui.page.ContributedPage;
import io.ledgerbridge.ui.page.PageRequest;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
            fragment(resp, confirmation(page, callback, e));
        } catch (LedgerBridgeException e) {
            fragment(resp, "<section class=\"lb-callback\">"
                    + ConnectionView.notice(new Notice("error", e.getMessage(), e.remedy()))
                    + "<p class=\"lb-back\"><a class=\"lb-button lb-secondary\" id=\"lb-back\" href=\""
                    + escape(connectionPage(page)) + "\">Back to QuickBooks settings</a></p></section>");
        }
    }

    private static String confirmation(PageRequest page, AuthorizationCallback callback, CompanySwitchException e) {
        return "<section class=\"lb-callback\">"
                + ConnectionView.notice(new Notice("error", e.getMessage(), e.remedy()))
                + "<form class=\"lb-actions\" method=\"post\" action=\"" + escape(page.mountPath() + "/callback")
                + "\">"
                + page.csrfField()
                + hidden("code", callback.code()) + hidden("state", callback.state())
                + hidden("realmId", callback.companyId()) + hidden("confirm", "yes")
                + "<button type=\"submit\" class=\"lb-button lb-danger\" id=\"lb-confirm-switch\">"
                + "Connect company " + escape(e.chosenCompany()) + "</button> "
                + "<a class=\"lb-button lb-secondary\" href=\"" + escape(connectionPage(page)) + "\">Cancel</a>"
                + "</form></section>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    private static String connectionPage(PageRequest page) {
        return page.siblingPath(ConnectionPage.LABEL);
    }
}
