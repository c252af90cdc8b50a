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
            default -> null;
        };
        page(ctx, notice, HttpServletResponse.SC_OK);
    }

    @Override
    public void post(PageContext ctx) throws IOException {
        if (!ctx.rest().isEmpty()) {
            ctx.resp().sendError(HttpServletResponse.SC_NOT_FOUND, "Mappings has no page '" + ctx.rest() + "'");
            return;
        }
        TenantId tenant = ctx.page().tenant();
        try {
            MappingKind kind = kind(ctx.param("kind"));
            String key = ctx.param("hostKey");
            switch (ctx.param("action")) {
                case "save" -> connector.settings().putMapping(tenant, new Mapping(kind, key, ctx.param("remoteId"),
                        ctx.param("extra")));
                case "remove" -> connector.settings().removeMapping(tenant, kind, key);
                default -> throw new InvalidInputException("action", "'" + ctx.param("action")
                        + "' is not an action", "use the buttons on this page");
            }
            ctx.redirect("mappings?m=" + ("save".equals(ctx.param("action")) ? "saved" : "removed") + "&key="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8) + "#" + kind.name().toLowerCase(Locale.ROOT));
        } catch (LedgerBridgeException e) {
            page(ctx, new Notice("error", "Nothing was saved: " + e.getMessage(), e.remedy()),
                    e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST
                            : HttpServletResponse.SC_CONFLICT);
        }
    }

    private static MappingKind kind(String value) {
        try {
            return MappingKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "'" + value + "' is not a mapping table",
                    "use the forms on this page");
        }
    }

    private void page(PageContext ctx, Notice notice, int status) throws IOException {
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
