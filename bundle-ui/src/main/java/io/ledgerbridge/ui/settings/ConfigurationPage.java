package io.ledgerbridge.ui.settings;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.SettingsProblem;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import io.ledgerbridge.ui.page.SubPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings → Integrations → QuickBooks → Configuration: every per-tenant setting, with the default item, class and
 * tax item from the company's lists, and a live preview of the name templates on a real host record as QuickBooks
 * would receive it. A form with any refused value is shown again with each refused value named; nothing is saved.
 */
public final class ConfigurationPage implements SubPage {
    static final int SAMPLES = 25;
    /** HTTP 422: the form was understood and refused. */
    static final int SC_UNPROCESSABLE = 422;

    private final AccountingConnector connector;

    /** @param connector the connector */
    public ConfigurationPage(AccountingConnector connector) {
        this.connector = connector;
    }

    @Override
    public void get(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Configuration has no page '" + ctx.rest() + "'");
            return;
        }
        ConnectorSettings current = connector.settings().settings(ctx.page().tenant());
        Notice notice = "saved".equals(ctx.param("m")) ? Notice.ok("Settings saved") : null;
        page(ctx, new SettingsForm.Result(SettingsForm.values(current), current, Map.of()), notice,
                HttpServletResponse.SC_OK);
    }

    @Override
    public void post(PageContext ctx) throws IOException {
        TenantId tenant = ctx.page().tenant();
        SettingsForm.Result form = SettingsForm.read(ctx, connector.settings().settings(tenant));
        if (ctx.rest().equals("preview")) {
            Map<String, Object> model = PageContext.model();
            preview(ctx, form, model);
            ctx.renderPiece("config-preview.ftlh", model);
            return;
        }
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Configuration has no page '" + ctx.rest() + "'");
            return;
        }
        if (form.settings() == null) {
            page(ctx, form, new Notice("error", "Nothing was saved: " + form.errors().size()
                    + (form.errors().size() == 1 ? " value was" : " values were") + " refused",
                    "correct the fields marked below and save again"), SC_UNPROCESSABLE);
            return;
        }
        if ("preview".equals(ctx.param("action"))) {
            page(ctx, form, new Notice("info", "Preview only: nothing was saved", null), HttpServletResponse.SC_OK);
            return;
        }
        try {
            List<SettingsProblem> problems = connector.settings().check(tenant, form.settings());
            Map<String, SettingsForm.FieldError> refused = new java.util.LinkedHashMap<>();
            List<SettingsProblem> warnings = new ArrayList<>();
            for (SettingsProblem p : problems) {
                if (p.refused()) {
                    refused.putIfAbsent(p.field(), new SettingsForm.FieldError(p.field(),
                            SettingsForm.LABELS.getOrDefault(p.field(), p.field()), p.message(), p.remedy()));
                } else {
                    warnings.add(p);
                }
            }
            if (!refused.isEmpty()) {
                page(ctx, new SettingsForm.Result(form.values(), form.settings(), refused), new Notice("error",
                        "Nothing was saved: " + refused.size() + (refused.size() == 1 ? " value was" : " values were")
                                + " refused", "correct the fields marked below and save again"), SC_UNPROCESSABLE);
                return;
            }
            // A warning is the administrator's to accept: shown first, saved with "Save anyway".
            if (!warnings.isEmpty() && !"accept".equals(ctx.param("warnings"))) {
                Map<String, Object> extra = PageContext.model();
                extra.put("warnings", warnings);
                page(ctx, form, new Notice("info", "Not saved yet: read the warning below", "save anyway, or change "
                        + "the settings and save again"), HttpServletResponse.SC_OK, extra);
                return;
            }
            connector.settings().updateSettings(tenant, form.settings());
            ctx.redirect("configuration?m=saved");
        } catch (LedgerBridgeException e) {
            page(ctx, form, Notice.of(e), HttpServletResponse.SC_CONFLICT);
        }
    }

    private void page(PageContext ctx, SettingsForm.Result form, Notice notice, int status) throws IOException {
        page(ctx, form, notice, status, Map.of());
    }

    private void page(PageContext ctx, SettingsForm.Result form, Notice notice, int status, Map<String, Object> extra)
            throws IOException {
        TenantId tenant = ctx.page().tenant();
        Map<String, Object> model = PageContext.model();
        model.putAll(extra);
        model.put("labels", SettingsForm.LABELS);
        model.put("form", form.values());
        model.put("errors", form.errors());
        model.put("locales", List.of("US", "EU", "CANADA"));
        model.put("states", Arrays.stream(InvoiceStatus.values()).filter(s -> s != InvoiceStatus.DRAFT)
                .map(Enum::name).toList());
        try {
            model.put("items", connector.settings().remoteOptions(tenant, RemoteListKind.ITEMS));
            model.put("classes", connector.settings().remoteOptions(tenant, RemoteListKind.CLASSES));
        } catch (LedgerBridgeException e) {
            model.put("listsProblem", Notice.of(e));
        }
        List<RecordRef> samples = new ArrayList<>();
        for (RecordType type : List.of(RecordType.CUSTOMER, RecordType.PROJECT, RecordType.INVOICE)) {
            samples.addAll(connector.settings().sampleRecords(tenant, type, SAMPLES));
        }
        model.put("samples", samples);
        preview(ctx, form, model);
        if (notice != null) {
            model.put("notice", notice);
        }
        ctx.resp().setStatus(status);
        ctx.render("configuration.ftlh", model);
    }

    /** The previews for the chosen record (or the host's first customer), under the settings as typed. */
    private void preview(PageContext ctx, SettingsForm.Result form, Map<String, Object> model) {
        TenantId tenant = ctx.page().tenant();
        RecordRef record = chosen(ctx.param("previewRecord"));
        if (record == null) {
            record = connector.settings().sampleRecords(tenant, RecordType.CUSTOMER, 1).stream().findFirst()
                    .orElse(null);
        }
        if (record == null) {
            model.put("previewProblem", "The host has no customer to preview the templates on yet.");
            return;
        }
        model.put("previewRecord", record.type() + ":" + record.hostId());
        if (form.settings() == null) {
            model.put("previewProblem", "Correct the refused values to see the preview.");
            return;
        }
        try {
            model.put("previews", connector.settings().preview(tenant, form.settings(), record));
        } catch (LedgerBridgeException e) {
            model.put("previewProblem", e.getMessage() + (e.remedy() == null ? "" : ": " + e.remedy()));
        }
    }

    private static RecordRef chosen(String value) {
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1) {
            return null;
        }
        try {
            return RecordRef.of(RecordType.valueOf(value.substring(0, colon)), value.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
