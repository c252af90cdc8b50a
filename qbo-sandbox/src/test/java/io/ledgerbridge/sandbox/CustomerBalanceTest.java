package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Customer Balance and BalanceWithJobs after invoice, credit memo and payment writes: right for the customers a write
 * touches and their parents, unchanged (value and LastUpdatedTime) for the others.
 */
class CustomerBalanceTest extends SandboxTestBase {
    private static final String US = QboSandbox.US_REALM;

    private static ObjectNode customer(String id) {
        return sandbox.admin().entity(US, "Customer", id);
    }

    private static void balances(String id, String balance, String withJobs) {
        ObjectNode c = customer(id);
        assertThat(c.get("Balance").decimalValue()).as("Balance of " + id).isEqualByComparingTo(balance);
        assertThat(c.get("BalanceWithJobs").decimalValue()).as("BalanceWithJobs of " + id).isEqualByComparingTo(withJobs);
    }

    private static String payment(String customerId, String total, String invoiceId, String applied) {
        return us.create("Payment", "{\"CustomerRef\":{\"value\":\"" + customerId + "\"},\"TotalAmt\":" + total
                + ",\"Line\":[{\"Amount\":" + applied + ",\"LinkedTxn\":[{\"TxnId\":\"" + invoiceId
                + "\",\"TxnType\":\"Invoice\"}]}]}").get("Id").asText();
    }

    @Test
    void invoicesAndPaymentsMoveOnlyTheirCustomersBalances() {
        String untouchedTime = customer("2").at("/MetaData/LastUpdatedTime").asText();
        String first = us.create("Invoice", invoiceJson("1", "100")).get("Id").asText();
        us.create("Invoice", invoiceJson("1", "40"));
        balances("1", "140", "140");
        payment("1", "60", first, "50"); // 10 left unapplied
        balances("1", "80", "80");
        balances("2", "0", "0");
        assertThat(customer("2").at("/MetaData/LastUpdatedTime").asText()).isEqualTo(untouchedTime);
        assertThat(us.get("invoice/" + first).json().at("/Invoice/Balance").decimalValue()).isEqualByComparingTo("50");
    }

    @Test
    void aJobsInvoiceReachesItsParentsBalanceWithJobsAndMovesWithTheJob() {
        us.create("Invoice", invoiceJson("4", "70")); // Website Project, a job of Cobalt Consulting (3)
        balances("4", "70", "70");
        balances("3", "0", "70");
        us.create("Invoice", invoiceJson("3", "5"));
        balances("3", "5", "75");
        // the job moves under Acme (1): Cobalt loses it, Acme gains it
        String token = customer("4").get("SyncToken").asText();
        assertThat(us.post("customer", "{\"Id\":\"4\",\"SyncToken\":\"" + token
                + "\",\"sparse\":true,\"ParentRef\":{\"value\":\"1\"}}").status()).isEqualTo(200);
        balances("3", "5", "5");
        balances("1", "0", "70");
        balances("4", "70", "70");
    }

    @Test
    void voidsDeletesCreditsAndMergesKeepBalancesRight() {
        String invoice = us.create("Invoice", invoiceJson("2", "90")).get("Id").asText();
        String other = us.create("Invoice", invoiceJson("2", "10")).get("Id").asText();
        String pay = payment("2", "30", invoice, "30");
        balances("2", "70", "70");
        us.create("CreditMemo", invoiceJson("2", "15"));
        balances("2", "55", "55");
        sandbox.admin().delete(US, "Payment", pay);
        balances("2", "85", "85");
        sandbox.admin().voidTransaction(US, "Invoice", other);
        balances("2", "75", "75");
        balances("1", "0", "0");
        us.create("Invoice", invoiceJson("1", "20"));
        sandbox.admin().merge(US, "Customer", "2", "1"); // Bayside's transactions move to Acme
        balances("1", "95", "95");
        assertThat(customer("2")).isNull();
    }

    @Test
    void aPaymentMovedToAnotherInvoiceRestoresTheFirst() {
        String a = us.create("Invoice", invoiceJson("1", "50")).get("Id").asText();
        String b = us.create("Invoice", invoiceJson("1", "50")).get("Id").asText();
        String pay = payment("1", "20", a, "20");
        ObjectNode stored = sandbox.admin().entity(US, "Payment", pay);
        assertThat(us.post("payment", "{\"Id\":\"" + pay + "\",\"SyncToken\":\"" + stored.get("SyncToken").asText()
                + "\",\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":20,\"Line\":[{\"Amount\":20,\"LinkedTxn\":[{\"TxnId\":\""
                + b + "\",\"TxnType\":\"Invoice\"}]}]}").status()).isEqualTo(200);
        assertThat(sandbox.admin().entity(US, "Invoice", a).get("Balance").decimalValue()).isEqualByComparingTo("50");
        assertThat(sandbox.admin().entity(US, "Invoice", b).get("Balance").decimalValue()).isEqualByComparingTo("30");
        assertThat(sandbox.admin().entity(US, "Invoice", b).at("/LinkedTxn/0/TxnId").asText()).isEqualTo(pay);
        assertThat(sandbox.admin().entity(US, "Invoice", a).get("LinkedTxn")).isEmpty();
        balances("1", "80", "80");
    }
}
