package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.settings.UsTaxMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Host invoices to QuickBooks Invoices: DocNumber by template, SalesItemLines with item and class resolution, tax by
 * locale, memo and dates. Rules: developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/invoice and
 * .../workflows/manage-sales-tax-for-us-locales (and non-us-locales).
 */
public final class InvoiceMapper {
    private InvoiceMapper() {
    }

    /**
     * Item resolution: the item mapping of the line's service code; else, when items are created per line, an item
     * named after the line (a blank name uses the generic item); else the default item; else the generic item.
     *
     * @param line the host line
     * @param settings the tenant's settings
     * @param tables the mapping tables
     * @return the choice
     */
    public static ItemChoice itemFor(HostInvoiceLine line, ConnectorSettings settings, MappingTables tables) {
        var mapped = tables.find(MappingKind.ITEM, line.serviceCode());
        if (mapped.isPresent()) {
            return new ItemChoice.Known(mapped.get().remoteId());
        }
        if (settings.createItemsPerLine()) {
            String name = QboText.name("Item.Name", line.name(), QboText.ITEM_NAME, new Adjustments());
            return name == null ? new ItemChoice.Generic() : new ItemChoice.PerLine(name,
                    QboText.text("Item.Sku", line.catalogItemId(), QboText.ITEM_NAME, new Adjustments()));
        }
        return settings.defaultItemId() != null ? new ItemChoice.Known(settings.defaultItemId())
                : new ItemChoice.Generic();
    }

    /**
     * Class resolution: the item mapping's class, else the department's class, else the default class.
     *
     * @param line the host line
     * @param settings the tenant's settings
     * @param tables the mapping tables
     * @return the QuickBooks Class Id, or {@code null}
     */
    public static String classFor(HostInvoiceLine line, ConnectorSettings settings, MappingTables tables) {
        return tables.find(MappingKind.ITEM, line.serviceCode()).map(Mapping::extra)
                .or(() -> tables.find(MappingKind.DEPARTMENT_CLASS, line.department()).map(Mapping::remoteId))
                .orElse(settings.defaultClassId());
    }

    /**
     * Fails before any call when the invoice's currency cannot go to this company and customer: QuickBooks fixes a
     * customer's currency at create, and takes a foreign currency only with multi-currency on.
     *
     * @param invoice the host invoice
     * @param customerCurrency the customer's currency, or {@code null} for the home currency
     * @param homeCurrency the company's home currency
     * @param multiCurrency whether the company has multi-currency on
     */
    public static void checkCurrency(HostInvoice invoice, Currency customerCurrency, String homeCurrency,
            boolean multiCurrency) {
        String code = invoice.currency().getCurrencyCode();
        if (!code.equals(homeCurrency) && !multiCurrency) {
            throw new MappingException("Currency mismatch: invoice " + invoice.invoiceNumber() + " is in " + code
                    + " but the QuickBooks company works only in " + homeCurrency,
                    "Turn on multi-currency in QuickBooks, or invoice this customer in " + homeCurrency);
        }
        String customer = customerCurrency == null ? homeCurrency : customerCurrency.getCurrencyCode();
        if (!code.equals(customer)) {
            throw new MappingException("Currency mismatch: invoice " + invoice.invoiceNumber() + " is in " + code
                    + " but its customer is kept in " + customer + " in QuickBooks",
                    "Invoice the customer in " + customer + ", or create a separate customer for " + code);
        }
    }

    /**
     * @param invoice the host invoice
     * @param settings the tenant's settings
     * @param adj where changes are recorded
     * @return the DocNumber from the template, cut to QuickBooks' 21 characters (a duplicate fails with 6140)
     */
    public static String docNumber(HostInvoice invoice, ConnectorSettings settings, Adjustments adj) {
        return QboText.text("DocNumber", Template.render(settings.docNumberTemplate(), docNumberValues(invoice)),
                QboText.DOC_NUMBER, adj);
    }

    /** The fields the DocNumber template may use. */
    public static final List<String> DOC_NUMBER_FIELDS = List.of("invoiceNumber", "hostId");
    /** The fields an invoice custom field's template may use. */
    public static final List<String> CUSTOM_FIELD_FIELDS = List.of("invoiceNumber", "hostId", "customerName",
            "projectId", "notes", "issueDate", "dueDate");

    private static Map<String, String> docNumberValues(HostInvoice invoice) {
        return Map.of("invoiceNumber", invoice.invoiceNumber(), "hostId", invoice.hostInvoiceId());
    }

