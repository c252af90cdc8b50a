package io.ledgerbridge.ui.books;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import io.ledgerbridge.ui.page.SubPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Settings → Integrations → QuickBooks → Books match: the last books-match report with its time, Run now, and per
 * difference its cause and the button of its action (Re-sync, the conflict's page, Unlink, Link). While a report is
 * asked for or running the page says so and reloads itself until it is kept.
 */
public final class BooksMatchPage implements SubPage {
    private final AccountingConnector connector;

    /** @param connector the connector */
    public BooksMatchPage(AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    public void get(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Books match has no page '" + ctx.rest() + "'");
            return;
        }
        page(ctx, flash(ctx), HttpServletResponse.SC_OK);
    }

    @Override
    public void post(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Books match has no page '" + ctx.rest() + "'");
            return;
        }
        var tenant = ctx.page().tenant();
        var user = ctx.page().user();
        try {
            switch (ctx.param("action")) {
                case "run" -> {
                    connector.booksMatch().request(tenant, user);
                    ctx.redirect("books?m=asked");
                }
                case "resync" -> {
                    connector.sync().resync(tenant, ctx.record("use the buttons of the report"));
                    ctx.redirect("books?m=resynced");
                }
                case "unlink" -> {
                    connector.booksMatch().unlink(tenant, ctx.record("use the buttons of the report"), user);
                    ctx.redirect("books?m=unlinked");
                }
                case "link" -> {
                    connector.booksMatch().link(tenant, ctx.record("use the buttons of the report"), ctx.param("remoteId"), user);
                    ctx.redirect("books?m=linked");
                }
                default -> page(ctx, new Notice("error", "Unknown action '" + ctx.param("action") + "'",
                        "use the buttons on this page"), HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (LedgerBridgeException e) {
            page(ctx, Notice.of(e), PageContext.status(e));
        }
    }

    private void page(PageContext ctx, Notice notice, int status) throws IOException {
        Map<String, Object> model = PageContext.model();
        Optional<BooksMatchReport> report = connector.booksMatch().latest(ctx.page().tenant());
        report.ifPresent(r -> model.put("report", r));
        if (notice != null) {
            model.put("notice", notice);
        }
        ctx.resp().setStatus(status);
        ctx.render("books.ftlh", model);
    }

    /** What the redirect after an action asks the page to say. */
    static Notice flash(PageContext ctx) {
        return switch (ctx.param("m")) {
            case "asked" -> Notice.ok("The report is running; this page shows it when it is done");
            case "resynced" -> Notice.ok("Queued to be pushed again; run the report once it reached QuickBooks");
            case "unlinked" -> Notice.ok("Unlinked; a record the host still has is pushed afresh");
            case "linked" -> Notice.ok("Linked; the two records are kept in step from now on");
            default -> null;
        };
    }

}
