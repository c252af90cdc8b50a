package io.ledgerbridge.ui.record;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.ui.connection.ConnectionPage;
import io.ledgerbridge.ui.page.Html;
import io.ledgerbridge.ui.page.PageRequest;
import io.ledgerbridge.ui.page.Styles;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The QuickBooks panel on a host record screen: whether the record is in QuickBooks, its QuickBooks id, when it was
 * last synced, what went wrong and what to do, and a button to push it again (product-docs 000: "Customers →
 * [Customer] → QuickBooks panel → Sync"). For every signed-in user of the tenant. GET renders the panel for the
 * record the host passes; POST re-syncs the record named in the form and returns to the record screen.
 */
public abstract class SyncStatusPanel extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AccountingConnector connector;

    /** @param connector the QuickBooks connector */
    protected SyncStatusPanel(AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRequest page = PageRequest.of(req);
        if (!(req.getAttribute(UiContribution.ATTR_RECORD) instanceof RecordRef record)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "This panel is shown on a record screen");
            return;
        }
        RecordSyncStatus status = connector.sync().status(page.tenant(), record);
        write(resp, SyncStatusView.render(page, status, conflictHref(page, status)));
    }

    /** The record's open conflict on the Conflicts page, for administrators (the page refuses anyone else). */
    private String conflictHref(PageRequest page, RecordSyncStatus status) {
        if (status.state() != SyncState.CONFLICT || !page.user().administrator()) {
            return null;
        }
        return connector.conflicts().list(page.tenant(), new ConflictQuery(true, status.record().type(), 0, 500))
                .conflicts().stream().filter(c -> c.record().equals(status.record())).findFirst()
                .map(c -> page.siblingPath(ConnectionPage.LABEL) + "/conflicts#conflict-" + c.conflictId())
                .orElse(null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRequest page = PageRequest.of(req);
        String back = back(page, req.getHeader("Referer"));
        try {
            RecordRef record = RecordRef.of(recordType(req.getParameter("type")), req.getParameter("id"));
            connector.sync().resync(page.tenant(), record);
            resp.sendRedirect(back);
        } catch (LedgerBridgeException e) {
            resp.setStatus(e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_CONFLICT);
            write(resp, "<div class=\"lb-notice lb-notice-error\" role=\"alert\"><p class=\"lb-message\">"
                    + Html.escape(e.getMessage()) + "</p><p class=\"lb-remedy\">" + Html.escape(e.remedy())
                    + "</p></div><p><a href=\"" + Html.escape(back) + "\">Back</a></p>");
        }
    }

    private static void write(HttpServletResponse resp, String html) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(Styles.prepend(html));
    }

    private static RecordType recordType(String value) {
        try {
            return RecordType.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "'" + value + "' is not a record type",
                    "use the panel's own Sync button");
        }
    }

    /**
     * The record screen the button was pressed on (the Referer, when it is a page of this host), else the host's
     * home: never another site (no open redirect).
     */
    static String back(PageRequest page, String referer) {
        if (referer == null || page.hostUrl().isEmpty() || !referer.startsWith(page.hostUrl() + "/")) {
            return "/";
        }
        String path = referer.substring(page.hostUrl().length());
        return path.startsWith("//") || path.contains("\\") ? "/" : path;
    }
}
