package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Payment: money received from a customer and applied to invoices. Applying lowers each invoice's Balance and adds
 * a Payment LinkedTxn to it; what is not applied is UnappliedAmt. Lines are replaced all at once on update.
 */
final class PaymentKind extends TxnKind {
    PaymentKind() {
        super("Payment", "CustomerRef", "TotalAmt", "UnappliedAmt", "DepositToAccountRef", "PaymentMethodRef",
                "PaymentRefNum", "ARAccountRef", "CreditCardPayment", "ProcessPayment", "TxnSource");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        TxnRules.common(ctx, e, previous, name());
        ObjectNode customer = ctx.reference(e, "CustomerRef", "Customer", true);
        BigDecimal total = Json.decimal(e, "TotalAmt");
        if (total == null) {
            throw Faults.required("TotalAmt");
        }
        if (total.signum() < 0) {
            throw Faults.business("The payment amount cannot be negative.");
        }
        ctx.currency(e, Json.refValue(customer, "CurrencyRef"));
        ctx.reference(e, "PaymentMethodRef", "PaymentMethod", false);
        ctx.maxLength(e, "PaymentRefNum", 21);
        Payments.depositAccount(ctx, e);
        ArrayNode lines = Lines.of(e, false);
        BigDecimal applied = BigDecimal.ZERO;
        for (JsonNode node : lines) {
            ObjectNode line = (ObjectNode) node;
            BigDecimal amount = Lines.requiredAmount(line);
            JsonNode links = line.get("LinkedTxn");
            if (links == null || !links.isArray() || links.isEmpty()) {
                throw Faults.required("Line.LinkedTxn");
            }
            for (JsonNode link : links) {
                String txnType = Json.text(link, "TxnType");
                String txnId = Json.text(link, "TxnId");
                if (txnId == null || txnType == null) {
                    throw Faults.required("LinkedTxn.TxnId");
                }
                ObjectNode target = ctx.company().get(txnType, txnId);
                if (target == null) {
                    throw ctx.company().wasDeleted(txnType, txnId) ? Faults.deletedTransaction()
                            : Faults.invalidReference("LinkedTxn", txnId);
                }
                if (!customer.get("Id").asText().equals(Json.refValue(target, "CustomerRef"))) {
                    throw Faults.linkedToOtherCustomer(txnId);
                }
                if ("Invoice".equals(txnType)) {
                    BigDecimal open = Json.decimal(target, "Balance").add(Balances.appliedBy(previous, txnId));
                    if (amount.compareTo(open) > 0) {
                        throw Faults.business("The payment amount " + amount.toPlainString()
                                + " is more than the open balance " + open.toPlainString() + " of invoice " + txnId + ".");
                    }
                    line.set("LineEx", lineEx(target, open));
                    applied = applied.add(amount);
                } else if ("CreditMemo".equals(txnType)) {
                    BigDecimal left = Json.decimal(target, "RemainingCredit").add(Balances.appliedBy(previous, "CreditMemo", txnId));
                    if (amount.compareTo(left) > 0) {
                        throw Faults.business("The credit used (" + amount.toPlainString() + ") is more than the credit left ("
                                + left.toPlainString() + ") on credit memo " + txnId + ".");
                    }
                    applied = applied.subtract(amount);
                } else {
                    throw Faults.invalidEnum("LinkedTxn.TxnType", txnType);
                }
            }
            line.put("Amount", Json.money(amount));
        }
        if (applied.compareTo(total) > 0) {
            throw Faults.business("The amount applied to transactions (" + applied.toPlainString()
                    + ") is more than the payment amount (" + total.toPlainString() + ").");
        }
        e.put("TotalAmt", Json.money(total));
        e.put("UnappliedAmt", Json.money(total.subtract(applied)));
        e.put("ProcessPayment", false);
    }

    private static ObjectNode lineEx(ObjectNode invoice, BigDecimal open) {
        ArrayNode any = Json.array();
        any.add(nameValue("txnId", invoice.get("Id").asText()));
        any.add(nameValue("txnOpenBalance", Json.money(open).toPlainString()));
        if (Json.text(invoice, "DocNumber") != null) {
            any.add(nameValue("txnReferenceNumber", Json.text(invoice, "DocNumber")));
        }
        ObjectNode ex = Json.object();
        ex.set("any", any);
        return ex;
    }

    static ObjectNode nameValue(String name, String value) {
        ObjectNode nv = Json.object().put("name", "{http://schema.intuit.com/finance/v3}NameValue").put("nil", false);
        nv.set("value", Json.object().put("Name", name).put("Value", value));
        return nv;
    }

    @Override
    public void afterSave(EntityContext ctx, ObjectNode entity, ObjectNode previous) {
        Set<String> customers = Balances.customersOf(entity, previous, "CustomerRef");
        Set<String> invoices = new LinkedHashSet<>();
        invoices.addAll(Balances.linkedInvoices(previous));
        invoices.addAll(Balances.linkedInvoices(entity));
        for (String id : invoices) {
            ObjectNode invoice = ctx.company().get("Invoice", id);
            if (invoice != null && Balances.invoice(ctx, invoice)) {
                ctx.touch("Invoice", invoice, true);
            }
            customers.addAll(Balances.customersOf(invoice, null, "CustomerRef"));
        }
        Set<String> memos = new LinkedHashSet<>(Balances.linked(previous, "CreditMemo"));
        memos.addAll(Balances.linked(entity, "CreditMemo"));
        for (String id : memos) {
            ObjectNode memo = ctx.company().get("CreditMemo", id);
            if (memo != null && Balances.creditMemo(ctx, memo)) {
                ctx.touch("CreditMemo", memo, true);
            }
            customers.addAll(Balances.customersOf(memo, null, "CustomerRef"));
        }
        Balances.customers(ctx, customers);
    }
}
