package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentAndPurchaseTest extends SandboxTestBase {

    static String payment(String customer, String total, String invoiceId, String amount) {
        return "{\"CustomerRef\":{\"value\":\"" + customer + "\"},\"TotalAmt\":" + total + ",\"Line\":[{\"Amount\":" + amount
                + ",\"LinkedTxn\":[{\"TxnId\":\"" + invoiceId + "\",\"TxnType\":\"Invoice\"}]}]}";
    }

    @Test
    void unappliedRemainderAndLineEx() {
        String inv = us.create("Invoice", invoiceJson("1", "80")).get("Id").asText();
        JsonNode p = us.create("Payment", payment("1", "100", inv, "80"));
        assertThat(p.get("UnappliedAmt").decimalValue()).isEqualByComparingTo("20");
        assertThat(p.get("TotalAmt").decimalValue()).isEqualByComparingTo("100");
        assertThat(p.get("ProcessPayment").asBoolean()).isFalse();
        assertThat(p.at("/Line/0/LineEx/any/0/value/Name").asText()).isEqualTo("txnId");
        JsonNode unapplied = us.create("Payment", "{\"CustomerRef\":{\"value\":\"2\"},\"TotalAmt\":25}");
        assertThat(unapplied.get("UnappliedAmt").decimalValue()).isEqualByComparingTo("25");
        assertThat(unapplied.get("Line")).isEmpty();
    }

    @Test
    void paymentRules() {
        String inv = us.create("Invoice", invoiceJson("1", "80")).get("Id").asText();
        assertThat(us.post("payment", payment("2", "80", inv, "80")).faultCode()).isEqualTo("620");
        assertThat(us.post("payment", payment("1", "100", inv, "90")).faultCode()).isEqualTo("6000");
        assertThat(us.post("payment", payment("1", "10", inv, "50")).faultCode()).isEqualTo("6000");
        assertThat(us.post("payment", "{\"CustomerRef\":{\"value\":\"1\"}}").faultCode()).isEqualTo("2020");
        assertThat(us.post("payment", payment("1", "80", "9999", "80")).faultCode()).isEqualTo("2500");
        assertThat(us.post("payment", "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":5,\"DepositToAccountRef\":{\"value\":\"16\"}}").faultCode()).isEqualTo("6000");
        JsonNode toChecking = us.create("Payment", "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":5,\"DepositToAccountRef\":{\"value\":\"1\"}}");
        assertThat(toChecking.at("/DepositToAccountRef/name").asText()).isEqualTo("Checking");
    }

    static String useCredit(String invoiceId, String memoId) {
        return "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":70,\"Line\":["
                + "{\"Amount\":100,\"LinkedTxn\":[{\"TxnId\":\"" + invoiceId + "\",\"TxnType\":\"Invoice\"}]},"
                + "{\"Amount\":30,\"LinkedTxn\":[{\"TxnId\":\"" + memoId + "\",\"TxnType\":\"CreditMemo\"}]}]}";
    }

    @Test
    void aPaymentCanUseACreditMemo() {
        String inv = us.create("Invoice", invoiceJson("1", "100")).get("Id").asText();
        String cm = us.create("CreditMemo", invoiceJson("1", "30")).get("Id").asText();
        JsonNode p = us.create("Payment", useCredit(inv, cm));
        assertThat(p.get("UnappliedAmt").decimalValue()).isZero();
        assertThat(us.get("invoice/" + inv).json().at("/Invoice/Balance").decimalValue()).isZero();
        JsonNode memo = us.get("creditmemo/" + cm).json().get("CreditMemo");
        assertThat(memo.get("RemainingCredit").decimalValue()).isZero();
        assertThat(memo.get("SyncToken").asText()).isEqualTo("1");
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "1").get("Balance").decimalValue()).isZero();
        String inv2 = us.create("Invoice", invoiceJson("1", "100")).get("Id").asText();
        Api.Resp overused = us.post("payment", useCredit(inv2, cm));
        assertThat(overused.faultCode()).isEqualTo("6000");
        assertThat(overused.json().at("/Fault/Error/0/Detail").asText()).contains("credit");
    }

    @Test
    void aCreditMemoAppliedByAQuickBooksUserLowersTheInvoiceTheMemoAndTheCustomer() {
        String inv = us.create("Invoice", invoiceJson("1", "100")).get("Id").asText();
        BigDecimal before = sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "1").get("Balance").decimalValue();
        String cm = sandbox.admin().create(QboSandbox.US_REALM, "CreditMemo",
                (com.fasterxml.jackson.databind.node.ObjectNode) Api.json(invoiceJson("1", "30"))).get("Id").asText();
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "1").get("Balance").decimalValue())
                .as("an open credit lowers the customer at once").isEqualByComparingTo(before.subtract(BigDecimal.valueOf(30)));

        JsonNode zero = sandbox.admin().applyCredit(QboSandbox.US_REALM, cm, inv, new BigDecimal("30"));

        assertThat(zero.get("TotalAmt").decimalValue()).isZero();
        assertThat(zero.get("UnappliedAmt").decimalValue()).isZero();
        JsonNode invoice = us.get("invoice/" + inv).json().get("Invoice");
        assertThat(invoice.get("Balance").decimalValue()).isEqualByComparingTo("70");
        assertThat(invoice.at("/LinkedTxn/0/TxnType").asText()).isEqualTo("Payment");
        assertThat(invoice.at("/LinkedTxn/0/TxnId").asText()).isEqualTo(zero.get("Id").asText());
        assertThat(us.get("creditmemo/" + cm).json().at("/CreditMemo/RemainingCredit").decimalValue()).isZero();
        assertThat(us.query("select * from CreditMemo where Id = '" + cm + "'").json().at("/QueryResponse/CreditMemo/0/Id")
                .asText()).isEqualTo(cm);
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "1").get("Balance").decimalValue())
                .as("applying moves the credit onto the invoice: the customer owes the same")
                .isEqualByComparingTo(before.subtract(BigDecimal.valueOf(30)));
    }

    @Test
    void voidingAPaymentReopensTheInvoice() {
        String inv = us.create("Invoice", invoiceJson("1", "80")).get("Id").asText();
        JsonNode p = us.create("Payment", payment("1", "80", inv, "80"));
        assertThat(us.get("invoice/" + inv).json().at("/Invoice/Balance").decimalValue()).isZero();
        Api.Resp voided = us.post("payment?operation=update&include=void",
                "{\"Id\":\"" + p.get("Id").asText() + "\",\"SyncToken\":\"0\",\"sparse\":true}");
        assertThat(voided.status()).isEqualTo(200);
        JsonNode v = voided.json().get("Payment");
        assertThat(v.get("TotalAmt").decimalValue()).isZero();
        assertThat(v.get("UnappliedAmt").decimalValue()).isZero();
        assertThat(v.get("Line")).isEmpty();
        assertThat(v.get("PrivateNote").asText()).isEqualTo("Voided");
        assertThat(v.get("SyncToken").asText()).isEqualTo("1");
        JsonNode reopened = us.get("invoice/" + inv).json().get("Invoice");
        assertThat(reopened.get("Balance").decimalValue()).isEqualByComparingTo("80");
        assertThat(reopened.get("LinkedTxn")).isEmpty();
    }

    @Test
    void paymentUpdateReplacesAllLines() {
        String inv = us.create("Invoice", invoiceJson("1", "80")).get("Id").asText();
        JsonNode p = us.create("Payment", payment("1", "80", inv, "80"));
        JsonNode upd = us.post("payment", "{\"Id\":\"" + p.get("Id").asText() + "\",\"SyncToken\":\"0\",\"sparse\":true,\"Line\":[]}").json().get("Payment");
        assertThat(upd.get("UnappliedAmt").decimalValue()).isEqualByComparingTo("80");
        assertThat(us.get("invoice/" + inv).json().at("/Invoice/Balance").decimalValue()).isEqualByComparingTo("80");
    }

    static String purchase(String type, String account, String doc) {
        return "{\"PaymentType\":\"" + type + "\",\"AccountRef\":{\"value\":\"" + account + "\"},"
                + (doc == null ? "" : "\"DocNumber\":\"" + doc + "\",")
                + "\"EntityRef\":{\"value\":\"1\",\"type\":\"Vendor\"},\"Line\":[{\"DetailType\":\"AccountBasedExpenseLineDetail\",\"Amount\":42.50,"
                + "\"Description\":\"Taxi\",\"AccountBasedExpenseLineDetail\":{\"AccountRef\":{\"value\":\"16\"},\"BillableStatus\":\"NotBillable\"}},"
                + "{\"DetailType\":\"AccountBasedExpenseLineDetail\",\"Amount\":7.50,\"AccountBasedExpenseLineDetail\":{\"AccountRef\":{\"value\":\"17\"}}}]}";
    }

    @Test
    void purchaseTotalsLinesAndNamesItsRefs() {
        JsonNode p = us.create("Purchase", purchase("CreditCard", "6", "EXP-1"));
        assertThat(p.get("TotalAmt").decimalValue()).isEqualByComparingTo("50");
        assertThat(p.get("Credit").asBoolean()).isFalse();
        assertThat(p.at("/AccountRef/name").asText()).isEqualTo("Visa");
        assertThat(p.at("/EntityRef/name").asText()).isEqualTo("City Cabs");
        assertThat(p.at("/EntityRef/type").asText()).isEqualTo("Vendor");
        assertThat(p.at("/Line/0/AccountBasedExpenseLineDetail/AccountRef/name").asText()).isEqualTo("Travel");
        assertThat(p.at("/Line/0/Id").asText()).isEqualTo("1");
        assertThat(p.at("/PurchaseEx/any/0/value/Name").asText()).isEqualTo("TxnType");
        JsonNode check = us.create("Purchase", purchase("Check", "1", null));
        assertThat(check.get("PrintStatus").asText()).isEqualTo("NeedToPrint");
    }

    @Test
    void purchaseRules() {
        assertThat(us.post("purchase", purchase("CreditCard", "1", null)).faultCode()).isEqualTo("6000"); // bank account for a card
        assertThat(us.post("purchase", purchase("Cash", "6", null)).faultCode()).isEqualTo("6000");
        assertThat(us.post("purchase", purchase("Barter", "1", null)).faultCode()).isEqualTo("2170");
        assertThat(us.post("purchase", purchase("Cash", "1", null).replace("\"AccountRef\":{\"value\":\"1\"},", "")).faultCode()).isEqualTo("2020");
        assertThat(us.post("purchase", purchase("Cash", "1", null).replace("NotBillable", "Maybe")).faultCode()).isEqualTo("2170");
        us.create("Purchase", purchase("CreditCard", "6", "EXP-9"));
        assertThat(us.post("purchase", purchase("CreditCard", "6", "EXP-9")).faultCode()).isEqualTo("6140");
        us.create("Purchase", purchase("Check", "1", "1001"));
        assertThat(us.post("purchase", purchase("Check", "1", "1001")).status()).isEqualTo(200); // checks may repeat
    }

    @Test
    void purchaseDeleteAndVoid() {
        JsonNode p = us.create("Purchase", purchase("Cash", "1", null));
        JsonNode v = us.post("purchase?operation=void", "{\"Id\":\"" + p.get("Id").asText() + "\",\"SyncToken\":\"0\"}").json().get("Purchase");
        assertThat(v.get("TotalAmt").decimalValue()).isZero();
        JsonNode del = us.post("purchase?operation=delete", "{\"Id\":\"" + p.get("Id").asText() + "\",\"SyncToken\":\"1\"}").json().get("Purchase");
        assertThat(del.get("status").asText()).isEqualTo("Deleted");
    }
}
