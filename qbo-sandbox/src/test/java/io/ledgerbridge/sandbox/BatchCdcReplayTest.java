package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BatchCdcReplayTest extends SandboxTestBase {

    @Test
    void batchAnswersEachItemByBidUnderHttp200() {
        String inv = us.create("Invoice", invoiceJson("1", "10")).get("Id").asText();
        us.post("invoice", "{\"Id\":\"" + inv + "\",\"SyncToken\":\"0\",\"sparse\":true,\"PrivateNote\":\"bump\"}");
        String body = "{\"BatchItemRequest\":["
                + "{\"bId\":\"bid1\",\"operation\":\"create\",\"Vendor\":{\"DisplayName\":\"Batch Vendor\"}},"
                + "{\"bId\":\"bid2\",\"operation\":\"delete\",\"Invoice\":{\"Id\":\"129\",\"SyncToken\":\"0\"}},"
                + "{\"bId\":\"bid3\",\"operation\":\"update\",\"Invoice\":{\"sparse\":true,\"Id\":\"" + inv + "\",\"SyncToken\":\"0\",\"PrivateNote\":\"x\"}},"
                + "{\"bId\":\"bid4\",\"Query\":\"select * from Invoice where TotalAmt > '5.00'\"},"
                + "{\"bId\":\"bid5\",\"operation\":\"create\",\"Customer\":{\"DisplayName\":\"Acme Widgets Ltd\"}}]}";
        Api.Resp r = us.post("batch", body);
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json().get("BatchItemResponse");
        assertThat(items).hasSize(5);
        assertThat(items.get(0).get("bId").asText()).isEqualTo("bid1");
        assertThat(items.get(0).at("/Vendor/DisplayName").asText()).isEqualTo("Batch Vendor");
        assertThat(items.get(1).at("/Fault/Error/0/code").asText()).isEqualTo("610");
        assertThat(items.get(1).at("/Fault/type").asText()).isEqualTo("ValidationFault");
        assertThat(items.get(2).at("/Fault/Error/0/code").asText()).isEqualTo("5010");
        assertThat(items.get(3).at("/QueryResponse/Invoice/0/Id").asText()).isEqualTo(inv);
        assertThat(items.get(4).at("/Fault/Error/0/code").asText()).isEqualTo("6240");
        assertThat(r.json().has("time")).isTrue();
    }

    @Test
    void batchVoidAndDelete() {
        String a = us.create("Invoice", invoiceJson("1", "10")).get("Id").asText();
        String b = us.create("Invoice", invoiceJson("1", "10")).get("Id").asText();
        String body = "{\"BatchItemRequest\":[{\"bId\":\"v\",\"operation\":\"update\",\"optionsData\":\"void\",\"Invoice\":{\"Id\":\"" + a + "\",\"SyncToken\":\"0\"}},"
                + "{\"bId\":\"d\",\"operation\":\"delete\",\"Invoice\":{\"Id\":\"" + b + "\",\"SyncToken\":\"0\"}}]}";
        JsonNode items = us.post("batch", body).json().get("BatchItemResponse");
        assertThat(items.get(0).at("/Invoice/PrivateNote").asText()).isEqualTo("Voided");
        assertThat(items.get(1).at("/Invoice/status").asText()).isEqualTo("Deleted");
    }

    @Test
    void batchOfMoreThanThirtyItemsIsRejected() {
        StringBuilder b = new StringBuilder("{\"BatchItemRequest\":[");
        for (int i = 0; i < 31; i++) {
            b.append(i == 0 ? "" : ",").append("{\"bId\":\"q").append(i).append("\",\"Query\":\"select * from Term\"}");
        }
        Api.Resp r = us.post("batch", b + "]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/Fault/Error/0/Detail").asText()).contains("31");
        assertThat(us.post("batch", b.toString().replace(",{\"bId\":\"q30\",\"Query\":\"select * from Term\"}", "") + "]}").status()).isEqualTo(200);
    }

    @Test
    void cdcReturnsChangesSinceWithDeletedStubs() {
        sandbox.admin().advanceClock(Duration.ofMinutes(2)); // the seed entities are older than the window
        String since = sandbox.admin().clock().now().minusSeconds(60).toString();
        String keep = us.create("Invoice", invoiceJson("1", "10")).get("Id").asText();
        String gone = us.create("Invoice", invoiceJson("2", "10")).get("Id").asText();
        us.post("invoice?operation=delete", "{\"Id\":\"" + gone + "\",\"SyncToken\":\"0\"}");
        us.create("Customer", "{\"DisplayName\":\"CDC Customer\"}");
        Api.Resp r = us.get("cdc?entities=Invoice,customer,TaxCode&changedSince=" + since);
        assertThat(r.status()).isEqualTo(200);
        JsonNode responses = r.json().at("/CDCResponse/0/QueryResponse");
        JsonNode invoices = responses.get(0).get("Invoice");
        assertThat(invoices).hasSize(2);
        assertThat(invoices.get(0).get("Id").asText()).isEqualTo(keep);
        assertThat(invoices.get(1).toString()).contains("\"status\":\"Deleted\"").contains("\"Id\":\"" + gone + "\"");
        assertThat(invoices.get(1).at("/MetaData/LastUpdatedTime").isTextual()).isTrue();
        assertThat(responses.get(0).get("startPosition").asInt()).isEqualTo(1);
        assertThat(responses.get(0).get("maxResults").asInt()).isEqualTo(2);
        assertThat(responses.get(1).get("Customer")).hasSize(3); // the new one, and customers 1 and 2 whose balances changed
        assertThat(responses).hasSize(2); // TaxCode is not covered by CDC
    }

    @Test
    void cdcLooksBackAtMostThirtyDaysAndNeedsItsParameters() {
        String old = OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(31)).toLocalDate().toString();
        Api.Resp r = us.get("cdc?entities=Invoice&changedSince=" + old);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.faultCode()).isEqualTo("4001");
        assertThat(us.get("cdc?entities=Invoice").faultCode()).isEqualTo("2020");
        assertThat(us.get("cdc?changedSince=" + OffsetDateTime.now(ZoneOffset.UTC).toLocalDate()).faultCode()).isEqualTo("2020");
    }

    @Test
    void cdcCapsAtOneThousandObjects() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString().replace("+", "%2B");
        for (int round = 0; round < 35; round++) {
            StringBuilder b = new StringBuilder("{\"BatchItemRequest\":[");
            for (int i = 0; i < 30; i++) {
                b.append(i == 0 ? "" : ",").append("{\"bId\":\"b").append(i).append("\",\"Class\":{\"Name\":\"K").append(round).append('-').append(i).append("\"}}");
            }
            us.post("batch", b + "]}");
        }
        JsonNode r = us.get("cdc?entities=Class&changedSince=" + since).json();
        assertThat(r.at("/CDCResponse/0/QueryResponse/0/Class").size()).isEqualTo(1000);
    }

    @Test
    void requestIdReplaysTheFirstResponseWithoutASecondEffect() {
        String body = "{\"DisplayName\":\"Replay Me\"}";
        Api.Resp first = us.post("customer?requestid=abc-123&minorversion=75", body);
        Api.Resp second = us.post("customer?requestid=abc-123&minorversion=75", body);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(us.query("select count(*) from Customer where DisplayName = 'Replay Me'").json().at("/QueryResponse/totalCount").asInt()).isEqualTo(1);
        Api.Resp other = us.post("customer?requestid=abc-124", body);
        assertThat(other.faultCode()).isEqualTo("6240");
        assertThat(us.post("customer?requestid=abc-124", body).body()).isEqualTo(other.body());
        // ids are per company: the same id in the other company runs the operation
        assertThat(ca.post("customer?requestid=abc-123", body).status()).isEqualTo(200);
        assertThat(sandbox.admin().requests().stream().filter(e -> e.replayed()).count()).isEqualTo(2);
    }

    @Test
    void requestIdReplayCoversBatches() {
        String body = "{\"BatchItemRequest\":[{\"bId\":\"1\",\"Vendor\":{\"DisplayName\":\"Once Only\"}}]}";
        Api.Resp first = us.post("batch?requestid=batch-1", body);
        Api.Resp again = us.post("batch?requestid=batch-1", body);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Vendor").stream()
                .filter(v -> v.get("DisplayName").asText().equals("Once Only")).count()).isEqualTo(1);
    }
}
