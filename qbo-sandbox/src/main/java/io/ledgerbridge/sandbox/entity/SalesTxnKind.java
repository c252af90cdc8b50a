package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Invoice, CreditMemo, SalesReceipt and Estimate: customer, item lines, the server-added SubTotal line, tax,
 * TotalAmt and Balance, addresses copied from the customer, automatic DocNumber.
 */
final class SalesTxnKind extends TxnKind {
    private static final Set<String> DETAIL_TYPES = Set.of("SalesItemLineDetail", "SubTotalLineDetail",
            "DiscountLineDetail", "DescriptionOnly", "GroupLineDetail");
    private static final Set<String> SALES_PROPS = Set.of("CustomerRef", "CustomerMemo", "BillAddr", "ShipAddr",
            "ShipFromAddr", "FreeFormAddress", "SalesTermRef", "DueDate", "ShipMethodRef", "ShipDate", "TrackingNum",
            "PrintStatus", "EmailStatus", "BillEmail", "BillEmailCc", "BillEmailBcc", "DeliveryInfo", "Balance",
            "HomeBalance", "ApplyTaxAfterDiscount", "AllowIPNPayment", "AllowOnlinePayment",
            "AllowOnlineCreditCardPayment", "AllowOnlineACHPayment", "DepositToAccountRef", "Deposit", "InvoiceLink",
            "PaymentMethodRef", "PaymentRefNum", "RemainingCredit", "ExpirationDate", "AcceptedBy", "AcceptedDate",
            "SalesRepRef", "PONumber", "FOB", "AutoDocNumber", "CreditCardPayment", "EInvoiceStatus", "RecurDataRef");
    private static final int MAX_TAXED_LINES = 750;
    private final String name;

    SalesTxnKind(String name) {
        super(name, SALES_PROPS);
        this.name = name;
    }

    @Override
    public boolean voidable() {
        return !"Estimate".equals(name);
    }

    @Override
    public Set<String> keptOnFullUpdate() {
        return Set.of("LinkedTxn", "DocNumber");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        TxnRules.common(ctx, e, previous, name);
        ObjectNode customer = ctx.reference(e, "CustomerRef", "Customer", !"SalesReceipt".equals(name));
        TxnRules.docNumber(ctx, e, previous, name, collisions(), true);
        ctx.maxLengthNested(e, "CustomerMemo", "value", 1000);
        ctx.email(e, "BillEmail");
        ctx.email(e, "BillEmailCc");
        ctx.email(e, "BillEmailBcc");
        ctx.currency(e, customer == null ? null : Json.refValue(customer, "CurrencyRef"));
        TxnRules.enumValue(e, "PrintStatus", Set.of("NotSet", "NeedToPrint", "PrintComplete"), "NeedToPrint");
        TxnRules.enumValue(e, "EmailStatus", Set.of("NotSet", "NeedToSend", "EmailSent"), "NotSet");
        if ("NeedToSend".equals(Json.text(e, "EmailStatus")) && Json.text(e.path("BillEmail"), "Address") == null) {
            throw Faults.required("BillEmail");
        }
        NameRules.addresses(ctx, e, previous, "BillAddr", "ShipAddr");
        copyAddresses(e, customer);
        customFields(e);
        BigDecimal subtotal = lines(ctx, e, previous);
        BigDecimal tax = TaxRules.apply(ctx, e, previous, taxedLines(e), true);
        if (tax.signum() != 0 && taxedLines(e).size() > MAX_TAXED_LINES) {
            throw Faults.business("A taxable transaction can have at most " + MAX_TAXED_LINES + " lines.");
        }
        boolean inclusive = "TaxInclusive".equals(Json.text(e, "GlobalTaxCalculation"));
        BigDecimal total = inclusive ? subtotal : subtotal.add(tax);
        if (inclusive) {
            total = BigDecimal.ZERO;
            for (JsonNode l : e.get("Line")) {
                if ("SalesItemLineDetail".equals(Json.text(l, "DetailType"))) {
                    JsonNode d = l.path("SalesItemLineDetail");
                    total = total.add(d.has("TaxInclusiveAmt") ? d.get("TaxInclusiveAmt").decimalValue() : Lines.amount(l));
                }
            }
        }
        e.put("TotalAmt", Json.money(total));
        e.put("ApplyTaxAfterDiscount", Json.bool(e, "ApplyTaxAfterDiscount", false));
        switch (name) {
            case "Invoice" -> invoice(ctx, e, customer, previous);
            case "SalesReceipt" -> {
                e.put("Balance", 0);
                Payments.depositAccount(ctx, e);
                ctx.reference(e, "PaymentMethodRef", "PaymentMethod", false);
            }
            case "CreditMemo" -> {
                e.put("RemainingCredit", Json.money(total));
                e.put("Balance", Json.money(total));
                if (e.has("Id")) {
                    Balances.creditMemo(ctx, e);
                }
            }
            default -> {
                TxnRules.enumValue(e, "TxnStatus", Set.of("Pending", "Accepted", "Closed", "Rejected", "Converted"), "Pending");
                if (!e.has("LinkedTxn")) {
                    e.set("LinkedTxn", Json.array());
                }
            }
        }
    }