    /**
     * @param invoice the host invoice
     * @param customerQboId the QuickBooks Customer (or job) Id to bill
     * @param settings the tenant's settings
     * @param tables the mapping tables
     * @param itemIds resolved item Id per host line id
     * @param taxItemId the Sales Tax item for US separate tax lines, or {@code null} when not needed
     * @return the Invoice body
     * @throws MappingException when a non-US line's tax rate has no mapped tax code
     */
    public static Mapped invoice(HostInvoice invoice, String customerQboId, ConnectorSettings settings,
            MappingTables tables, Function<String, String> itemIds, String taxItemId) {
        Adjustments adj = new Adjustments();
        ObjectNode inv = Json.object();
        inv.set("CustomerRef", Json.ref(customerQboId));
        inv.put("DocNumber", docNumber(invoice, settings, adj));
        inv.put("TxnDate", invoice.issueDate().toString());
        if (invoice.dueDate() != null) {
            inv.put("DueDate", invoice.dueDate().toString());
        }
        inv.set("CurrencyRef", Json.ref(invoice.currency().getCurrencyCode()));
        if (invoice.notes() != null) {
            inv.set("CustomerMemo", Json.object().put("value",
                    QboText.text("CustomerMemo", invoice.notes(), QboText.CUSTOMER_MEMO, adj)));
        }
        boolean us = settings.locale() == TaxLocale.US;
        boolean hasTax = !invoice.taxAmount().isZero();
        ArrayNode lines = inv.putArray("Line");
        int n = 0;
        for (HostInvoiceLine line : invoice.lines()) {
            n++;
            ObjectNode detail = Json.object();
            detail.set("ItemRef", Json.ref(itemIds.apply(line.lineId())));
            detail.put("Qty", line.quantity());
            detail.put("UnitPrice", line.unitPrice().amount());
            String classId = classFor(line, settings, tables);
            if (classId != null) {
                detail.set("ClassRef", Json.ref(classId));
            }
            detail.set("TaxCodeRef", Json.ref(us ? usLineTaxCode(settings, hasTax) : taxCode(line, tables)));
            ObjectNode l = lines.addObject();
            l.put("DetailType", "SalesItemLineDetail");
            l.put("LineNum", n);
            l.put("Amount", money(line.amount().amount()));
            String description = line.description() != null ? line.description() : line.name();
            Json.putIfPresent(l, "Description", QboText.text("Line[" + n + "].Description", description,
                    QboText.DESCRIPTION, adj));
            l.set("SalesItemLineDetail", detail);
        }
        if (!invoice.discount().isZero()) {
            ObjectNode l = lines.addObject();
            l.put("DetailType", "DiscountLineDetail");
            l.put("Amount", money(invoice.discount().amount()));
            l.set("DiscountLineDetail", Json.object().put("PercentBased", false));
        }
        if (us && hasTax && settings.usTaxMode() == UsTaxMode.SEPARATE_LINE) {
            // QuickBooks' own tax is bypassed: the host's tax is a NON-taxable line on a Sales Tax item, so the
            // total always equals the host's.
            ObjectNode l = lines.addObject();
            l.put("DetailType", "SalesItemLineDetail");
            l.put("LineNum", ++n);
            l.put("Amount", money(invoice.taxAmount().amount()));
            l.put("Description", taxLabel(invoice.taxRate()));
            l.set("SalesItemLineDetail", Json.object().<ObjectNode>set("ItemRef", Json.ref(taxItemId))
                    .put("Qty", 1).put("UnitPrice", money(invoice.taxAmount().amount()))
                    .set("TaxCodeRef", Json.ref("NON")));
        } else if (us && settings.usTaxMode() == UsTaxMode.TAX_OVERRIDE) {
            // An explicit TotalTax is kept by QuickBooks (also under automated sales tax).
            inv.set("TxnTaxDetail", Json.object().put("TotalTax", money(invoice.taxAmount().amount())));
        } else if (!us) {
            // Global tax model: every line carries a real TaxCode; prices are net of tax.
            inv.put("GlobalTaxCalculation", "TaxExcluded");
        }
        return new Mapped("Invoice", inv, adj);
    }

    /**
     * Invoice custom fields from the {@code CUSTOM_FIELD} mapping: each row names a QuickBooks sales custom field
     * (host key) and the template of its value; QuickBooks allows three, each by its DefinitionId.
     *
     * @param invoice the host invoice
     * @param customerName the customer's name
     * @param tables the mapping tables
     * @param definitions the company's sales custom fields: name to DefinitionId
     * @param body the Invoice body to add them to
     * @throws MappingException when a mapped field does not exist in the company
     */
    public static void customFields(HostInvoice invoice, String customerName, MappingTables tables,
            Map<String, String> definitions, ObjectNode body) {
        var rows = tables.all(MappingKind.CUSTOM_FIELD);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, String> values = new java.util.HashMap<>();
        values.put("invoiceNumber", invoice.invoiceNumber());
        values.put("hostId", invoice.hostInvoiceId());
        values.put("customerName", customerName);
        values.put("projectId", invoice.hostProjectId());
        values.put("notes", invoice.notes());
        values.put("issueDate", invoice.issueDate().toString());
        values.put("dueDate", invoice.dueDate() == null ? null : invoice.dueDate().toString());
        ArrayNode fields = body.putArray("CustomField");
        rows.stream().sorted(java.util.Comparator.comparing(Mapping::hostKey)).forEach(row -> {
            String id = definitions.get(row.hostKey());
            if (id == null) {
                throw new MappingException("QuickBooks has no invoice custom field named '" + row.hostKey() + "'",
                        "Define it in QuickBooks (Account and settings → Sales → Custom fields), or remove the "
                                + "custom field mapping");
            }
            fields.addObject().put("DefinitionId", id).put("Type", "StringType")
                    .put("StringValue", Template.render(row.remoteId(), values));
        });
    }

    /**
     * @param rate the host's rate in percent, or {@code null}
     * @return the tax line's text, e.g. "Tax (8.5%)"
     */
    public static String taxLabel(BigDecimal rate) {
        return rate == null ? "Tax" : "Tax (" + rate.stripTrailingZeros().toPlainString() + "%)";
    }

    private static String usLineTaxCode(ConnectorSettings settings, boolean hasTax) {
        // US lines carry only the pseudo codes TAX / NON.
        return settings.usTaxMode() == UsTaxMode.TAX_OVERRIDE && hasTax ? "TAX" : "NON";
    }

    private static String taxCode(HostInvoiceLine line, MappingTables tables) {
        String key = line.taxRateCode() == null ? "NONE" : line.taxRateCode();
        return tables.find(MappingKind.TAX_CODE, key).map(Mapping::remoteId)
                .orElseThrow(() -> new MappingException("No QuickBooks tax code is mapped for VAT rate '" + key
                        + "' (line " + line.lineId() + ")",
                        "Map the rate to a QuickBooks tax code under Settings → Integrations → QuickBooks → "
                                + "Mappings → Tax codes, then sync again"));
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
