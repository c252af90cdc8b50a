package io.ledgerbridge.qbo.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RemoteRecord;
import io.ledgerbridge.qbo.mapping.Readable;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds QuickBooks records to link a host record to, by name, number or e-mail. QuickBooks' query language has no
 * OR, so each way of matching is its own query (a few, each a page of at most the limit); inactive records are
 * included, so a refusal to link one can say why.
 */
final class RemoteSearch {
    private final QboGateway qbo;
    private final LinkStore links;

    RemoteSearch(QboGateway qbo, LinkStore links) {
        this.qbo = qbo;
        this.links = links;
    }

    /**
     * @param realm the company the tenant is connected to (the ids found are that company's)
     */
    List<RemoteRecord> search(TenantId tenant, String realm, RecordType type, String text, int limit) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            throw new InvalidInputException("q", "is empty", "type part of a name, a number or an e-mail address");
        }
        // QuickBooks quotes values itself; a wildcard or quote typed by the user is taken literally.
        String like = "%" + wanted.replace("%", "").replace("'", "") + "%";
        List<List<QboGateway.Condition>> ways = new ArrayList<>();
        ways.add(List.of(eq("Id", wanted)));
        switch (type) {
            case CUSTOMER, PROJECT -> {
                ways.add(List.of(like("DisplayName", like)));
                ways.add(List.of(like("CompanyName", like)));
                ways.add(List.of(like("PrimaryEmailAddr", like)));
            }
            case INVOICE -> ways.add(List.of(like("DocNumber", like)));
            case EXPENSE -> ways.add(List.of(like("DocNumber", like)));
            default -> throw new InvalidInputException("type", type.name().toLowerCase(java.util.Locale.ROOT)
                    + " records cannot be linked", "link the invoice the payment belongs to");
        }
        String entity = QboEntities.of(type);
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        for (List<QboGateway.Condition> where : ways) {
            // Only name lists have an Active flag (transactions are voided or deleted instead).
            boolean nameList = "Customer".equals(entity);
            for (ObjectNode e : qbo.page(tenant, new QboGateway.PageQuery(entity, where, nameList), 1, limit)) {
                if (found.size() < limit) {
                    found.putIfAbsent(e.path("Id").asText(), e);
                }
            }
        }
        Map<String, String> linked = links.hostIds(tenant, realm, type, List.copyOf(found.keySet()));
        // A project is a sub-customer (Job); a customer is not.
        return found.values().stream().filter(e -> (type == RecordType.PROJECT) == e.path("Job").asBoolean(false)
                        || type != RecordType.CUSTOMER && type != RecordType.PROJECT)
                .map(e -> record(type, e, linked.get(e.path("Id").asText()))).toList();
    }

    static RemoteRecord record(RecordType type, JsonNode e, String linkedHostId) {
        String name = switch (type) {
            case INVOICE -> e.path("CustomerRef").path("name").asText("");
            case EXPENSE -> e.path("EntityRef").path("name").asText("");
            default -> e.path("DisplayName").asText("");
        };
        String summary = type == RecordType.INVOICE || type == RecordType.EXPENSE
                ? (e.path("TotalAmt").asText("") + " " + e.path("CurrencyRef").path("value").asText("") + " on "
                        + e.path("TxnDate").asText("")).strip()
                : Readable.address(e.path("BillAddr"));
        return new RemoteRecord(e.path("Id").asText(), name, Readable.text(e, "DocNumber"),
                e.path("PrimaryEmailAddr").path("Address").asText(""), summary, e.path("Active").asBoolean(true),
                linkedHostId);
    }

    private static QboGateway.Condition eq(String field, String value) {
        return new QboGateway.Condition(field, "=", List.of(value));
    }

    private static QboGateway.Condition like(String field, String value) {
        return new QboGateway.Condition(field, "LIKE", List.of(value));
    }
}
