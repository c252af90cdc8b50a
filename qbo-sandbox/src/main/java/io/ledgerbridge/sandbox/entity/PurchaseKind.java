package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Purchase (an expense): PaymentType, the paying AccountRef, expense lines; TotalAmt is the sum of the lines. */
final class PurchaseKind extends TxnKind {
    private static final Set<String> PAYEE_TYPES = Set.of("Vendor", "Customer", "Employee");
    private static final Set<String> DETAIL_TYPES = Set.of("AccountBasedExpenseLineDetail", "ItemBasedExpenseLineDetail");

    PurchaseKind() {
        super("Purchase", "PaymentType", "AccountRef", "EntityRef", "Credit", "PaymentMethodRef", "PaymentRefNum",
                "PrintStatus", "RemitToAddr", "PurchaseEx", "IncludeInAnnualTPAR", "Memo");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        TxnRules.common(ctx, e, previous, name());
        ctx.require(e, "PaymentType");
        String paymentType = Json.text(e, "PaymentType");
        if (!Set.of("Cash", "Check", "CreditCard").contains(paymentType)) {
            throw Faults.invalidEnum("PaymentType", paymentType);
        }
        ObjectNode account = ctx.reference(e, "AccountRef", "Account", true);
        String accountType = Json.text(account, "AccountType");
        boolean card = "CreditCard".equals(paymentType);
        if (card ? !"Credit Card".equals(accountType) : !"Bank".equals(accountType)) {
            throw Faults.business("AccountRef must be a " + (card ? "Credit Card" : "Bank") + " account for PaymentType " + paymentType + ".");
        }
        String counterpartyCurrency = payee(ctx, e);
        ctx.currency(e, counterpartyCurrency);
        ctx.reference(e, "PaymentMethodRef", "PaymentMethod", false);
        boolean duplicatesMatter = !"Check".equals(paymentType);
        if (duplicatesMatter) {
            TxnRules.docNumber(ctx, e, previous, name(), Set.of(name()), false);
        } else {
            ctx.maxLength(e, "DocNumber", 21);
        }
        BigDecimal total = lines(ctx, e, previous);
        List<TaxRules.TaxedLine> taxed = new ArrayList<>();
        for (JsonNode l : e.get("Line")) {
            String type = Json.text(l, "DetailType");
            taxed.add(new TaxRules.TaxedLine((ObjectNode) l, (ObjectNode) l.get(type)));
        }
        BigDecimal tax = TaxRules.apply(ctx, e, previous, taxed, false);
        if (!"TaxInclusive".equals(Json.text(e, "GlobalTaxCalculation"))) {
            total = total.add(tax);
        }
        e.put("TotalAmt", Json.money(total));
        if (card) {
            e.put("Credit", Json.bool(e, "Credit", false));
        } else {
            e.remove("Credit");
        }
        if ("Check".equals(paymentType)) {
            TxnRules.enumValue(e, "PrintStatus", Set.of("NotSet", "NeedToPrint", "PrintComplete"), "NeedToPrint");
        }
        ObjectNode ex = Json.object();
        ex.putArray("any").add(PaymentKind.nameValue("TxnType", card ? "54" : "3"));
        e.set("PurchaseEx", ex);
        if (!e.has("CustomField")) {
            e.set("CustomField", Json.array());
        }
    }

    private String payee(EntityContext ctx, ObjectNode e) {
        JsonNode ref = e.get("EntityRef");
        if (ref == null || ref.isNull()) {
            return null;
        }
        String type = Json.text(ref, "type");
        if (type == null) {
            type = "Vendor";
        }
        if (!PAYEE_TYPES.contains(type)) {
            throw Faults.invalidEnum("EntityRef.type", type);
        }
        ObjectNode payee = ctx.reference(e, "EntityRef", type, false);
        ((ObjectNode) e.get("EntityRef")).put("type", type);
        return "Employee".equals(type) || payee == null ? null : Json.refValue(payee, "CurrencyRef");
    }

    private BigDecimal lines(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        ArrayNode lines = Lines.of(e, true);
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode node : lines) {
            ObjectNode l = (ObjectNode) node;
            String type = Lines.detailType(l, DETAIL_TYPES);
            JsonNode detailNode = l.get(type);
            if (detailNode == null || !detailNode.isObject()) {
                throw Faults.required("Line." + type);
            }
            ObjectNode detail = (ObjectNode) detailNode;
            BigDecimal amount = Lines.requiredAmount(l);
            Lines.description(ctx, l);
            if ("AccountBasedExpenseLineDetail".equals(type)) {
                ctx.reference(detail, "AccountRef", "Account", true);
            } else {
                ctx.reference(detail, "ItemRef", "Item", true);
            }
            ctx.reference(detail, "CustomerRef", "Customer", false);
            ctx.reference(detail, "ClassRef", "Class", false);
            TxnRules.enumValue(detail, "BillableStatus", Set.of("Billable", "NotBillable", "HasBeenBilled"), null);
            l.put("Amount", Json.money(amount));
            total = total.add(amount);
        }
        Lines.assignIds(lines, previous, 1);
        return total;
    }
}
