package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies of the wrong shape get a QuickBooks fault (400), never a server error. */
class MalformedInputTest extends SandboxTestBase {

    static final String[][] CASES = {
        {"invoice", "[]"},
        {"invoice", "\"text\""},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":{\"Amount\":1}}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[1,2]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":\"abc\",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":\"x\"}]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"Qty\":\"many\",\"UnitPrice\":2}}]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"TxnDate\":\"yesterday\"," + "\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"DueDate\":\"soon\",\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"TxnTaxDetail\":\"x\",\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"CustomField\":{},\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}"},
        {"invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"BillEmail\":\"a@b.c\",\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}"},
        {"invoice", "{\"CustomerRef\":{},\"Line\":[{\"Amount\":1,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{}}]}"},
        {"invoice", "{\"Id\":\"1\"}"},
        {"invoice", "{\"Id\":\"abc\",\"SyncToken\":\"0\"}"},
        {"customer", "{\"DisplayName\":{\"a\":1}}"},
        {"customer", "{\"DisplayName\":\"X\",\"PrimaryEmailAddr\":\"a@b.c\"}"},
        {"customer", "{\"DisplayName\":\"X\",\"BillAddr\":\"street\"}"},
        {"customer", "{\"DisplayName\":\"X\",\"PrimaryPhone\":\"123\"}"},
        {"customer", "{\"DisplayName\":\"X\",\"Active\":\"maybe\"}"},
        {"customer", "{\"DisplayName\":\"X\",\"ParentRef\":{\"value\":\"abc\"}}"},
        {"payment", "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":\"lots\"}"},
        {"payment", "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":5,\"Line\":[{\"Amount\":5,\"LinkedTxn\":{}}]}"},
        {"payment", "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":5,\"Line\":[{\"Amount\":5,\"LinkedTxn\":[{\"TxnId\":\"1\",\"TxnType\":\"Nonsense\"}]}]}"},
        {"purchase", "{\"PaymentType\":\"Cash\",\"AccountRef\":{\"value\":\"1\"},\"EntityRef\":\"x\",\"Line\":[]}"},
        {"purchase", "{\"PaymentType\":\"Cash\",\"AccountRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":1,\"DetailType\":\"AccountBasedExpenseLineDetail\"}]}"},
        {"item", "{\"Name\":\"N\",\"Type\":\"Service\",\"IncomeAccountRef\":{\"value\":\"11\"},\"UnitPrice\":\"cheap\"}"},
        {"account", "{\"Name\":[5],\"AccountType\":\"Expense\"}"},
        {"batch", "{}"},
        {"batch", "{\"BatchItemRequest\":[{\"bId\":\"1\"}]}"},
        {"batch", "{\"BatchItemRequest\":\"x\"}"},
        {"preferences", "{}"},
        {"invoice?operation=delete", "{}"},
        {"invoice?operation=void", "{\"Id\":\"1\"}"},
        {"invoice?operation=merge", "{\"Id\":\"1\"}"},
    };

    @Test
    void wrongShapesAreFaultsNotServerErrors() {
        us.create("Invoice", invoiceJson("1", "5"));
        for (String[] c : CASES) {
            Api.Resp r = us.post(c[0], c[1]);
            assertThat(r.status()).as(c[0] + " " + c[1] + " -> " + r.body()).isLessThan(500);
            if (r.status() == 400) {
                assertThat(r.faultCode()).as(c[0] + " " + c[1]).isNotNull();
            } else {
                assertThat(r.json().at("/BatchItemResponse/0/Fault").isObject()).as(c[0] + " " + c[1] + " -> " + r.body()).isTrue();
            }
        }
    }

    @Test
    void numbersForTextFieldsBecomeText() {
        assertThat(us.create("Account", "{\"Name\":5,\"AccountType\":\"Expense\"}").get("Name").asText()).isEqualTo("5");
    }

    @Test
    void cdcAcceptsAnUnencodedPlusInTheOffset() {
        String since = sandbox.admin().clock().now().atOffset(java.time.ZoneOffset.ofHours(1)).toString();
        assertThat(us.get("cdc?entities=Customer&changedSince=" + since).status()).isEqualTo(200);
    }
}
