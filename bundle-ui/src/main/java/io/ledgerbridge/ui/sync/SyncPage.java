package io.ledgerbridge.ui.sync;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import io.ledgerbridge.ui.page.PageTools;
import io.ledgerbridge.ui.page.SubPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings → Integrations → QuickBooks → Accounting sync (Invoiced's model): Sync now with its counts moving while it
 * runs ({@code sync/run?id=} answers the live part on its own, which the page's script fetches; without script the
 * page offers a refresh link), the Recent syncs table, and the open per-record errors with Retry, Ignore and Repair
 * (the record's {@link RepairPage}).
 */
public final class SyncPage implements SubPage {
    static final int RECENT = 10;
    static final int ERRORS = 100;

    private final AccountingConnector connector;
    private final RepairPage repair;

    /** @param connector the connector */
    public SyncPage(AccountingConnector connector) {
        this.connector = connector;
        this.repair = new RepairPage(connector);
    }

    @Override
    public void get(PageContext ctx) throws IOException {
        switch (ctx.rest()) {
            case "" -> page(ctx, flash(ctx), HttpServletResponse.SC_OK);
            case "run" -> {
                Optional<SyncRun> run = connector.sync().run(ctx.page().tenant(), ctx.param("id"));
                if (run.isEmpty()) {
                    ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "No sync run '" + ctx.param("id") + "'");
                    return;
                }
                Map<String, Object> model = PageContext.model();
                model.put(PageTools.RECORD_NAMES, PageTools.names(connector.sync(), ctx.page().tenant()));
                model.put("run", run.get());
                model.put("runs", connector.sync().recentRuns(ctx.page().tenant(), RECENT));
                ctx.renderPiece("sync-live.ftlh", model);
            }
            case "repair" -> repair.get(ctx);
            default -> ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Accounting sync has no page '"
                    + ctx.rest() + "'");
        }
    }

    @Override
    public void post(PageContext ctx) throws IOException {
        if ("repair".equals(ctx.rest())) {
            repair.post(ctx);
            return;
        }
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Accounting sync has no page '" + ctx.rest() + "'");
            return;
        }
        try {
            switch (ctx.param("action")) {
                case "sync" -> ctx.redirect("sync?run=" + url(connector.sync().syncNow(ctx.page().tenant()).runId()));
                case "retry" -> {
                    RecordRef record = ctx.record("use the buttons of the errors list");
                    connector.sync().resync(ctx.page().tenant(), record);
                    ctx.redirect("sync?m=retried&type=" + record.type() + "&id=" + url(record.hostId()));
                }
                case "ignore" -> {
                    RecordRef record = ctx.record("use the buttons of the errors list");
                    connector.sync().ignore(ctx.page().tenant(), record, ctx.page().user());
                    ctx.redirect("sync?m=ignored&type=" + record.type() + "&id=" + url(record.hostId()));
                }
                default -> page(ctx, new Notice("error", "Unknown action '" + ctx.param("action") + "'",
                        "use the buttons on this page"), HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (LedgerBridgeException e) {
            page(ctx, Notice.of(e), PageContext.status(e));
        }
    }

    private void page(PageContext ctx, Notice notice, int status) throws IOException {
        var tenant = ctx.page().tenant();
        List<SyncRun> runs = connector.sync().recentRuns(tenant, RECENT);
        Map<String, Object> model = PageContext.model();
        model.put(PageTools.RECORD_NAMES, PageTools.names(connector.sync(), tenant));
        model.put("runs", runs);
        model.put("failures", connector.sync().failures(tenant, ERRORS));
        model.put("settings", connector.settings().settings(tenant));
        String wanted = ctx.param("run");
        Optional<SyncRun> live = wanted.isEmpty()
                // An event run stays open for its whole window: the card follows runs someone started.
                ? runs.stream().filter(r -> r.state() == SyncRunState.RUNNING && r.trigger() != SyncTrigger.EVENT)
                        .findFirst()
                : connector.sync().run(tenant, wanted);
        live.ifPresent(r -> model.put("run", r));
        if (notice != null) {
            model.put("notice", notice);
        }
        ctx.resp().setStatus(status);
        ctx.render("sync.ftlh", model);
    }

    /** What the redirect after Retry or Ignore asks the page to say. */
    static Notice flash(PageContext ctx) {
        String what = ctx.param("type").toLowerCase(java.util.Locale.ROOT) + " " + ctx.param("id");
        return switch (ctx.param("m")) {
            case "retried" -> Notice.ok("Queued " + what + " to be pushed again; it leaves the list once it reaches "
                    + "QuickBooks");
            case "ignored" -> Notice.ok("Ignored the error of " + what + "; its next change is pushed as usual");
            default -> null;
        };
    }


    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
