package io.ledgerbridge.ui.settings;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.RemoteOption;
import io.ledgerbridge.api.settings.SettingsProblem;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.ui.page.Notice;
import io.ledgerbridge.ui.page.PageContext;
import io.ledgerbridge.ui.page.Remedies;
import io.ledgerbridge.ui.page.SubPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings → Integrations → QuickBooks → Mappings: one section per {@link MappingKind}, with drop-downs of the
 * company's lists; the host keys records use that are not mapped yet come first, each with its own form.
 */
public final class MappingsPage implements SubPage {
    /** QuickBooks' payment types, the extra value of an expense payment account mapping. */
    static final List<String> PAYMENT_TYPES = List.of("Cash", "Check", "CreditCard");

    private final AccountingConnector connector;

    /** @param connector the connector */
    public MappingsPage(AccountingConnector connector) {
        this.connector = connector;
    }

    /**
     * How one table is shown.
     *
     * @param kind the table
     * @param list the remote list its ids come from, or {@code null} for free text
     * @param hostLabel the host key's column heading
     * @param remoteLabel the remote value's column heading
     * @param extra {@code "class"}, {@code "paymentType"} or {@code null}
     * @param help one line on what the table does
     */
    public record Kind(MappingKind kind, RemoteListKind list, String hostLabel, String remoteLabel, String extra,
            String help) {
        /** @return the section's anchor, as remedies link to it */
        public String anchor() {
            return kind.name().toLowerCase(Locale.ROOT);
        }

        /** @return the section's heading */
        public String title() {
            return Remedies.section(anchor());
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind(MappingKind.ITEM, RemoteListKind.ITEMS, "Service code", "QuickBooks item", "class",
                    "Invoice lines use the item of their service; unmapped lines use the default item."),
            new Kind(MappingKind.DEPARTMENT_CLASS, RemoteListKind.CLASSES, "Department", "QuickBooks class", null,
                    "Every service of a department gets its class, unless its item mapping names one."),
            new Kind(MappingKind.TAX_CODE, RemoteListKind.TAX_CODES, "VAT rate code", "QuickBooks tax code", null,
                    "Required for EU and Canada; lines without a rate use NONE. Unused in the US."),
            new Kind(MappingKind.PAYMENT_DEPOSIT_ACCOUNT, RemoteListKind.ACCOUNTS, "Payment method",
                    "Deposit account", null, "Where invoice payments received by each method are deposited."),
            new Kind(MappingKind.EXPENSE_PAYMENT_ACCOUNT, RemoteListKind.ACCOUNTS, "Expense payment method",
                    "Paid from account", "paymentType", "The bank or credit card account expenses are paid from."),
            new Kind(MappingKind.EXPENSE_CATEGORY_ACCOUNT, RemoteListKind.ACCOUNTS, "Expense category",
                    "Expense account", null, "The expense account each category is booked to."),
            new Kind(MappingKind.CUSTOMER_LINK, null, "Host customer id", "QuickBooks customer id", null,
                    "Links a customer to an existing QuickBooks customer instead of creating one."),
            new Kind(MappingKind.CUSTOM_FIELD, null, "QuickBooks custom field name", "Template", null,
                    "Fills an invoice custom field from a template over invoice fields, e.g. {invoiceNumber}."));

    @Override
    public void get(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Mappings has no page '" + ctx.rest() + "'");
            return;
        }
        Notice notice = switch (ctx.param("m")) {
            case "saved" -> Notice.ok("Saved the mapping of " + ctx.param("key"));
            case "removed" -> Notice.ok("Removed the mapping of " + ctx.param("key"));
            case "saved-all" -> Notice.ok("Saved " + ctx.param("n") + ("1".equals(ctx.param("n")) ? " mapping"
                    : " mappings"));
            default -> null;
        };
        page(ctx, notice, HttpServletResponse.SC_OK, Map.of());
    }

