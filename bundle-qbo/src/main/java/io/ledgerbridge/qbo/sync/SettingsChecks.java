package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.SettingsProblem;
import io.ledgerbridge.qbo.mapping.Adjustments;
import io.ledgerbridge.qbo.mapping.CustomerMapper;
import io.ledgerbridge.qbo.mapping.InvoiceMapper;
import io.ledgerbridge.qbo.mapping.QboText;
import io.ledgerbridge.qbo.mapping.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What is checked when settings and mappings are saved, so a mistake is named on the settings page instead of
 * failing later as a push refused by QuickBooks: template fields the mappers do not fill, document numbers QuickBooks
 * would cut, and mapping rows pointing at inactive, unknown or wrongly typed QuickBooks entries.
 */
final class SettingsChecks {
    /** Invoices rendered to find document numbers QuickBooks would cut. */
    static final int DOC_NUMBER_SAMPLES = 500;
    /** The mappings page's headings, as remedies name them. */
    static final Map<MappingKind, String> HEADINGS = new EnumMap<>(Map.of(MappingKind.ITEM, "Items",
            MappingKind.DEPARTMENT_CLASS, "Department classes", MappingKind.TAX_CODE, "Tax codes",
            MappingKind.PAYMENT_DEPOSIT_ACCOUNT, "Payment deposit accounts", MappingKind.EXPENSE_PAYMENT_ACCOUNT,
            "Expense payment accounts", MappingKind.EXPENSE_CATEGORY_ACCOUNT, "Expense categories",
            MappingKind.CUSTOMER_LINK, "Customer links", MappingKind.CUSTOM_FIELD, "Custom fields"));
    private static final String MAPPINGS = "Settings → Integrations → QuickBooks → Mappings → ";
    private static final Set<String> DEPOSIT_TYPES = Set.of("Bank", "Other Current Asset");
    private static final Set<String> EXPENSE_TYPES = Set.of("Expense", "Other Expense", "Cost of Goods Sold");

    private final HostRecords records;
    private final QboGateway qbo;

    SettingsChecks(HostRecords records, QboGateway qbo) {
        this.records = records;
        this.qbo = qbo;
    }

    List<SettingsProblem> check(TenantId tenant, ConnectorSettings s) {
        List<SettingsProblem> out = new ArrayList<>();
        List<String> clashFields = Stream.concat(Stream.of("displayName"), CustomerMapper.CUSTOMER_FIELDS.stream())
                .toList();
        unknownFields(out, "customerDisplayNameTemplate", s.customerDisplayNameTemplate(),
                CustomerMapper.CUSTOMER_FIELDS);
        unknownFields(out, "projectDisplayNameTemplate", s.projectDisplayNameTemplate(), CustomerMapper.PROJECT_FIELDS);
        unknownFields(out, "docNumberTemplate", s.docNumberTemplate(), InvoiceMapper.DOC_NUMBER_FIELDS);
        unknownFields(out, "nameClashTemplate", s.nameClashTemplate(), clashFields);
        if (out.stream().noneMatch(p -> p.field().equals("docNumberTemplate"))) {
            cutDocNumbers(tenant, s).ifPresent(out::add);
        }
        return out;
    }

    private static void unknownFields(List<SettingsProblem> out, String field, String template, List<String> known) {
        List<String> unknown = Template.fields(template).stream().filter(f -> !known.contains(f)).toList();
        if (!unknown.isEmpty()) {
            out.add(new SettingsProblem(field, (unknown.size() == 1 ? "unknown field {" + unknown.get(0) + "}"
                    : "unknown fields {" + String.join("}, {", unknown) + "}") + " in '" + template + "'",
                    "use only the fields {" + String.join("}, {", known) + "}", true));
        }
    }

    /** A warning when the DocNumber template gives some invoice (or every invoice) more than 21 characters. */
    private Optional<SettingsProblem> cutDocNumbers(TenantId tenant, ConnectorSettings s) {
        String literal = Template.render(s.docNumberTemplate(), Map.of());
        String remedy = "shorten the template so numbers fit in " + QboText.DOC_NUMBER + " characters (for example "
                + "{invoiceNumber}), or save anyway if the cut numbers stay unique";
        if (literal.length() > QboText.DOC_NUMBER) {
            return Optional.of(new SettingsProblem("docNumberTemplate", "the template's own text is "
                    + literal.length() + " characters long, and QuickBooks keeps " + QboText.DOC_NUMBER
                    + ": every number is cut, so numbers can collide and QuickBooks refuses a number already used",
                    remedy, false));
        }
        int[] cut = {0};
        String[] example = {null};
        for (String id : UnmappedKeys.sample(records, tenant, RecordType.INVOICE, DOC_NUMBER_SAMPLES)) {
            Optional<HostInvoice> invoice = records.invoice(tenant, id);
            if (invoice.isEmpty()) {
                continue;
            }
            Adjustments adj = new Adjustments();
            String sent = InvoiceMapper.docNumber(invoice.get(), s, adj);
            String rendered = adj.originals().get("DocNumber");
            if (rendered != null && rendered.length() > QboText.DOC_NUMBER) {
                if (cut[0]++ == 0) {
                    example[0] = "invoice " + invoice.get().invoiceNumber() + " gives '" + rendered + "' ("
                            + rendered.length() + " characters), sent as '" + sent + "'";
                }
            }
        }
        if (cut[0] == 0) {
            return Optional.empty();
        }
        return Optional.of(new SettingsProblem("docNumberTemplate", cut[0] + " invoice number"
                + (cut[0] == 1 ? " is" : "s are") + " longer than the " + QboText.DOC_NUMBER + " characters QuickBooks "
                + "keeps and would be cut (" + example[0] + "): cut numbers can collide, and QuickBooks refuses a "
                + "number already used", remedy, false));
    }

