package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ledgerbridge.api.event.RecordType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The QuickBooks fields the host owns (the ones the mappers fill), per record type, as a flat snapshot of field name
 * to canonical text: what a remote edit is compared with. Canonical so that QuickBooks' own additions (line and
 * address ids, line numbers, the subtotal line, reference names, {@code 100} against {@code 100.00}) never read as
 * an edit. Also the way back: QuickBooks' values of a snapshot as host field names, for "apply QuickBooks' values".
 */
public final class OwnedFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<RecordType, List<String>> FIELDS = Map.of(
            RecordType.CUSTOMER, List.of("DisplayName", "CompanyName", "GivenName", "FamilyName", "PrimaryEmailAddr",
                    "PrimaryPhone", "BillAddr"),
            RecordType.PROJECT, List.of("DisplayName", "ParentRef", "Active"),
            RecordType.INVOICE, List.of("CustomerRef", "DocNumber", "TxnDate", "DueDate", "CustomerMemo", "Line"),
            RecordType.EXPENSE, List.of("EntityRef", "PaymentType", "AccountRef", "TxnDate", "PrivateNote", "TotalAmt",
                    "Line"));
    /** QuickBooks' own bookkeeping inside owned fields: never an edit. */
    private static final Set<String> IGNORED = Set.of("Id", "LineNum", "LinkedTxn", "domain", "sparse");
    /** The pseudo-field a void is reported under. */
    public static final String VOIDED = "Voided";
    /**
     * The prefix of the pseudo-field an invoice's payment QuickBooks took back (voided, deleted or unapplied there) is
     * reported under, followed by the host payment's id.
     */
    public static final String PAYMENT = "Payment ";
    /** The prefix of the host field that removes a payment ({@code HostLedger.applyValues}), before its id. */
    public static final String HOST_PAYMENTS = "payments.";

    private OwnedFields() {
    }

    /**
     * @param type a record type
     * @return whether remote edits of it are compared (payments are not: they are recorded, never conflicted)
     */
    public static boolean tracked(RecordType type) {
        return FIELDS.containsKey(type);
    }

    /**
     * @param type the record type
     * @param entity the QuickBooks entity
     * @return its host-owned fields as canonical text, absent fields left out
     */
    public static Map<String, String> snapshot(RecordType type, JsonNode entity) {
        Map<String, String> out = new TreeMap<>();
        for (String field : FIELDS.getOrDefault(type, List.of())) {
            JsonNode value = normalise(entity.get(field));
            if (value != null) {
                out.put(field, value.isTextual() ? value.asText() : value.toString());
            }
        }
        if (type == RecordType.INVOICE && isVoided(entity)) {
            out.put(VOIDED, "true");
        }
        return out;
    }

    /**
     * @param invoice a QuickBooks invoice
     * @return whether it is voided (QuickBooks zeroes the amounts and notes "Voided"; it has no status field)
     */
    public static boolean isVoided(JsonNode invoice) {
        return invoice.path("PrivateNote").asText("").startsWith("Voided")
                && invoice.path("TotalAmt").decimalValue().signum() == 0;
    }

    /**
     * @param hostPaymentId a host payment
     * @return the pseudo-field it is reported under when QuickBooks took it back
     */
    public static String payment(String hostPaymentId) {
        return PAYMENT + hostPaymentId;
    }

    /**
     * @param field a conflict's field
     * @return whether it is a payment QuickBooks took back (never in a snapshot: a payment is not an owned field)
     */
    public static boolean isPayment(String field) {
        return field.startsWith(PAYMENT);
    }

    /**
     * @param field a payment pseudo-field ({@link #isPayment})
     * @return the host payment's id
     */
    public static String hostPaymentId(String field) {
        return field.substring(PAYMENT.length());
    }

    /**
     * @param before the snapshot compared with
     * @param after the current state
     * @return the fields whose values differ, in field order
     */
    public static Set<String> differing(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        fields.removeIf(f -> java.util.Objects.equals(before.get(f), after.get(f)));
        return fields;
    }

    /**
     * QuickBooks' values of some fields, as the host names them ({@code HostLedger.applyValues}).
     *
     * @param type the record type
     * @param fields the QuickBooks fields to apply
     * @param remote QuickBooks' snapshot (the values)
     * @param hostHasCompanyName for a customer: whether the host keeps a company name (the DisplayName's source
     *        under the default template), else the contact name takes it
     * @return host field name to value ({@code ""} clears; {@code payments.<id>} to {@code ""} removes that payment)
     * @throws MappingException naming a field the host cannot take from QuickBooks (lines, references)
     */
    public static Map<String, String> toHost(RecordType type, Set<String> fields, Map<String, String> remote,
            boolean hostHasCompanyName) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : fields) {
            if (type == RecordType.INVOICE && isPayment(field)) {
                out.put(HOST_PAYMENTS + hostPaymentId(field), ""); // QuickBooks no longer has it: nor does the host
                continue;
            }
            String v = remote.getOrDefault(field, "");
            switch (type.name() + "." + field) {
                case "CUSTOMER.DisplayName" -> out.putIfAbsent(hostHasCompanyName ? "companyName" : "contactName", v);
                case "CUSTOMER.CompanyName" -> out.put("companyName", v);
                case "CUSTOMER.GivenName", "CUSTOMER.FamilyName" -> out.put("contactName",
                        (remote.getOrDefault("GivenName", "") + " " + remote.getOrDefault("FamilyName", "")).strip());
                case "CUSTOMER.PrimaryEmailAddr" -> out.put("email", v);
                case "CUSTOMER.PrimaryPhone" -> out.put("phone", v);
                case "CUSTOMER.BillAddr" -> out.putAll(address(v));
                case "PROJECT.DisplayName" -> out.put("name", v);
                case "PROJECT.Active" -> out.put("active", v.isEmpty() ? "true" : v);
                case "INVOICE.DocNumber" -> out.put("invoiceNumber", v);
                case "INVOICE.TxnDate" -> out.put("issueDate", v);
                case "INVOICE.DueDate" -> out.put("dueDate", v);
                case "INVOICE.CustomerMemo" -> out.put("notes", v);
                case "INVOICE." + VOIDED -> out.put("status", "VOIDED");
                case "EXPENSE.TxnDate" -> out.put("spentOn", v);
                case "EXPENSE.PrivateNote" -> out.put("memo", v);
                case "EXPENSE.TotalAmt" -> out.put("amount.amount", v);
                default -> throw new MappingException("QuickBooks' " + field + " of this " + type.name().toLowerCase(
                        java.util.Locale.ROOT) + " cannot be applied to the host",
                        "Keep LedgerBridge's values, or dismiss the conflict and change the record in the host");
            }
        }
        return out;
    }

    /**
     * @param snapshot a snapshot
     * @return it as JSON, for the link and conflict rows
     */
    public static String toJson(Map<String, String> snapshot) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /**
     * @param json a snapshot's JSON, or {@code null}
     * @return the snapshot, or {@code null} when there is none
     */
    public static Map<String, String> fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return new TreeMap<>(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored snapshot is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> address(String json) {
        Map<String, String> parts = new LinkedHashMap<>();
        JsonNode a;
        try {
            a = json.isEmpty() ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            a = JSON.createObjectNode().put("Line1", json); // a one-part address was kept as plain text
        }
        parts.put("billingAddress.line1", a.path("Line1").asText(""));
        parts.put("billingAddress.line2", a.path("Line2").asText(""));
        parts.put("billingAddress.city", a.path("City").asText(""));
        parts.put("billingAddress.region", a.path("CountrySubDivisionCode").asText(""));
        parts.put("billingAddress.postalCode", a.path("PostalCode").asText(""));
        parts.put("billingAddress.country", a.path("Country").asText(""));
        return parts;
    }

    /** @return the canonical form, or {@code null} when absent */
    private static JsonNode normalise(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return TextNode.valueOf(canonical(node.decimalValue()));
        }
        if (node.isValueNode()) {
            return TextNode.valueOf(node.asText());
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : node) {
                if (!"SubTotalLineDetail".equals(item.path("DetailType").asText())) {
                    JsonNode n = normalise(item);
                    if (n != null) {
                        out.add(n);
                    }
                }
            }
            return out.isEmpty() ? null : out;
        }
        if (node.has("value") && node.get("value").isValueNode()) {
            return TextNode.valueOf(node.get("value").asText()); // a reference or a memo: its name may change
        }
        TreeMap<String, JsonNode> fields = new TreeMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode n = IGNORED.contains(e.getKey()) ? null : normalise(e.getValue());
            if (n != null) {
                fields.put(e.getKey(), n);
            }
        });
        if (fields.isEmpty()) {
            return null;
        }
        if (fields.size() == 1 && fields.firstEntry().getValue().isTextual()) {
            return fields.firstEntry().getValue(); // PrimaryEmailAddr.Address, PrimaryPhone.FreeFormNumber
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        fields.forEach(out::set);
        return out;
    }

    private static String canonical(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
