package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * JSON type checks QuickBooks' typed deserialiser makes: a reference or detail must be an object, Line an array,
 * Active a boolean, Amount a number. A value of the wrong type is fault 2010, as Intuit answers it.
 */
final class BodyTypes {
    private static final Set<String> OBJECTS = Set.of("MetaData", "PrimaryPhone", "AlternatePhone", "Mobile", "Fax",
            "TxnTaxDetail", "CustomerMemo", "BillEmail", "BillEmailCc", "BillEmailBcc", "WebAddr", "SalesItemLineDetail",
            "AccountBasedExpenseLineDetail", "ItemBasedExpenseLineDetail", "DiscountLineDetail", "SubTotalLineDetail",
            "DescriptionLineDetail", "GroupLineDetail", "TaxLineDetail", "LineEx", "PurchaseEx", "MarkupInfo",
            "SalesTaxRateList", "PurchaseTaxRateList", "DeliveryInfo", "CreditCardPayment");
    private static final Set<String> ARRAYS = Set.of("Line", "LinkedTxn", "CustomField", "TaxLine", "TaxRateDetail",
            "EffectiveTaxRate", "any", "NameValue");
    private static final Set<String> BOOLEANS = Set.of("Active", "Taxable", "Job", "BillWithParent", "sparse",
            "Vendor1099", "BillableTime", "Credit", "AllowIPNPayment", "AllowOnlinePayment", "AllowOnlineCreditCardPayment",
            "AllowOnlineACHPayment", "ApplyTaxAfterDiscount", "TrackQtyOnHand", "SubItem", "SubAccount", "SubClass",
            "SubDepartment", "PercentBased", "SalesTaxIncluded", "PurchaseTaxIncluded", "ProcessPayment");
    private static final Set<String> NUMBERS = Set.of("Amount", "TotalAmt", "Qty", "UnitPrice", "Balance", "ExchangeRate",
            "DiscountPercent", "TaxPercent", "RateValue", "QtyOnHand", "PurchaseCost", "DueDays", "DiscountDays", "Level",
            "LineNum", "TotalTax", "TaxInclusiveAmt", "UnappliedAmt", "NetAmountTaxable", "DiscountAmt", "DiscountRate",
            "BillRate", "CostRate", "CurrentBalance", "ReorderPoint", "Deposit");
    private static final Set<String> STRINGS = Set.of("Id", "SyncToken", "DisplayName", "Name", "DocNumber", "TxnDate",
            "DueDate", "PrivateNote", "Description", "Title", "GivenName", "MiddleName", "FamilyName", "Suffix",
            "CompanyName", "PrintOnCheckName", "Notes", "PaymentType", "DetailType", "GlobalTaxCalculation", "PrintStatus",
            "EmailStatus", "AccountType", "AccountSubType", "Type", "PaymentRefNum", "AcctNum", "Sku", "value", "Address",
            "FreeFormNumber", "TxnId", "TxnType", "Line1", "Line2", "Line3", "Line4", "Line5", "City", "Country",
            "CountrySubDivisionCode", "PostalCode", "BillableStatus", "PreferredDeliveryMethod", "ResaleNum", "TxnStatus");

    private BodyTypes() {
    }

    static void check(JsonNode node) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(BodyTypes::check);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey();
            JsonNode v = f.getValue();
            if (!v.isNull() && !fits(name, v)) {
                throw Faults.invalidType(name + " (" + v.getNodeType().toString().toLowerCase() + " value)");
            }
            if (STRINGS.contains(name) && (v.isNumber() || v.isBoolean())) {
                // like Jackson's scalar coercion on Intuit's side: 5 for a text field is "5"
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put(name, v.asText());
            }
            check(v);
        }
    }

    private static boolean fits(String name, JsonNode v) {
        if (name.endsWith("Ref") || name.endsWith("Addr") || OBJECTS.contains(name)) {
            return v.isObject();
        }
        if (ARRAYS.contains(name)) {
            return v.isArray();
        }
        if (BOOLEANS.contains(name)) {
            return v.isBoolean() || (v.isTextual() && Set.of("true", "false").contains(v.asText()));
        }
        if (NUMBERS.contains(name)) {
            return v.isNumber() || (v.isTextual() && numeric(v.asText()));
        }
        if (STRINGS.contains(name)) {
            return v.isValueNode();
        }
        return true;
    }

    private static boolean numeric(String s) {
        try {
            new BigDecimal(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
