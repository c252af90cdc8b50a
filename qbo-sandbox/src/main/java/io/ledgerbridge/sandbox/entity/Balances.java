package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Derived amounts: an invoice's Balance and Payment links, and customer Balance / BalanceWithJobs. */
public final class Balances {
    private Balances() {
    }

    /** Recomputes an invoice from the payments applied to it; true when Balance or links changed. */
    public static boolean invoice(EntityContext ctx, ObjectNode invoice) {
        String id = invoice.get("Id").asText();
        BigDecimal applied = BigDecimal.ZERO;
        List<String> paymentIds = new ArrayList<>();
        for (ObjectNode payment : ctx.company().all("Payment")) {
            BigDecimal amount = appliedBy(payment, id);
            if (amount.signum() != 0 || linkedInvoices(payment).contains(id)) {
                applied = applied.add(amount);
                paymentIds.add(payment.get("Id").asText());
            }
        }
        ArrayNode links = Json.array();
        for (JsonNode link : invoice.path("LinkedTxn")) {
            if (!"Payment".equals(Json.text(link, "TxnType"))) {
                links.add(link);
            }
        }
        for (String paymentId : paymentIds) {
            links.add(Json.object().put("TxnId", paymentId).put("TxnType", "Payment"));
        }
        BigDecimal total = Json.decimal(invoice, "TotalAmt");
        BigDecimal balance = ctx.company().isVoided("Invoice", id) ? BigDecimal.ZERO : total.subtract(applied);
        boolean changed = Json.decimal(invoice, "Balance").compareTo(balance) != 0 || !links.equals(invoice.get("LinkedTxn"));
        invoice.put("Balance", Json.money(balance));
        invoice.set("LinkedTxn", links);
        if (invoice.has("HomeBalance")) {
            BigDecimal rate = Json.decimal(invoice, "ExchangeRate") == null ? BigDecimal.ONE : Json.decimal(invoice, "ExchangeRate");
            invoice.put("HomeBalance", Json.money(balance.multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        return changed;
    }

    /** The amount a payment applies to one invoice. */
    static BigDecimal appliedBy(JsonNode payment, String invoiceId) {
        return appliedBy(payment, "Invoice", invoiceId);
    }

    /** The amount a payment applies to one invoice or uses of one credit memo. */
    static BigDecimal appliedBy(JsonNode payment, String txnType, String txnId) {
        BigDecimal sum = BigDecimal.ZERO;
        if (payment == null) {
            return sum;
        }
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode link : line.path("LinkedTxn")) {
                if (txnType.equals(Json.text(link, "TxnType")) && txnId.equals(Json.text(link, "TxnId"))) {
                    sum = sum.add(Lines.amount(line));
                }
            }
        }
        return sum;
    }

    static List<String> linkedInvoices(JsonNode payment) {
        return linked(payment, "Invoice");
    }

    static List<String> linked(JsonNode payment, String txnType) {
        List<String> ids = new ArrayList<>();
        if (payment == null) {
            return ids;
        }
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode link : line.path("LinkedTxn")) {
                if (txnType.equals(Json.text(link, "TxnType"))) {
                    ids.add(Json.text(link, "TxnId"));
                }
            }
        }
        return ids;
    }

    /** A credit memo's RemainingCredit and Balance: TotalAmt less what payments have used; true when it changed. */
    static boolean creditMemo(EntityContext ctx, ObjectNode memo) {
        String id = memo.get("Id").asText();
        BigDecimal used = BigDecimal.ZERO;
        for (ObjectNode payment : ctx.company().all("Payment")) {
            used = used.add(appliedBy(payment, "CreditMemo", id));
        }
        BigDecimal remaining = ctx.company().isVoided("CreditMemo", id) ? BigDecimal.ZERO
                : Json.decimal(memo, "TotalAmt").subtract(used);
        boolean changed = Json.decimal(memo, "RemainingCredit") == null
                || Json.decimal(memo, "RemainingCredit").compareTo(remaining) != 0;
        memo.put("RemainingCredit", Json.money(remaining));
        memo.put("Balance", Json.money(remaining));
        return changed;
    }

    /** Customer Balance is open invoices less open credits and unapplied payments; BalanceWithJobs adds the jobs. */
    public static void customers(EntityContext ctx) {
        Map<String, BigDecimal> own = new HashMap<>();
        for (ObjectNode inv : ctx.company().all("Invoice")) {
            own.merge(Json.refValue(inv, "CustomerRef"), Json.decimal(inv, "Balance"), BigDecimal::add);
        }
        for (ObjectNode cm : ctx.company().all("CreditMemo")) {
            own.merge(Json.refValue(cm, "CustomerRef"), Json.decimal(cm, "Balance").negate(), BigDecimal::add);
        }
        for (ObjectNode p : ctx.company().all("Payment")) {
            BigDecimal unapplied = Json.decimal(p, "UnappliedAmt");
            if (unapplied != null) {
                own.merge(Json.refValue(p, "CustomerRef"), unapplied.negate(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> withJobs = new HashMap<>();
        for (ObjectNode c : ctx.company().all("Customer")) {
            BigDecimal mine = own.getOrDefault(c.get("Id").asText(), BigDecimal.ZERO);
            String cursor = c.get("Id").asText();
            int guard = 0;
            while (cursor != null && guard++ < 10) {
                withJobs.merge(cursor, mine, BigDecimal::add);
                ObjectNode node = ctx.company().get("Customer", cursor);
                cursor = node == null ? null : Json.refValue(node, "ParentRef");
            }
        }
        for (ObjectNode c : ctx.company().all("Customer")) {
            String id = c.get("Id").asText();
            BigDecimal balance = Json.money(own.getOrDefault(id, BigDecimal.ZERO));
            BigDecimal jobs = Json.money(withJobs.getOrDefault(id, BigDecimal.ZERO));
            BigDecimal oldBalance = Json.decimal(c, "Balance");
            BigDecimal oldJobs = Json.decimal(c, "BalanceWithJobs");
            if (oldBalance == null || oldBalance.compareTo(balance) != 0 || oldJobs == null || oldJobs.compareTo(jobs) != 0) {
                c.put("Balance", balance);
                c.put("BalanceWithJobs", jobs);
                ctx.touch("Customer", c, false);
            }
        }
    }
}