    private Set<String> collisions() {
        // a credit memo shares the numbering of invoices (Intuit), the others only their own
        return "Invoice".equals(name) || "CreditMemo".equals(name) ? Set.of("Invoice", "CreditMemo") : Set.of(name);
    }

    private void invoice(EntityContext ctx, ObjectNode e, ObjectNode customer, ObjectNode previous) {
        for (String flag : List.of("AllowIPNPayment", "AllowOnlinePayment", "AllowOnlineCreditCardPayment", "AllowOnlineACHPayment")) {
            e.put(flag, Json.bool(e, flag, false));
        }
        ObjectNode term = ctx.reference(e, "SalesTermRef", "Term", false);
        if (term == null && customer != null && Json.refValue(customer, "SalesTermRef") != null) {
            term = ctx.company().get("Term", Json.refValue(customer, "SalesTermRef"));
        }
        if (e.get("DueDate") == null) {
            int days = term == null ? 30 : term.path("DueDays").asInt(30);
            e.put("DueDate", LocalDate.parse(Json.text(e, "TxnDate")).plusDays(days).toString());
        } else if (Times.parseDate(Json.text(e, "DueDate")) == null) {
            throw Faults.badRequestBody("DueDate");
        }
        if (!e.has("LinkedTxn")) {
            e.set("LinkedTxn", Json.array());
        }
        ctx.reference(e, "DepositToAccountRef", "Account", false);
        // Balance is TotalAmt less what payments apply, so an update that changes nothing compares equal
        e.put("Balance", e.get("TotalAmt").decimalValue());
        if (e.has("Id")) {
            Balances.invoice(ctx, e);
        }
        home(ctx, e);
    }

    /** Multicurrency: HomeTotalAmt and HomeBalance in the home currency, at ExchangeRate home units per unit. */
    static void home(EntityContext ctx, ObjectNode e) {
        String currency = Json.refValue(e, "CurrencyRef");
        if (!ctx.settings().multiCurrency || currency == null || currency.equalsIgnoreCase(ctx.settings().homeCurrency)) {
            return;
        }
        BigDecimal rate = Json.decimal(e, "ExchangeRate") == null ? BigDecimal.ONE : Json.decimal(e, "ExchangeRate");
        e.put("HomeTotalAmt", Json.money(Json.decimal(e, "TotalAmt").multiply(rate).setScale(2, RoundingMode.HALF_UP)));
        if (e.has("Balance")) {
            e.put("HomeBalance", Json.money(Json.decimal(e, "Balance").multiply(rate).setScale(2, RoundingMode.HALF_UP)));
        }
    }

    private static void copyAddresses(ObjectNode e, ObjectNode customer) {
        if (customer == null) {
            return;
        }
        if (!e.has("BillAddr") && customer.has("BillAddr")) {
            e.set("BillAddr", customer.get("BillAddr").deepCopy());
        }
        if (!e.has("ShipAddr") && customer.has("ShipAddr")) {
            e.set("ShipAddr", customer.get("ShipAddr").deepCopy());
        } else if (!e.has("ShipAddr") && customer.has("BillAddr")) {
            e.set("ShipAddr", customer.get("BillAddr").deepCopy());
        }
    }

