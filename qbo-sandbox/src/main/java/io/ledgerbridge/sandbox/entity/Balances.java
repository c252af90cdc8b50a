package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Derived amounts: an invoice's Balance and Payment links, and customer Balance / BalanceWithJobs. */
public final class Balances {
    /** Sub-customers nest at most a few levels; the walks stop here even on a broken hierarchy. */
    private static final int MAX_DEPTH = 10;

    private Balances() {
    }

    /** Recomputes an invoice from the payments applied to it; true when Balance or links changed. */
    public static boolean invoice(EntityContext ctx, ObjectNode invoice) {
        String id = invoice.get("Id").asText();
        BigDecimal applied = BigDecimal.ZERO;
        List<String> paymentIds = new ArrayList<>();
        for (ObjectNode payment : ctx.company().referencing("Payment", "LinkedTxn", "Invoice:" + id)) {
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
        for (ObjectNode payment : ctx.company().referencing("Payment", "LinkedTxn", "CreditMemo:" + id)) {
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

    /**
     * The customers a write of {@code entity} (null after a delete) over {@code previous} (null on create) touches:
     * the ids in the named fields of either version ({@code "Id"} or a reference such as CustomerRef).
     */
    public static Set<String> customersOf(JsonNode entity, JsonNode previous, String... fields) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode version : new JsonNode[] {entity, previous}) {
            for (String field : fields) {
                String id = version == null ? null : "Id".equals(field) ? Json.text(version, "Id") : Json.refValue(version, field);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Balance and BalanceWithJobs of every customer (after a merge, which moves transactions between customers). */
    public static void allCustomers(EntityContext ctx) {
        Set<String> ids = new LinkedHashSet<>();
        ctx.company().all("Customer").forEach(c -> ids.add(c.get("Id").asText()));
        customers(ctx, ids);
    }

    /**
     * Customer Balance is open invoices less open credits and unapplied payments; BalanceWithJobs adds the jobs.
     * Recomputed for {@code touched} and every customer above them (their BalanceWithJobs includes the touched ones),
     * from the indexes of transactions by customer: a write costs the touched customers' transactions, not the
     * company's.
     */
    public static void customers(EntityContext ctx, Collection<String> touched) {
        Set<String> affected = new LinkedHashSet<>();
        for (String id : touched) {
            String cursor = id;
            for (int guard = 0; cursor != null && guard < MAX_DEPTH && affected.add(cursor); guard++) {
                ObjectNode node = ctx.company().get("Customer", cursor);
                cursor = node == null ? null : Json.refValue(node, "ParentRef");
            }
        }
        Map<String, BigDecimal> own = new HashMap<>();
        for (String id : affected) {
            ObjectNode c = ctx.company().get("Customer", id);
            if (c == null) {
                continue;
            }
            BigDecimal balance = Json.money(own(ctx, id, own));
            BigDecimal jobs = Json.money(withJobs(ctx, id, own, 0));
            BigDecimal oldBalance = Json.decimal(c, "Balance");
            BigDecimal oldJobs = Json.decimal(c, "BalanceWithJobs");
            if (oldBalance == null || oldBalance.compareTo(balance) != 0 || oldJobs == null || oldJobs.compareTo(jobs) != 0) {
                c.put("Balance", balance);
                c.put("BalanceWithJobs", jobs);
                ctx.touch("Customer", c, false);
            }
        }
    }

    /** A customer's own balance: its open invoices less its open credit memos and unapplied payments. */
    private static BigDecimal own(EntityContext ctx, String id, Map<String, BigDecimal> memo) {
        BigDecimal known = memo.get(id);
        if (known != null) {
            return known;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ObjectNode inv : ctx.company().referencing("Invoice", "CustomerRef", id)) {
            sum = sum.add(Json.decimal(inv, "Balance"));
        }
        for (ObjectNode cm : ctx.company().referencing("CreditMemo", "CustomerRef", id)) {
            sum = sum.subtract(Json.decimal(cm, "Balance"));
        }
        for (ObjectNode p : ctx.company().referencing("Payment", "CustomerRef", id)) {
            BigDecimal unapplied = Json.decimal(p, "UnappliedAmt");
            if (unapplied != null) {
                sum = sum.subtract(unapplied);
            }
        }
        memo.put(id, sum);
        return sum;
    }

    private static BigDecimal withJobs(EntityContext ctx, String id, Map<String, BigDecimal> memo, int depth) {
        BigDecimal sum = own(ctx, id, memo);
        if (depth < MAX_DEPTH) {
            for (ObjectNode job : ctx.company().referencing("Customer", "ParentRef", id)) {
                sum = sum.add(withJobs(ctx, job.get("Id").asText(), memo, depth + 1));
            }
        }
        return sum;
    }
}
