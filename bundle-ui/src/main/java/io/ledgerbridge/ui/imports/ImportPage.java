package io.ledgerbridge.ui.imports;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import io.ledgerbridge.ui.page.PageTools;
import io.ledgerbridge.ui.page.SubPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings → Integrations → QuickBooks → Import: start an import of contacts and outstanding invoices (optionally
 * from a date, optionally as a dry run), its progress while it runs ({@code import/run?id=} answers the moving part
 * on its own for the page's script), and its report with the ambiguous matches to settle.
 */
public final class ImportPage implements SubPage {
    /** Records a dry run's report lists. */
    static final int PLAN_LIMIT = 500;
    static final int RECENT = 10;

    private final AccountingConnector connector;

    /** @param connector the connector */
    public ImportPage(AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    public void get(PageContext ctx) throws IOException {
        switch (ctx.rest()) {
            case "" -> page(ctx, "linked".equals(ctx.param("m")) ? Notice.ok("Linked the QuickBooks contact") : null,
                    Map.of(), HttpServletResponse.SC_OK);
            case "run" -> {
                Optional<ImportRun> run;
                try {
                    run = connector.imports().run(ctx.page().tenant(), ctx.param("id"));
                } catch (LedgerBridgeException e) {
                    run = Optional.empty();
                }
                if (run.isEmpty()) {
                    ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "No import '" + ctx.param("id") + "'");
                    return;
                }
                Map<String, Object> model = PageContext.model();
                model.put(PageTools.RECORD_NAMES, PageTools.names(connector.sync(), ctx.page().tenant()));
                model.put("run", run.get());
                plan(ctx.page().tenant(), run.get(), model);
                model.put("runs", connector.imports().recentRuns(ctx.page().tenant(), RECENT));
                ctx.renderPiece("import-live.ftlh", model);
            }
            default -> ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Import has no page '" + ctx.rest()
                    + "'");
        }
    }

    @Override
    public void post(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Import has no page '" + ctx.rest() + "'");
            return;
        }
        TenantId tenant = ctx.page().tenant();
        try {
            switch (ctx.param("action")) {
                case "start" -> {
                    ImportRun run = connector.imports().start(tenant, request(ctx), ctx.page().user());
                    ctx.redirect("import?id=" + url(run.importId()));
                }
                case "resolve" -> {
                    if (ctx.param("hostCustomerId").isEmpty()) {
                        throw new InvalidInputException("hostCustomerId", "no host customer was chosen",
                                "choose the customer the QuickBooks contact is");
                    }
                    connector.imports().resolveMatch(tenant, ctx.param("importId"), ctx.param("remoteId"),
                            ctx.param("hostCustomerId"), ctx.page().user());
                    ctx.redirect("import?m=linked&id=" + url(ctx.param("importId")));
                }
                default -> throw new InvalidInputException("action", "'" + ctx.param("action")
                        + "' is not an action", "use the buttons on this page");
            }
        } catch (LedgerBridgeException e) {
            page(ctx, Notice.of(e), Map.of("contacts", !ctx.param("contacts").isEmpty(), "invoices",
                    !ctx.param("invoices").isEmpty(), "invoicesFrom", ctx.param("invoicesFrom"), "dryRun",
                    !ctx.param("dryRun").isEmpty()), e instanceof InvalidInputException
                            ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
        }
    }

    /** The form as an import request; a date that is not one is refused by name. */
    static ImportRequest request(PageContext ctx) {
        LocalDate from = null;
        if (!ctx.param("invoicesFrom").isEmpty()) {
            try {
                from = LocalDate.parse(ctx.param("invoicesFrom"));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("invoicesFrom", "'" + ctx.param("invoicesFrom") + "' is not a date",
                        "give a date as YYYY-MM-DD, or leave it empty to import every outstanding invoice");
            }
        }
        return new ImportRequest(!ctx.param("contacts").isEmpty(), !ctx.param("invoices").isEmpty(), from,
                !ctx.param("dryRun").isEmpty());
    }

    private void page(PageContext ctx, Notice notice, Map<String, Object> typed, int status) throws IOException {
        TenantId tenant = ctx.page().tenant();
        Map<String, Object> model = PageContext.model();
        model.put(PageTools.RECORD_NAMES, PageTools.names(connector.sync(), tenant));
        model.put("form", typed.isEmpty() ? Map.of("contacts", true, "invoices", true, "invoicesFrom", "",
                "dryRun", false) : typed);
        try {
            List<ImportRun> runs = connector.imports().recentRuns(tenant, RECENT);
            model.put("runs", runs);
            String wanted = ctx.param("id");
            Optional<ImportRun> shown = wanted.isEmpty()
                    ? runs.stream().filter(r -> r.state() == SyncRunState.RUNNING).findFirst()
                    : connector.imports().run(tenant, wanted);
            shown.ifPresent(r -> {
                model.put("run", r);
                plan(tenant, r, model);
            });
        } catch (LedgerBridgeException e) {
            model.put("unavailable", Notice.of(e));
        }
        if (notice != null) {
            model.put("notice", notice);
        }
        ctx.resp().setStatus(status);
        ctx.render("import.ftlh", model);
    }

    /** A dry run's account of each record, as far as {@link #PLAN_LIMIT} goes. */
    private void plan(TenantId tenant, ImportRun run, Map<String, Object> model) {
        if (run.request().dryRun()) {
            model.put("plan", connector.imports().plan(tenant, run.importId(), PLAN_LIMIT));
            model.put("planLimit", PLAN_LIMIT);
        }
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
