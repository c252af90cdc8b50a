package io.ledgerbridge.qbo.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.Money;
import java.time.LocalDate;

/**
 * The JSON form of a payment kept in its outbox row, so a payment the host reported survives until QuickBooks has it
 * even if the host cannot list it again.
 */
public final class PaymentPayload {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PaymentPayload() {
    }

    /**
     * @param payment the payment
     * @return its JSON
     */
    public static String toJson(HostPayment payment) {
        ObjectNode node = JSON.createObjectNode();
        node.put("hostPaymentId", payment.hostPaymentId());
        node.put("hostInvoiceId", payment.hostInvoiceId());
        node.put("amount", payment.amount().amount().toPlainString());
        node.put("currency", payment.amount().currency().getCurrencyCode());
        node.put("paidOn", payment.paidOn().toString());
        node.put("method", payment.method());
        node.put("reference", payment.reference());
        return node.toString();
    }

    /**
     * @param json the JSON written by {@link #toJson}
     * @return the payment
     */
    public static HostPayment fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return new HostPayment(n.get("hostPaymentId").asText(), n.get("hostInvoiceId").asText(),
                    Money.of(n.get("amount").asText(), n.get("currency").asText()),
                    LocalDate.parse(n.get("paidOn").asText()), text(n, "method"), text(n, "reference"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("corrupt payment payload in the outbox: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