    /**
     * @param tenant the tenant
     * @param rows the rows about to be saved
     * @return each row's problems, refusals first
     */
    List<SettingsProblem> checkMappings(TenantId tenant, List<Mapping> rows) {
        List<SettingsProblem> out = new ArrayList<>();
        Map<String, Map<String, ObjectNode>> lists = new HashMap<>();
        for (Mapping row : rows) {
            String entity = entity(row.kind());
            if (row.kind() == MappingKind.CUSTOM_FIELD) {
                unknownFields(out, label(row), row.remoteId() == null ? "" : row.remoteId(),
                        InvoiceMapper.CUSTOM_FIELD_FIELDS);
            }
            if (entity == null || row.remoteId() == null || row.remoteId().isBlank()) {
                continue;
            }
            Map<String, ObjectNode> list;
            try {
                list = lists.computeIfAbsent(entity, e -> byId(tenant, e));
            } catch (QboFault f) {
                out.add(new SettingsProblem(label(row), "not checked against QuickBooks: "
                        + FaultTranslator.forRead("the " + entity + " list", f).getMessage(),
                        "test the connection in Settings → Integrations → QuickBooks, then save the row again to "
                                + "have it checked", false));
                continue;
            }
            entry(out, row, "remoteId", entity, list.get(row.remoteId()));
            if (row.kind() == MappingKind.ITEM && row.extra() != null && !row.extra().isBlank()) {
                Map<String, ObjectNode> classes;
                try {
                    classes = lists.computeIfAbsent("Class", e -> byId(tenant, e));
                } catch (QboFault f) {
                    continue;
                }
                entry(out, row, "extra", "Class", classes.get(row.extra()));
            }
        }
        out.sort(Comparator.comparing(p -> !p.refused()));
        return out;
    }

    private Map<String, ObjectNode> byId(TenantId tenant, String entity) {
        Map<String, ObjectNode> out = new HashMap<>();
        // Tax codes are listed active only, as the mappings page lists them.
        qbo.query(tenant, entity, Map.of(), !"TaxCode".equals(entity))
                .forEach(n -> out.put(n.path("Id").asText(), n));
        return out;
    }

    /** The row's QuickBooks entry: it exists, is active, and (for accounts) is of the type QuickBooks demands. */
    private static void entry(List<SettingsProblem> out, Mapping row, String column, String entity, ObjectNode n) {
        String id = "extra".equals(column) ? row.extra() : row.remoteId();
        String what = words(entity);
        String remedy = "choose another " + what + " in " + MAPPINGS + HEADINGS.get(row.kind());
        if (n == null) {
            out.add(new SettingsProblem(label(row), "QuickBooks has no " + what + " with id " + id, remedy,
                    true));
            return;
        }
        String name = n.path("FullyQualifiedName").asText(n.path("Name").asText(id));
        if (!n.path("Active").asBoolean(true)) {
            out.add(new SettingsProblem(label(row), "the QuickBooks " + what + " '" + name + "' is inactive, and "
                    + "QuickBooks refuses an inactive " + what + " on new transactions", remedy
                    + ", or make '" + name + "' active again in QuickBooks", true));
            return;
        }
        if (!"Account".equals(entity)) {
            return;
        }
        String type = n.path("AccountType").asText("");
        switch (row.kind()) {
            case EXPENSE_PAYMENT_ACCOUNT -> {
                String needed = "CreditCard".equals(row.extra()) ? "Credit Card" : "Bank";
                if (!needed.equals(type)) {
                    out.add(new SettingsProblem(label(row), "'" + name + "' is a" + article(type) + " " + type
                            + " account, but QuickBooks takes a " + row.extra() + " payment only from a" + article(
                                    needed) + " " + needed + " account", "choose a " + needed + " account, or the "
                                            + "payment type that fits '" + name + "'", true));
                }
            }
            case PAYMENT_DEPOSIT_ACCOUNT -> {
                if (!DEPOSIT_TYPES.contains(type)) {
                    out.add(new SettingsProblem(label(row), "'" + name + "' is a" + article(type) + " " + type
                            + " account, but QuickBooks deposits payments only to a Bank or Other Current Asset "
                            + "account", "choose a Bank account, or Undeposited Funds", true));
                }
            }
            case EXPENSE_CATEGORY_ACCOUNT -> {
                if (!EXPENSE_TYPES.contains(type)) {
                    out.add(new SettingsProblem(label(row), "'" + name + "' is a" + article(type) + " " + type
                            + " account, not an expense account: expenses of this category would be booked there",
                            "choose an Expense, Other Expense or Cost of Goods Sold account unless this is meant",
                            false));
                }
            }
            default -> {
            }
        }
    }

    private static String article(String word) {
        return !word.isEmpty() && "AEIOU".indexOf(word.charAt(0)) >= 0 ? "n" : "";
    }

    private static String words(String entity) {
        return switch (entity) {
            case "TaxCode" -> "tax code";
            case "Class" -> "class";
            case "Item" -> "item";
            default -> "account";
        };
    }

    private static String entity(MappingKind kind) {
        return switch (kind) {
            case ITEM -> "Item";
            case DEPARTMENT_CLASS -> "Class";
            case TAX_CODE -> "TaxCode";
            case PAYMENT_DEPOSIT_ACCOUNT, EXPENSE_PAYMENT_ACCOUNT, EXPENSE_CATEGORY_ACCOUNT -> "Account";
            case CUSTOMER_LINK, CUSTOM_FIELD -> null;
        };
    }

    /**
     * @param row a mapping row
     * @return how problems name it: its table's heading and its host key
     */
    static String label(Mapping row) {
        return HEADINGS.get(row.kind()) + ": " + row.hostKey();
    }
}
