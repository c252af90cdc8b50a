package io.ledgerbridge.ui.record;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.RemoteView;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.ui.page.PageRequest;
import io.ledgerbridge.ui.page.Views;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The QuickBooks panel on a host record screen: whether the record is in QuickBooks, its QuickBooks id, when it was
 * last synced, what went wrong and what to do, and a button to push it again (product-docs 000: "Customers →
 * [Customer] → QuickBooks panel → Sync"). For every signed-in user of the tenant; administrators also see what
 * QuickBooks holds now, a link to open it there, and the repairs that fit (Unlink, Re-create, Follow the survivor,
 * and the repair page for Link). GET renders the panel for the record the host passes; POST re-syncs (or, for an
 * administrator, repairs) the record named in the form and returns to the record screen.
 */
public abstract class SyncStatusPanel extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The page repairs made here come from, as the audit names it. */
    static final String FROM = "record panel";

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
        write(resp, view(page, status, openConflictId(page, status), remote(page, record)));
    }

    /**
     * For administrators: what QuickBooks holds now and the repairs that fit (a read of QuickBooks, so only for those
     * who can act on it); a failure to read is said in the panel, never an error page.
     */
    private Object remote(PageRequest page, RecordRef record) {
        if (!page.user().administrator()) {
            return null;
        }
        try {
            return connector.repairs().remote(page.tenant(), record);
        } catch (LedgerBridgeException e) {
            return e;
        }
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
            String action = req.getParameter("action") == null ? "resync" : req.getParameter("action");
            if (!"resync".equals(action) && !page.user().administrator()) {
                resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
                write(resp, Views.render(page, "panel-error.ftlh", Map.of("error", new LedgerBridgeException(
                        "Only an administrator can repair a QuickBooks link", "ask an administrator"), "back", back)));
                return;
            }
            switch (action) {
                case "resync" -> connector.sync().resync(page.tenant(), record);
                case "unlink" -> connector.repairs().unlink(page.tenant(), record, page.user(), FROM);
                case "recreate" -> connector.repairs().recreate(page.tenant(), record, page.user(), FROM);
                case "follow" -> connector.repairs().followSurvivor(page.tenant(), record, page.user(), FROM);
                default -> throw new InvalidInputException("action", "'" + action + "' is not a panel action",
                        "use the panel's own buttons");
            }
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
        return view(page, status, conflictId, null);
    }

    /**
     * @param conflictId the record's open conflict, or {@code null} when none or not for this user
     * @param remote what QuickBooks holds (a {@link RemoteView}), why it could not be read (a
     *        {@link LedgerBridgeException}), or {@code null} for users who do not repair links
     */
    static String view(PageRequest page, RecordSyncStatus status, String conflictId, Object remote) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("administrator", page.user().administrator());
        model.put("conflictId", conflictId == null ? "" : conflictId);
        if (remote instanceof RemoteView view) {
            model.put("view", view);
            model.put("repairs", view.repairs().stream().map(Enum::name).toList());
            model.put("repairUrl", new io.ledgerbridge.ui.page.PageTools(page).settings("sync/repair?type="
                    + status.record().type() + "&id=" + java.net.URLEncoder.encode(status.record().hostId(),
                            java.nio.charset.StandardCharsets.UTF_8) + "&from=panel"));
        } else if (remote instanceof LedgerBridgeException unread) {
            model.put("unread", unread);
        }
        return Views.render(page, "record-panel.ftlh", model);
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
