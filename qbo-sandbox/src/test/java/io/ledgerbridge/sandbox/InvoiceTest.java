package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceTest extends SandboxTestBase {

    @Test
    void createAddsSubtotalTotalsAddressesAndNumber() {
        JsonNode inv = us.create("Invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"TxnDate\":\"2026-01-05\",\"Line\":["
                + "{\"Amount\":150.00,\"Description\":\"Consulting\",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},\"Qty\":2,\"UnitPrice\":75}},"
                + "{\"Amount\":50,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"4\"}}}]}");
        assertThat(inv.get("DocNumber").asText()).isEqualTo("1001");
        assertThat(inv.get("Line")).hasSize(3);
        assertThat(inv.at("/Line/0/Id").asText()).isEqualTo("1");
        assertThat(inv.at("/Line/1/LineNum").asInt()).isEqualTo(2);
        assertThat(inv.at("/Line/0/SalesItemLineDetail/ItemRef/name").asText()).isEqualTo("Hours");
        assertThat(inv.at("/Line/0/SalesItemLineDetail/TaxCodeRef/value").asText()).isEqualTo("NON");
        assertThat(inv.at("/Line/2/DetailType").asText()).isEqualTo("SubTotalLineDetail");
        assertThat(inv.at("/Line/2/Amount").decimalValue()).isEqualByComparingTo("200");
        assertThat(inv.at("/Line/2/SubTotalLineDetail").isObject()).isTrue();
        assertThat(inv.get("TotalAmt").decimalValue()).isEqualByComparingTo("200");
        assertThat(inv.get("Balance").decimalValue()).isEqualByComparingTo("200");
        assertThat(inv.at("/TxnTaxDetail/TotalTax").decimalValue()).isZero();
        assertThat(inv.get("DueDate").asText()).isEqualTo("2026-02-04");
        assertThat(inv.at("/CustomerRef/name").asText()).isEqualTo("Acme Widgets Ltd");
        assertThat(inv.at("/BillAddr/Line1").asText()).isEqualTo("1 Main St");
        assertThat(inv.at("/ShipAddr/City").asText()).isEqualTo("Springfield");
        assertThat(inv.get("LinkedTxn").isArray()).isTrue();
        assertThat(inv.get("PrintStatus").asText()).isEqualTo("NeedToPrint");
        assertThat(inv.get("EmailStatus").asText()).isEqualTo("NotSet");
        assertThat(inv.get("AllowOnlineACHPayment").asBoolean()).isFalse();
        assertThat(us.create("Invoice", invoiceJson("2", "10")).get("DocNumber").asText()).isEqualTo("1002");
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "1").get("Balance").decimalValue()).isEqualByComparingTo("200");
    }

    @Test
    void requiredCustomerAndLines() {
        assertThat(us.post("invoice", "{\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}").faultCode()).isEqualTo("2020");
        Api.Resp noLines = us.post("invoice", "{\"CustomerRef\":{\"value\":\"1\"}}");
        assertThat(noLines.faultCode()).isEqualTo("2020");
        assertThat(noLines.json().at("/Fault/Error/0/Detail").asText()).isEqualTo("Required parameter Line is missing in the request");
        assertThat(us.post("invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}").faultCode()).isEqualTo("2020");
    }

    @Test
    void missingReferencesAre2500AndInactiveOnes610() {
        assertThat(us.post("invoice", invoiceJson("777", "10")).faultCode()).isEqualTo("2500");
        assertThat(us.post("invoice", invoiceJson("5", "10")).faultCode()).isEqualTo("610");
        String inactiveItem = "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":5,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"7\"}}}]}";
        assertThat(us.post("invoice", inactiveItem).faultCode()).isEqualTo("610");
    }

    @Test
    void amountMustMatchQuantityTimesPrice() {
        String body = "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":100,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},\"Qty\":2,\"UnitPrice\":75}}]}";
        assertThat(us.post("invoice", body).faultCode()).isEqualTo("6000");
    }

    @Test
    void duplicateDocNumberIs6140UnlessAllowed() {
        String body = "{\"DocNumber\":\"INV-1\",\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":5,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"}}}]}";
        JsonNode first = us.create("Invoice", body);
        Api.Resp dup = us.post("invoice", body);
        assertThat(dup.faultCode()).isEqualTo("6140");
        assertThat(dup.json().at("/Fault/Error/0/Detail").asText()).contains("DocNumber=INV-1 is assigned to TxnType=Invoice with TxnId=" + first.get("Id").asText());
        assertThat(us.post("invoice?include=allowduplicatedocnum", body).status()).isEqualTo(200);
        assertThat(us.post("creditmemo", body).faultCode()).isEqualTo("6140");
    }

    @Test
    void docNumberLongerThan21Is2050() {
        String body = "{\"DocNumber\":\"" + "9".repeat(22) + "\",\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":5,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}";
        assertThat(us.post("invoice", body).faultCode()).isEqualTo("2050");
        String memo = "{\"CustomerMemo\":{\"value\":\"" + "m".repeat(1001) + "\"},\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":5,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}";
        assertThat(us.post("invoice", memo).faultCode()).isEqualTo("2050");
        String note = "{\"PrivateNote\":\"" + "m".repeat(4001) + "\",\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":5,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}";
        assertThat(us.post("invoice", note).faultCode()).isEqualTo("2050");
        String desc = "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":5,\"Description\":\"" + "d".repeat(4001) + "\",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}";
        assertThat(us.post("invoice", desc).faultCode()).isEqualTo("2050");
    }

    @Test
    void closedBooksRejectChangesOnOrBeforeTheDate() {
        JsonNode old = us.create("Invoice", "{\"TxnDate\":\"2026-01-10\"," + invoiceJson("1", "10").substring(1));
        sandbox.admin().closeBooks(QboSandbox.US_REALM, LocalDate.parse("2026-01-31"));
        Api.Resp create = us.post("invoice", "{\"TxnDate\":\"2026-01-31\"," + invoiceJson("1", "10").substring(1));
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.faultCode()).isEqualTo("6210");
        assertThat(us.post("invoice", "{\"TxnDate\":\"2026-02-01\"," + invoiceJson("1", "10").substring(1)).status()).isEqualTo(200);
        String id = old.get("Id").asText();
        assertThat(us.post("invoice", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"sparse\":true,\"PrivateNote\":\"x\"}").faultCode()).isEqualTo("6210");
        assertThat(us.post("invoice?operation=delete", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}").faultCode()).isEqualTo("6210");
        assertThat(us.post("invoice?operation=void", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}").faultCode()).isEqualTo("6210");
        assertThat(us.get("preferences").json().at("/Preferences/AccountingInfoPrefs/BookCloseDate").asText()).isEqualTo("2026-01-31");
    }

    @Test
    void voidZeroesAmountsAndNotesVoided() {
        JsonNode inv = us.create("Invoice", invoiceJson("1", "100"));
        Api.Resp voided = us.post("invoice?operation=void", "{\"Id\":\"" + inv.get("Id").asText() + "\",\"SyncToken\":\"0\"}");
        assertThat(voided.status()).isEqualTo(200);
        JsonNode v = voided.json().get("Invoice");
        assertThat(v.get("SyncToken").asText()).isEqualTo("1");
        assertThat(v.get("PrivateNote").asText()).isEqualTo("Voided");
        assertThat(v.get("TotalAmt").decimalValue()).isZero();
        assertThat(v.get("Balance").decimalValue()).isZero();
        assertThat(v.at("/Line/0/Amount").decimalValue()).isZero();
        assertThat(v.at("/Line/1/Amount").decimalValue()).isZero();
        assertThat(v.at("/Line/0/SalesItemLineDetail/ItemRef/value").asText()).isEqualTo("1");
        assertThat(v.get("DocNumber").asText()).isEqualTo(inv.get("DocNumber").asText());
        assertThat(us.post("customer?operation=void", "{\"Id\":\"1\",\"SyncToken\":\"0\"}").faultCode()).isEqualTo("500");
    }

    @Test
    void deleteAnswersStubAndLaterReadsFail() {
        JsonNode inv = us.create("Invoice", invoiceJson("1", "100"));
        String id = inv.get("Id").asText();
        assertThat(us.post("invoice?operation=delete", "{\"Id\":\"" + id + "\",\"SyncToken\":\"5\"}").faultCode()).isEqualTo("5010");
        Api.Resp del = us.post("invoice?operation=delete", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}");
        assertThat(del.status()).isEqualTo(200);
        assertThat(del.json().get("Invoice").toString()).isEqualTo("{\"domain\":\"QBO\",\"status\":\"Deleted\",\"Id\":\"" + id + "\"}");
        assertThat(del.json().has("time")).isTrue();
        assertThat(us.get("invoice/" + id).faultCode()).isEqualTo("610");
        assertThat(us.post("invoice?operation=delete", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}").faultCode()).isEqualTo("610");
        assertThat(us.post("invoice?operation=delete", "{\"Id\":\"424242\",\"SyncToken\":\"0\"}").faultCode()).isEqualTo("610");
    }

    @Test
    void paymentLowersBalanceAndLinksBothWays() {
        JsonNode inv = us.create("Invoice", invoiceJson("1", "150"));
        String id = inv.get("Id").asText();
        JsonNode pay = us.create("Payment", "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":100,\"Line\":[{\"Amount\":100,\"LinkedTxn\":[{\"TxnId\":\"" + id + "\",\"TxnType\":\"Invoice\"}]}]}");
        assertThat(pay.at("/DepositToAccountRef/name").asText()).isEqualTo("Undeposited Funds");
        assertThat(pay.get("UnappliedAmt").decimalValue()).isZero();
        JsonNode after = us.get("invoice/" + id).json().get("Invoice");
        assertThat(after.get("Balance").decimalValue()).isEqualByComparingTo("50");
        assertThat(after.at("/LinkedTxn/0/TxnType").asText()).isEqualTo("Payment");
        assertThat(after.at("/LinkedTxn/0/TxnId").asText()).isEqualTo(pay.get("Id").asText());
        assertThat(after.get("SyncToken").asText()).isEqualTo("1");
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "1").get("Balance").decimalValue()).isEqualByComparingTo("50");
        Api.Resp blocked = us.post("invoice?operation=delete", "{\"Id\":\"" + id + "\",\"SyncToken\":\"1\"}");
        assertThat(blocked.faultCode()).isEqualTo("6000");
        JsonNode same = us.post("invoice", "{\"Id\":\"" + id + "\",\"SyncToken\":\"1\",\"sparse\":true}").json().get("Invoice");
        assertThat(same.get("SyncToken").asText()).isEqualTo("1");
        assertThat(same.get("Balance").decimalValue()).isEqualByComparingTo("50");
        JsonNode raised = us.post("invoice", "{\"Id\":\"" + id + "\",\"SyncToken\":\"1\",\"sparse\":true,\"Line\":[{\"Amount\":200,"
                + "\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"}}}]}").json().get("Invoice");
        assertThat(raised.get("Balance").decimalValue()).isEqualByComparingTo("100");
        assertThat(raised.at("/LinkedTxn/0/TxnType").asText()).isEqualTo("Payment");
    }

    @Test
    void sparseUpdateReplacesLinesAndKeepsKnownLineIds() {
        JsonNode inv = us.create("Invoice", invoiceJson("1", "100"));
        String body = "{\"Id\":\"" + inv.get("Id").asText() + "\",\"SyncToken\":\"0\",\"sparse\":true,\"Line\":["
                + "{\"Id\":\"1\",\"Amount\":80,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"}}},"
                + "{\"Amount\":20,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"3\"}}}]}";
        JsonNode upd = us.post("invoice", body).json().get("Invoice");
        assertThat(upd.at("/Line/0/Id").asText()).isEqualTo("1");
        assertThat(upd.at("/Line/1/Id").asText()).isEqualTo("2");
        assertThat(upd.get("TotalAmt").decimalValue()).isEqualByComparingTo("100");
        assertThat(upd.get("SyncToken").asText()).isEqualTo("1");
    }

    @Test
    void usTaxUsesTaxAndNonOnLinesAndTheTransactionTaxCode() {
        String body = "{\"CustomerRef\":{\"value\":\"1\"},\"TxnTaxDetail\":{\"TxnTaxCodeRef\":{\"value\":\"2\"}},\"Line\":["
                + "{\"Amount\":100,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"5\"},\"TaxCodeRef\":{\"value\":\"TAX\"}}},"
                + "{\"Amount\":50,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"},\"TaxCodeRef\":{\"value\":\"NON\"}}}]}";
        JsonNode inv = us.create("Invoice", body);
        assertThat(inv.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("8.63"); // 7.25% + 1.375% of 100
        assertThat(inv.at("/TxnTaxDetail/TaxLine")).hasSize(2);
        assertThat(inv.get("TotalAmt").decimalValue()).isEqualByComparingTo("158.63");
        String realCode = body.replace("\"TAX\"", "\"2\"");
        assertThat(us.post("invoice", realCode).faultCode()).isEqualTo("6000");
    }

    @Test
    void taxableInvoicesHaveAtMost750Lines() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 751; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"5\"},\"TaxCodeRef\":{\"value\":\"TAX\"}}}");
        }
        String taxed = "{\"CustomerRef\":{\"value\":\"1\"},\"TxnTaxDetail\":{\"TxnTaxCodeRef\":{\"value\":\"2\"}},\"Line\":[" + lines + "]}";
        assertThat(us.post("invoice", taxed).faultCode()).isEqualTo("6000");
        assertThat(us.post("invoice", taxed.replace("\"TAX\"", "\"NON\"")).status()).isEqualTo(200);
    }

    @Test
    void customTransactionNumbersLeaveDocNumberEmpty() {
        sandbox.admin().setPreference(QboSandbox.US_REALM, "customTxnNumbers", true);
        assertThat(us.create("Invoice", invoiceJson("1", "5")).has("DocNumber")).isFalse();
    }

    @Test
    void emailStatusNeedToSendNeedsBillEmail() {
        String body = "{\"EmailStatus\":\"NeedToSend\"," + invoiceJson("2", "5").substring(1);
        JsonNode ok = us.create("Invoice", "{\"BillEmail\":{\"Address\":\"a@b.example\"}," + body.substring(1));
        assertThat(ok.get("EmailStatus").asText()).isEqualTo("NeedToSend");
        String bad = "{\"BillEmail\":{\"Address\":\"nope\"}," + invoiceJson("2", "5").substring(1);
        assertThat(us.post("invoice", bad).faultCode()).isEqualTo("2210");
    }

    @Test
    void sendMarksTheInvoiceEmailed() {
        String id = us.create("Invoice", invoiceJson("1", "5")).get("Id").asText();
        Api.Resp sent = us.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(us.url("invoice/" + id + "/send?sendTo=billing@acme.example")))
                .header("Content-Type", "application/octet-stream").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(sent.status()).isEqualTo(200);
        JsonNode inv = sent.json().get("Invoice");
        assertThat(inv.get("EmailStatus").asText()).isEqualTo("EmailSent");
        assertThat(inv.at("/DeliveryInfo/DeliveryType").asText()).isEqualTo("Email");
        assertThat(inv.at("/BillEmail/Address").asText()).isEqualTo("billing@acme.example");
        assertThat(inv.get("SyncToken").asText()).isEqualTo("1");
        String other = us.create("Invoice", invoiceJson("3", "5")).get("Id").asText();
        us.post("customer", "{\"Id\":\"3\",\"SyncToken\":\"0\",\"sparse\":true,\"PrimaryEmailAddr\":null}");
        Api.Resp noAddress = us.post("invoice/" + other + "/send", "");
        assertThat(noAddress.faultCode()).isEqualTo("6000");
        assertThat(us.post("customer/1/send", "").faultCode()).isEqualTo("500");
    }

    @Test
    void salesReceiptAndCreditMemo() {
        JsonNode sr = us.create("SalesReceipt", invoiceJson("1", "337.50"));
        assertThat(sr.get("Balance").decimalValue()).isZero();
        assertThat(sr.at("/DepositToAccountRef/name").asText()).isEqualTo("Undeposited Funds");
        JsonNode cm = us.create("CreditMemo", invoiceJson("2", "20"));
        assertThat(cm.get("RemainingCredit").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(20));
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", "2").get("Balance").decimalValue()).isEqualByComparingTo("-20");
    }
}
