package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.InvoiceMapper;
import io.ledgerbridge.qbo.mapping.ItemChoice;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns each invoice line's item choice into a QuickBooks Item Id: mapped and default items as they are; per-line
 * and generic items (and the Sales Tax item of US tax lines) found by name, else created as Service items on the
 * company's first income account. Found ids are cached for the pass.
 */
final class ItemResolver {
    /** The item US tax lines use when no tax item is set. */
    static final String SALES_TAX_ITEM = "Sales Tax";
    /** The item of bad-debt credit memos. */
    static final String BAD_DEBT_ITEM = "Bad Debt";
    /** The expense account bad debt posts to. */
    static final String BAD_DEBT_ACCOUNT = "Bad Debts";

    private final QboGateway qbo;
    private final NameLists names;

    ItemResolver(QboGateway qbo, NameLists names) {
        this.qbo = qbo;
        this.names = names;
    }

    Map<String, String> itemIds(Pass pass, HostInvoice invoice) {
        Map<String, String> ids = new HashMap<>();
        for (HostInvoiceLine line : invoice.lines()) {
            ItemChoice choice = InvoiceMapper.itemFor(line, pass.settings, pass.tables);
            String id;
            if (choice instanceof ItemChoice.Known k) {
                id = k.itemId();
            } else if (choice instanceof ItemChoice.PerLine p) {
                id = item(pass, p.name(), p.sku());
            } else {
                id = item(pass, ItemChoice.Generic.NAME, null);
            }
            ids.put(line.lineId(), id);
        }
        return ids;
    }

    String taxItem(Pass pass) {
        return pass.settings.taxItemId() != null ? pass.settings.taxItemId() : item(pass, SALES_TAX_ITEM, null);
    }

    /** The item bad-debt credit memos use, posting to a "Bad Debts" expense account (found or created). */
    String badDebtItem(Pass pass) {
        String cached = pass.itemIds.get(BAD_DEBT_ITEM);
        if (cached != null) {
            return cached;
        }
        String id = names.first(pass.tenant, "Item", "Name", BAD_DEBT_ITEM).map(i -> i.path("Id").asText())
                .orElseGet(() -> {
                    String account = names.first(pass.tenant, "Account", "Name", BAD_DEBT_ACCOUNT)
                            .map(a -> a.path("Id").asText()).orElseGet(() -> qbo.create(pass.tenant, "Account",
                                    JsonNodeFactory.instance.objectNode().put("Name", BAD_DEBT_ACCOUNT)
                                            .put("AccountType", "Expense"),
                                    RequestIds.of(pass.tenant, RecordRef.of(RecordType.INVOICE, "account"),
                                            BAD_DEBT_ACCOUNT)).path("Id").asText());
                    ObjectNode item = JsonNodeFactory.instance.objectNode().put("Name", BAD_DEBT_ITEM)
                            .put("Type", "Service");
                    item.putObject("IncomeAccountRef").put("value", account);
                    return qbo.create(pass.tenant, "Item", item, RequestIds.of(pass.tenant,
                            RecordRef.of(RecordType.INVOICE, "item"), BAD_DEBT_ITEM)).path("Id").asText();
                });
        pass.itemIds.put(BAD_DEBT_ITEM, id);
        return id;
    }

    private String item(Pass pass, String name, String sku) {
        String cached = pass.itemIds.get(name);
        if (cached != null) {
            return cached;
        }
        String id = names.first(pass.tenant, "Item", "Name", name).map(i -> i.path("Id").asText())
                .orElseGet(() -> create(pass, name, sku));
        pass.itemIds.put(name, id);
        return id;
    }

    private String create(Pass pass, String name, String sku) {
        String income = qbo.query(pass.tenant, "Account", Map.of("AccountType", "Income"), false)
                .stream().findFirst().map(a -> a.path("Id").asText())
                .orElseThrow(() -> PushFailure.stop("QuickBooks has no income account for the item '" + name + "'",
                        "Create an income account in QuickBooks, or map the line's service to an item"));
        ObjectNode item = JsonNodeFactory.instance.objectNode().put("Name", name).put("Type", "Service");
        if (sku != null) {
            item.put("Sku", sku);
        }
        item.putObject("IncomeAccountRef").put("value", income);
        // The item's name identifies the write: two invoices needing the same new item create it once.
        return qbo.create(pass.tenant, "Item", item,
                RequestIds.of(pass.tenant, RecordRef.of(RecordType.INVOICE, "item"), name)).path("Id").asText();
    }
}
