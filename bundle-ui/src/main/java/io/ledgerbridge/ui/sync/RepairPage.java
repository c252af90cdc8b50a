package io.ledgerbridge.ui.sync;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.RemoteRecord;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Accounting sync → Repair ({@code sync/repair?type=&id=}): one record's link to QuickBooks, reached from the errors
 * list or the record panel's "Link to a QuickBooks record": its status, what QuickBooks holds now and where to open
 * it, the repairs that fit (Unlink, Re-create in QuickBooks, Follow the survivor), and a search of QuickBooks' records
 * by name, number or e-mail whose results each have a Link button (an id is never typed). Administrators only, as
 * every settings page; each decision is audited with the page it came from.
 */
final class RepairPage {
    static final int RESULTS = 20;

    private final AccountingConnector connector;

    RepairPage(AccountingConnector connector) {
        this.connector = connector;
    }

    void get(PageContext ctx) throws IOException {
        RecordRef record = record(ctx);
        if (record != null) {
            page(ctx, record, flash(ctx, record), HttpServletResponse.SC_OK);
        }
    }

    void post(PageContext ctx) throws IOException {
        RecordRef record = record(ctx);
        if (record == null) {
            return;
        }
        var tenant = ctx.page().tenant();
        HostUser by = ctx.page().user();
        String from = from(ctx);
        try {
            switch (ctx.param("action")) {
                case "unlink" -> connector.repairs().unlink(tenant, record, by, from);
                case "recreate" -> connector.repairs().recreate(tenant, record, by, from);
                case "follow" -> connector.repairs().followSurvivor(tenant, record, by, from);
                case "link" -> connector.repairs().link(tenant, record, ctx.param("remoteId"), by, from);
                default -> throw new InvalidInputException("action", "'" + ctx.param("action")
                        + "' is not a repair", "use the buttons on this page");
            }
            ctx.redirect(url(record, ctx.param("from")) + "&m=" + ctx.param("action"));
        } catch (LedgerBridgeException e) {
            page(ctx, record, Notice.of(e), e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_CONFLICT);
        }
    }

    private void page(PageContext ctx, RecordRef record, Notice notice, int status) throws IOException {
        var tenant = ctx.page().tenant();
        Map<String, Object> model = PageContext.model();
        model.put("record", record);
        model.put("from", ctx.param("from"));
        model.put("self", ctx.tools().settings(url(record, ctx.param("from"))));
        model.put("q", ctx.param("q"));
        Notice shown = notice;
        try {
            RecordSyncStatus current = connector.sync().status(tenant, record);
            model.put("status", current);
            var view = connector.repairs().remote(tenant, record);
            model.put("view", view);
            model.put("repairs", view.repairs().stream().map(Enum::name).toList());
            if (!ctx.param("q").isEmpty()) {
                List<RemoteRecord> found = connector.repairs().search(tenant, record.type(), ctx.param("q"), RESULTS);
                model.put("results", found);
            }
        } catch (LedgerBridgeException e) {
            shown = shown != null ? shown : Notice.of(e);
            status = status == HttpServletResponse.SC_OK && e instanceof InvalidInputException
                    ? HttpServletResponse.SC_BAD_REQUEST : status;
        }
        if (shown != null) {
            model.put("notice", shown);
        }
        ctx.resp().setStatus(status);
        ctx.render("repair.ftlh", model);
    }

    /** What the redirect after a repair asks the page to say. */
    private static Notice flash(PageContext ctx, RecordRef record) {
        String what = record.type().name().toLowerCase(java.util.Locale.ROOT) + " " + record.hostId();
        return switch (ctx.param("m")) {
            case "unlink" -> Notice.ok("Unlinked " + what + " from QuickBooks; its next push creates it anew");
            case "recreate" -> Notice.ok("Queued " + what + " to be created in QuickBooks again");
            case "follow" -> Notice.ok("Linked " + what + " to the surviving QuickBooks record; nothing was pushed");
            case "link" -> Notice.ok("Linked " + what + " to the QuickBooks record you chose; nothing was pushed, "
                    + "its next change updates it");
            default -> null;
        };
    }

    /** The page a decision was made from, as the audit names it. */
    private static String from(PageContext ctx) {
        return switch (ctx.param("from")) {
            case "panel" -> "record panel (QuickBooks repair page)";
            case "errors" -> "errors list (QuickBooks repair page)";
            default -> "QuickBooks repair page";
        };
    }

    static String url(RecordRef record, String from) {
        return "sync/repair?type=" + record.type() + "&id=" + URLEncoder.encode(record.hostId(),
                StandardCharsets.UTF_8) + (from == null || from.isEmpty() ? "" : "&from="
                        + URLEncoder.encode(from, StandardCharsets.UTF_8));
    }

    /** @return the record the request names, or {@code null} after answering 400 with the reason */
    private static RecordRef record(PageContext ctx) throws IOException {
        try {
            return RecordRef.of(RecordType.valueOf(ctx.param("type")), ctx.param("id"));
        } catch (IllegalArgumentException e) {
            ctx.resp().sendError(HttpServletResponse.SC_BAD_REQUEST, "'" + ctx.param("type") + "' is not a record "
                    + "type: open the repair page from the errors list or a record's QuickBooks panel");
            return null;
        } catch (InvalidInputException e) {
            ctx.resp().sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return null;
        }
    }
}
