package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.event.RecordType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * QuickBooks' fields as a person reads them: an address as its lines ("1 Pier St, San Francisco, CA 94105"), never
 * its JSON (nor the geocoder's {@code "Lat":"INVALID"}); a reference by its name; an amount with its currency.
 */
public final class Readable {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private Readable() {
    }

    /**
     * @param type the host record's type
     * @param entity QuickBooks' entity (Customer, Invoice or Purchase)
     * @return label to value, in display order; fields QuickBooks leaves empty are left out
     */
    public static Map<String, String> fields(RecordType type, JsonNode entity) {
        Map<String, String> out = new LinkedHashMap<>();
        switch (type) {
            case CUSTOMER, PROJECT -> {
                put(out, "Display name", text(entity, "DisplayName"));
                if (type == RecordType.PROJECT) {
                    put(out, "Parent customer", ref(entity.path("ParentRef")));
                }
                put(out, "Company name", text(entity, "CompanyName"));
                put(out, "Contact", join(" ", text(entity, "GivenName"), text(entity, "FamilyName")));
                put(out, "E-mail", entity.path("PrimaryEmailAddr").path("Address").asText(""));
                put(out, "Phone", entity.path("PrimaryPhone").path("FreeFormNumber").asText(""));
                put(out, "Billing address", address(entity.path("BillAddr")));
                put(out, "Currency", entity.path("CurrencyRef").path("value").asText(""));
                put(out, "Balance", text(entity, "Balance"));
            }
            case INVOICE -> {
                put(out, "Number", text(entity, "DocNumber"));
                put(out, "Customer", ref(entity.path("CustomerRef")));
                put(out, "Date", text(entity, "TxnDate"));
                put(out, "Due", text(entity, "DueDate"));
                put(out, "Total", money(entity, "TotalAmt"));
                put(out, "Balance", money(entity, "Balance"));
                put(out, "Bill to", address(entity.path("BillAddr")));
                put(out, "Note", text(entity, "PrivateNote"));
            }
            case EXPENSE -> {
                put(out, "Payee", ref(entity.path("EntityRef")));
                put(out, "Paid from", ref(entity.path("AccountRef")));
                put(out, "Payment type", text(entity, "PaymentType"));
                put(out, "Date", text(entity, "TxnDate"));
                put(out, "Total", money(entity, "TotalAmt"));
                put(out, "Memo", text(entity, "PrivateNote"));
            }
            default -> {
                // payments are shown on their invoice
            }
        }
        if (entity.has("Active")) {
            out.put("Active", entity.path("Active").asBoolean(true) ? "yes" : "no (inactive in QuickBooks)");
        }
        return out;
    }

    /**
     * @param address a QuickBooks PhysicalAddress, or a missing node
     * @return its lines, city, region and postal code, and country, joined with commas; empty when it has none
     */
    public static String address(JsonNode address) {
        if (address == null || !address.isObject()) {
            return address == null || address.isMissingNode() || address.isNull() ? "" : address.asText("");
        }
        List<String> parts = new ArrayList<>();
        for (String line : List.of("Line1", "Line2", "Line3", "Line4", "Line5")) {
            add(parts, text(address, line));
        }
        add(parts, text(address, "City"));
        add(parts, join(" ", text(address, "CountrySubDivisionCode"), text(address, "PostalCode")));
        add(parts, text(address, "Country"));
        return String.join(", ", parts);
    }

    /**
     * One value of an owned-fields snapshot ({@link OwnedFields#snapshot}) as a person reads it: an address as its
     * lines, a reference by its name or id, an e-mail or phone as itself, lines as a short list; text as it is.
     *
     * @param canonical the snapshot's value
     * @return the readable value
     */
    public static String value(String canonical) {
        if (canonical == null || canonical.isEmpty() || !(canonical.startsWith("{") || canonical.startsWith("["))) {
            return canonical == null ? "" : canonical;
        }
        JsonNode node;
        try {
            node = JSON.readTree(canonical);
        } catch (java.io.IOException e) {
            return canonical; // not JSON after all: text that starts with a brace
        }
        if (node.isArray()) {
            List<String> lines = new ArrayList<>();
            for (JsonNode line : node) {
                String described = join(" ", text(line, "Description"), text(line, "Amount"));
                add(lines, described.isEmpty() ? line.path("DetailType").asText("") : described);
            }
            return String.join("; ", lines);
        }
        if (node.has("Line1") || node.has("City") || node.has("PostalCode")) {
            return address(node);
        }
        for (String inner : List.of("name", "value", "Address", "FreeFormNumber", "URI")) {
            if (node.path(inner).isValueNode() && !node.path(inner).asText("").isBlank()) {
                return node.path(inner).asText();
            }
        }
        return canonical;
    }

    private static String money(JsonNode entity, String field) {
        String amount = text(entity, field);
        String currency = entity.path("CurrencyRef").path("value").asText("");
        return amount.isEmpty() ? "" : join(" ", amount, currency);
    }

    private static String ref(JsonNode ref) {
        String name = ref.path("name").asText("");
        String id = ref.path("value").asText("");
        return !name.isEmpty() ? name : id.isEmpty() ? "" : "QuickBooks id " + id;
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() ? v.asText("").strip() : "";
    }

    private static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            add(kept, p);
        }
        return String.join(sep, kept);
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part.strip());
        }
    }

    private static void put(Map<String, String> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.put(label, value);
        }
    }
}
