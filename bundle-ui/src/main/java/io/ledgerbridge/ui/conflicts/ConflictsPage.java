package io.ledgerbridge.ui.conflicts;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictPage;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import io.ledgerbridge.ui.page.SubPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Settings → Integrations → QuickBooks → Conflicts: the conflicts with filters and counts, each side by side (field,
 * host value, QuickBooks value) with Keep ours, Apply QuickBooks and Dismiss; several at once after a confirmation.
 */
public final class ConflictsPage implements SubPage {
    static final int PAGE_SIZE = 50;

    private final AccountingConnector connector;

    /** @param connector the connector */
    public ConflictsPage(AccountingConnector connector) {
        this.connector = connector;
    }

    /**
     * One conflict as the page shows it.
     *
     * @param conflict the conflict
     * @param fields the fields that differ, sorted
     */
    public record Row(Conflict conflict, List<String> fields) {
        static Row of(Conflict c) {
            TreeSet<String> fields = new TreeSet<>(c.hostValues().keySet());
            fields.addAll(c.remoteValues().keySet());
            return new Row(c, List.copyOf(fields));
        }
    }

    @Override
    public void get(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Conflicts has no page '" + ctx.rest() + "'");
            return;
        }
        Notice notice = "resolved".equals(ctx.param("m")) ? Notice.ok("Resolved " + ctx.param("n")
                + (ctx.param("n").equals("1") ? " conflict" : " conflicts")) : null;
        page(ctx, notice, null, HttpServletResponse.SC_OK);
    }

    @Override
    public void post(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Conflicts has no page '" + ctx.rest() + "'");
            return;
        }
        TenantId tenant = ctx.page().tenant();
        try {
            ConflictResolution resolution = resolution(ctx.param("resolution"));
            List<String> ids = "resolve".equals(ctx.param("action")) ? List.of(ctx.param("id")) : ctx.params("ids");
            if (!List.of("resolve", "bulk").contains(ctx.param("action"))) {
                throw new InvalidInputException("action", "'" + ctx.param("action") + "' is not an action",
                        "use the buttons on this page");
            }
            if (ids.isEmpty() || ids.stream().anyMatch(String::isBlank)) {
                throw new InvalidInputException("ids", "no conflict was chosen", "tick the conflicts to resolve");
            }
            if ("bulk".equals(ctx.param("action")) && !"yes".equals(ctx.param("confirm"))) {
                page(ctx, null, new Confirmation(ids, resolution), HttpServletResponse.SC_OK);
                return;
            }
            for (String id : ids) {
                connector.conflicts().resolve(tenant, id, resolution, ctx.page().user());
            }
            ctx.redirect("conflicts?m=resolved&n=" + ids.size());
        } catch (LedgerBridgeException e) {
            page(ctx, Notice.of(e), null, e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_CONFLICT);
        }
    }

    /**
     * A bulk resolution waiting for the administrator's confirmation.
     *
     * @param ids the conflicts
     * @param resolution the decision
     */
    public record Confirmation(List<String> ids, ConflictResolution resolution) {
    }

    private static ConflictResolution resolution(String value) {
        try {
            return ConflictResolution.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("resolution", "'" + value + "' is not a decision",
                    "choose Keep ours, Apply QuickBooks or Dismiss");
        }
    }

    private void page(PageContext ctx, Notice notice, Confirmation confirm, int status) throws IOException {
        TenantId tenant = ctx.page().tenant();
        Map<String, Object> model = PageContext.model();
        boolean openOnly = !"all".equals(ctx.param("show"));
        RecordType type = type(ctx.param("type"));
        model.put("openOnly", openOnly);
        model.put("type", type == null ? "" : type.name());
        model.put("types", List.of(RecordType.CUSTOMER, RecordType.PROJECT, RecordType.INVOICE, RecordType.EXPENSE,
                RecordType.PAYMENT));
        try {
            model.put("counts", connector.conflicts().counts(tenant));
            List<Row> rows = new ArrayList<>();
            if (!ctx.param("id").isEmpty()) {
                connector.conflicts().conflict(tenant, ctx.param("id")).map(Row::of).ifPresent(rows::add);
                model.put("total", rows.size());
            } else {
                ConflictPage page = connector.conflicts().list(tenant, new ConflictQuery(openOnly, type,
                        Math.max(0, offset(ctx)), PAGE_SIZE));
                page.conflicts().stream().map(Row::of).forEach(rows::add);
                model.put("total", page.total());
            }
            model.put("rows", rows);
        } catch (LedgerBridgeException e) {
            model.put("unavailable", Notice.of(e));
        }
        if (confirm != null) {
            model.put("confirm", confirm);
        }
        if (notice != null) {
            model.put("notice", notice);
        }
        ctx.resp().setStatus(status);
        ctx.render("conflicts.ftlh", model);
    }

    private static int offset(PageContext ctx) {
        try {
            return ctx.param("offset").isEmpty() ? 0 : Integer.parseInt(ctx.param("offset"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static RecordType type(String value) {
        try {
            return value.isEmpty() ? null : RecordType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