    @Override
    public void post(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Mappings has no page '" + ctx.rest() + "'");
            return;
        }
        TenantId tenant = ctx.page().tenant();
        try {
            if (!ctx.param("remove").isEmpty()) {
                remove(ctx, tenant, ctx.param("remove"));
                return;
            }
            switch (ctx.param("action")) {
                case "save-all" -> saveAll(ctx, tenant);
                case "save" -> {
                    MappingKind kind = kind(ctx.param("kind"));
                    String key = ctx.param("hostKey");
                    connector.settings().putMapping(tenant, new Mapping(kind, key, ctx.param("remoteId"),
                            ctx.param("extra")));
                    ctx.redirect("mappings?m=saved&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "#"
                            + kind.name().toLowerCase(Locale.ROOT));
                }
                case "remove" -> remove(ctx, tenant, ctx.param("kind") + ":" + ctx.param("hostKey"));
                default -> throw new InvalidInputException("action", "'" + ctx.param("action")
                        + "' is not an action", "use the buttons on this page");
            }
        } catch (LedgerBridgeException e) {
            page(ctx, new Notice("error", "Nothing was saved: " + e.getMessage(), e.remedy()),
                    e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST
                            : HttpServletResponse.SC_CONFLICT, Map.of());
        }
    }

    private void remove(PageContext ctx, TenantId tenant, String kindAndKey) throws IOException {
        int colon = kindAndKey.indexOf(':');
        MappingKind kind = kind(colon < 0 ? kindAndKey : kindAndKey.substring(0, colon));
        String key = colon < 0 ? "" : kindAndKey.substring(colon + 1);
        connector.settings().removeMapping(tenant, kind, key);
        ctx.redirect("mappings?m=removed&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "#"
                + kind.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The whole page in one post: every row whose value was chosen or changed is checked against QuickBooks, and
     * all are saved together, or none when one is refused (each refused row is named, the values typed are kept).
     */
    private void saveAll(PageContext ctx, TenantId tenant) throws IOException {
        List<Mapping> rows = new ArrayList<>();
        for (int n = 0; !ctx.param("kind." + n).isEmpty(); n++) {
            String remote = ctx.param("remoteId." + n);
            String key = ctx.param("hostKey." + n);
            String extra = ctx.param("extra." + n);
            String orig = ctx.req().getParameter("orig." + n);
            if (remote.isEmpty() || (orig != null && orig.equals(remote + "|" + extra))) {
                continue; // left unmapped, or unchanged
            }
            MappingKind kind = kind(ctx.param("kind." + n));
            if (key.isEmpty()) {
                throw new InvalidInputException(Remedies.section(kind.name()) + ": new row", "has a "
                        + "QuickBooks value but no " + hostLabel(kind), "type the host key of the "
                        + "new row, or set its value back to “— choose —”");
            }
            rows.add(new Mapping(kind, key, remote, extra.isEmpty() ? null : extra));
        }
        Map<String, Object> typed = new java.util.HashMap<>();
        rows.forEach(r -> typed.put(r.kind().name() + "|" + r.hostKey(), r));
        if (rows.isEmpty()) {
            page(ctx, Notice.ok("Nothing changed: no row was saved"), HttpServletResponse.SC_OK, Map.of());
            return;
        }
        List<SettingsProblem> problems = connector.settings().checkMappings(tenant, rows);
        List<SettingsProblem> refused = problems.stream().filter(SettingsProblem::refused).toList();
        if (!refused.isEmpty()) {
            page(ctx, new Notice("error", "Nothing was saved: " + refused.size() + (refused.size() == 1
                    ? " row was" : " rows were") + " refused", "correct the rows named below and save again"),
                    HttpServletResponse.SC_BAD_REQUEST, Map.of("problems", refused, "refused", true, "typed", typed));
            return;
        }
        connector.settings().putMappings(tenant, rows);
        if (problems.isEmpty()) {
            ctx.redirect("mappings?m=saved-all&n=" + rows.size());
            return;
        }
        page(ctx, Notice.ok("Saved " + rows.size() + (rows.size() == 1 ? " mapping" : " mappings")),
                HttpServletResponse.SC_OK, Map.of("problems", problems, "refused", false));
    }

    private static String hostLabel(MappingKind kind) {
        return KINDS.stream().filter(k -> k.kind() == kind).map(Kind::hostLabel).findFirst().orElse("host key")
                .toLowerCase(Locale.ROOT);
    }

    private static MappingKind kind(String value) {
        try {
            return MappingKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "'" + value + "' is not a mapping table",
                    "use the forms on this page");
        }
    }

    private void page(PageContext ctx, Notice notice, int status, Map<String, Object> extra) throws IOException {
        TenantId tenant = ctx.page().tenant();
        Map<RemoteListKind, List<RemoteOption>> lists = new EnumMap<>(RemoteListKind.class);
        Notice listsProblem = null;
        try {
            for (RemoteListKind list : List.of(RemoteListKind.ITEMS, RemoteListKind.CLASSES, RemoteListKind.TAX_CODES,
                    RemoteListKind.ACCOUNTS)) {
                lists.put(list, connector.settings().remoteOptions(tenant, list));
            }
        } catch (LedgerBridgeException e) {
            listsProblem = Notice.of(e);
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Kind k : KINDS) {
            Map<String, Object> s = PageContext.model();
            s.put("kind", k);
            s.put("rows", connector.settings().mappings(tenant, k.kind()));
            s.put("unmapped", connector.settings().unmappedKeys(tenant, k.kind()));
            if (k.list() != null && lists.containsKey(k.list())) {
                s.put("options", lists.get(k.list()));
            }
            if ("class".equals(k.extra()) && lists.containsKey(RemoteListKind.CLASSES)) {
                s.put("extraOptions", lists.get(RemoteListKind.CLASSES));
            }
            if (k.kind() == MappingKind.CUSTOMER_LINK) {
                s.put("suggestions", connector.settings().sampleRecords(tenant, RecordType.CUSTOMER, 200).stream()
                        .map(RecordRef::hostId).toList());
            }
            sections.add(s);
        }
        Map<String, Object> model = PageContext.model();
        model.put("typed", Map.of());
        model.put("problems", List.of());
        model.put("refused", false);
        model.putAll(extra);
        @SuppressWarnings("unchecked")
        List<SettingsProblem> problems = (List<SettingsProblem>) model.get("problems");
        model.put("badRows", problems.stream().map(SettingsProblem::field).toList());
        model.put("sections", sections);
        model.put("paymentTypes", PAYMENT_TYPES);
        if (listsProblem != null) {
            model.put("listsProblem", listsProblem);
        }
        if (notice != null) {
            model.put("notice", notice);
        }
        ctx.resp().setStatus(status);
        ctx.render("mappings.ftlh", model);
    }
}
