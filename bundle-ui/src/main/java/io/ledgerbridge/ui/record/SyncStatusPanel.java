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
import io.ledgerbridge.ui.page.PageRequest;
import io.ledgerbridge.ui.page.Views;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

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
        write(resp, view(page, status, openConflictId(page, status)));
    }

    /** The record's open conflict, for administrators' link to it (the conflicts page refuses anyone else). */
    private String openConflictId(PageRequest page, RecordSyncStatus status) {
        if (status.state() != SyncState.CONFLICT || !page.user().administrator()) {
            return null;
        }
        return connector.conflicts().list(page.tenant(), new ConflictQuery(true, status.record().type(), 0, 500))
                .conflicts().stream().filter(c -> c.record().equals(status.record())).findFirst()
                .map(c -> c.conflictId()).orElse(null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRequest page = PageRequest.of(req);
        if (page.refusedForgery(req, resp)) {
            return;
        }
        String back = back(page, req.getHeader("Referer"));
        try {
            RecordRef record = RecordRef.of(recordType(req.getParameter("type")), req.getParameter("id"));
            connector.sync().resync(page.tenant(), record);
            resp.sendRedirect(back);
        } catch (LedgerBridgeException e) {
            resp.setStatus(e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_CONFLICT);
            write(resp, Views.render(page, "panel-error.ftlh", Map.of("error", e, "back", back)));
        }
    }

    /** The panel for one record's status; the conflict link only for those who may open the conflicts page. */
    static String view(PageRequest page, RecordSyncStatus status) {
        return view(page, status, null);
    }

    /** @param conflictId the record's open conflict, or {@code null} when none or not for this user */
    static String view(PageRequest page, RecordSyncStatus status, String conflictId) {
        return Views.render(page, "record-panel.ftlh", Map.of("status", status, "administrator",
                page.user().administrator(), "conflictId", conflictId == null ? "" : conflictId));
    }

    private static void write(HttpServletResponse resp, String html) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(html);
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