    private static void customFields(ObjectNode e) {
        if (!e.has("CustomField")) {
            ArrayNode defs = Json.array();
            defs.add(Json.object().put("DefinitionId", "1").put("Name", "P.O. Number").put("Type", "StringType"));
            e.set("CustomField", defs);
        }
    }

    /** Validates the lines, numbers them, adds the SubTotal line and returns the subtotal. */
    private BigDecimal lines(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        ArrayNode in = Lines.of(e, true);
        ArrayNode out = Json.array();
        BigDecimal subtotal = BigDecimal.ZERO;
        List<ObjectNode> discounts = new ArrayList<>();
        for (JsonNode node : in) {
            ObjectNode l = (ObjectNode) node;
            String type = Lines.detailType(l, DETAIL_TYPES);
            if ("SubTotalLineDetail".equals(type)) {
                continue; // the server writes its own subtotal line
            }
            Lines.description(ctx, l);
            switch (type) {
                case "SalesItemLineDetail" -> subtotal = subtotal.add(itemLine(ctx, l));
                case "DiscountLineDetail" -> discounts.add(l);
                default -> l.remove("Amount");
            }
            out.add(l);
        }
        if (out.isEmpty()) {
            throw Faults.required("Line");
        }
        for (ObjectNode d : discounts) {
            ObjectNode detail = (ObjectNode) d.path("DiscountLineDetail");
            BigDecimal amount = Json.bool(detail, "PercentBased", false) && Json.decimal(detail, "DiscountPercent") != null
                    ? subtotal.multiply(Json.decimal(detail, "DiscountPercent")).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                    : Lines.amount(d);
            d.put("Amount", Json.money(amount));
        }
        Lines.assignIds(out, previous, 1);
        Lines.number(out);
        BigDecimal net = subtotal;
        for (ObjectNode d : discounts) {
            net = net.subtract(Lines.amount(d));
        }
        ObjectNode sub = Json.object().put("Amount", Json.money(subtotal)).put("DetailType", "SubTotalLineDetail");
        sub.set("SubTotalLineDetail", Json.object());
        out.add(sub);
        e.set("Line", out);
        return net;
    }

    private BigDecimal itemLine(EntityContext ctx, ObjectNode l) {
        JsonNode detailNode = l.get("SalesItemLineDetail");
        ObjectNode detail = detailNode != null && detailNode.isObject() ? (ObjectNode) detailNode : Json.object();
        l.set("SalesItemLineDetail", detail);
        BigDecimal amount = Json.decimal(l, "Amount");
        BigDecimal qty = Json.decimal(detail, "Qty");
        BigDecimal price = Json.decimal(detail, "UnitPrice");
        if (amount == null) {
            if (qty == null || price == null) {
                throw Faults.required("Line.Amount");
            }
            amount = qty.multiply(price);
        } else if (qty != null && price != null && qty.multiply(price).setScale(2, RoundingMode.HALF_UP)
                .compareTo(amount.setScale(2, RoundingMode.HALF_UP)) != 0) {
            throw Faults.business("Amount is not equal to UnitPrice * Qty. Supplied value:" + amount.toPlainString());
        }
        l.put("Amount", Json.money(amount));
        if (!detail.has("ItemRef")) {
            ctx.company().all("Item").stream().filter(i -> "Services".equals(Json.text(i, "Name"))).findFirst()
                    .ifPresent(i -> detail.set("ItemRef", Json.object().put("value", i.get("Id").asText())));
        }
        ctx.reference(detail, "ItemRef", "Item", false);
        ctx.reference(detail, "ClassRef", "Class", false);
        return amount;
    }

    private static List<TaxRules.TaxedLine> taxedLines(ObjectNode e) {
        List<TaxRules.TaxedLine> out = new ArrayList<>();
        for (JsonNode l : e.get("Line")) {
            if ("SalesItemLineDetail".equals(Json.text(l, "DetailType"))) {
                out.add(new TaxRules.TaxedLine((ObjectNode) l, (ObjectNode) l.get("SalesItemLineDetail")));
            }
        }
        return out;
    }

    @Override
    public void afterSave(EntityContext ctx, ObjectNode entity, ObjectNode previous) {
        if ("Invoice".equals(name) && entity != null) {
            Balances.invoice(ctx, entity);
        }
        Balances.customers(ctx, Balances.customersOf(entity, previous, "CustomerRef"));
    }
}
