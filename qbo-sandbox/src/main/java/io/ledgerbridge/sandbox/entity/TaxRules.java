package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * US versus global tax. US lines carry the pseudo codes TAX or NON and the rate comes from
 * {@code TxnTaxDetail.TxnTaxCodeRef}; elsewhere every line names a real TaxCode and GlobalTaxCalculation is required.
 */
final class TaxRules {
    private static final Set<String> GLOBAL_CALC = Set.of("TaxExcluded", "TaxInclusive", "NotApplicable");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxRules() {
    }

    /** Lines whose tax matters: their {@code detail} object and amount. */
    record TaxedLine(ObjectNode line, ObjectNode detail) {
    }

    /**
     * Checks line tax codes and computes {@code TxnTaxDetail}; returns the total tax. In TaxInclusive mode the line
     * amounts are taken as gross and reduced to net, with the gross kept in {@code TaxInclusiveAmt}.
     */
    static BigDecimal apply(EntityContext ctx, ObjectNode e, ObjectNode previous, List<TaxedLine> lines, boolean sales) {
        if (ctx.settings().isUs()) {
            return us(ctx, e, lines, sales);
        }
        return global(ctx, e, previous, lines, sales);
    }

    private static BigDecimal us(EntityContext ctx, ObjectNode e, List<TaxedLine> lines, boolean sales) {
        e.remove("GlobalTaxCalculation");
        BigDecimal taxable = BigDecimal.ZERO;
        for (TaxedLine l : lines) {
            String code = Json.refValue(l.detail(), "TaxCodeRef");
            if (code == null) {
                l.detail().set("TaxCodeRef", Json.object().put("value", "NON"));
                code = "NON";
            }
            if (!"TAX".equals(code) && !"NON".equals(code)) {
                throw Faults.business("Line TaxCodeRef must be TAX or NON in a US company; the rate comes from TxnTaxDetail.TxnTaxCodeRef. Supplied value:" + code);
            }
            if ("TAX".equals(code)) {
                taxable = taxable.add(Json.decimal(l.line(), "Amount"));
            }
        }
        ObjectNode detail = e.has("TxnTaxDetail") && e.get("TxnTaxDetail").isObject()
                ? (ObjectNode) e.get("TxnTaxDetail") : Json.object();
        if (!sales) {
            e.remove("TxnTaxDetail");
            return BigDecimal.ZERO;
        }
        String codeId = Json.refValue(detail, "TxnTaxCodeRef");
        if (ctx.settings().automatedSalesTax && ctx.settings().defaultTaxCodeId != null) {
            codeId = ctx.settings().defaultTaxCodeId; // AST replaces any code the request sends
            detail.set("TxnTaxCodeRef", Json.object().put("value", codeId));
        }
        BigDecimal explicit = ctx.settings().automatedSalesTax ? Json.decimal(detail, "TotalTax") : null;
        BigDecimal total = BigDecimal.ZERO;
        ArrayNode taxLines = Json.array();
        if (codeId != null) {
            ObjectNode code = ctx.reference(detail, "TxnTaxCodeRef", "TaxCode", false);
            ((ObjectNode) detail.get("TxnTaxCodeRef")).remove("name");
            for (Map.Entry<String, BigDecimal> rate : rates(ctx, code, true).entrySet()) {
                BigDecimal amount = taxable.multiply(rate.getValue()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                total = total.add(amount);
                taxLines.add(taxLine(rate.getKey(), rate.getValue(), amount, taxable));
            }
        }
        if (explicit != null && explicit.signum() > 0) {
            total = explicit;
        }
        detail.put("TotalTax", Json.money(total));
        if (!taxLines.isEmpty()) {
            detail.set("TaxLine", taxLines);
        } else {
            detail.remove("TaxLine");
        }
        e.set("TxnTaxDetail", detail);
        return total;
    }

    private static BigDecimal global(EntityContext ctx, ObjectNode e, ObjectNode previous, List<TaxedLine> lines, boolean sales) {
        String calc = Json.text(e, "GlobalTaxCalculation");
        if (calc == null && previous != null) {
            calc = Json.text(previous, "GlobalTaxCalculation");
        }
        if (calc == null) {
            throw Faults.required("GlobalTaxCalculation");
        }
        if (!GLOBAL_CALC.contains(calc)) {
            throw Faults.invalidEnum("GlobalTaxCalculation", calc);
        }
        e.put("GlobalTaxCalculation", calc);
        Map<String, BigDecimal[]> byRate = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (TaxedLine l : lines) {
            String codeId = Json.refValue(l.detail(), "TaxCodeRef");
            if ("NotApplicable".equals(calc)) {
                continue;
            }
            if (codeId == null) {
                throw Faults.business("Make sure all your transactions have a " + taxName(ctx) + " rate before you save.");
            }
            ObjectNode code = ctx.reference(l.detail(), "TaxCodeRef", "TaxCode", true);
            ((ObjectNode) l.detail().get("TaxCodeRef")).remove("name");
            BigDecimal amount = Json.decimal(l.line(), "Amount");
            Map<String, BigDecimal> rates = rates(ctx, code, sales);
            BigDecimal rateSum = rates.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal net = amount;
            if ("TaxInclusive".equals(calc) && rateSum.signum() > 0) {
                net = amount.multiply(HUNDRED).divide(HUNDRED.add(rateSum), 2, RoundingMode.HALF_UP);
                l.detail().put("TaxInclusiveAmt", Json.money(amount));
                l.line().put("Amount", Json.money(net));
            }
            for (Map.Entry<String, BigDecimal> rate : rates.entrySet()) {
                BigDecimal tax = net.multiply(rate.getValue()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                BigDecimal[] acc = byRate.computeIfAbsent(rate.getKey(), k -> new BigDecimal[] {rate.getValue(), BigDecimal.ZERO, BigDecimal.ZERO});
                acc[1] = acc[1].add(tax);
                acc[2] = acc[2].add(net);
                total = total.add(tax);
            }
        }
        ArrayNode taxLines = Json.array();
        byRate.forEach((rateId, acc) -> taxLines.add(taxLine(rateId, acc[0], acc[1], acc[2])));
        ObjectNode detail = Json.object();
        detail.put("TotalTax", Json.money(total));
        if (!taxLines.isEmpty()) {
            detail.set("TaxLine", taxLines);
        }
        e.set("TxnTaxDetail", detail);
        return total;
    }

    private static String taxName(EntityContext ctx) {
        return switch (ctx.settings().country.toUpperCase()) {
            case "CA" -> "GST/HST";
            case "GB" -> "VAT";
            case "AU" -> "GST";
            default -> "tax";
        };
    }

    /** TaxRate id to percent for a code's sales or purchase rate list. */
    static Map<String, BigDecimal> rates(EntityContext ctx, JsonNode code, boolean sales) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        JsonNode details = code.path(sales ? "SalesTaxRateList" : "PurchaseTaxRateList").path("TaxRateDetail");
        for (JsonNode d : details) {
            String rateId = Json.refValue(d, "TaxRateRef");
            ObjectNode rate = ctx.company().get("TaxRate", rateId);
            if (rate != null) {
                out.put(rateId, Json.decimal(rate, "RateValue"));
            }
        }
        return out;
    }

    private static ObjectNode taxLine(String rateId, BigDecimal percent, BigDecimal amount, BigDecimal taxable) {
        ObjectNode detail = Json.object();
        detail.set("TaxRateRef", Json.object().put("value", rateId));
        detail.put("PercentBased", true);
        detail.put("TaxPercent", percent);
        detail.put("NetAmountTaxable", Json.money(taxable));
        ObjectNode line = Json.object().put("Amount", Json.money(amount)).put("DetailType", "TaxLineDetail");
        line.set("TaxLineDetail", detail);
        return line;
    }
}
