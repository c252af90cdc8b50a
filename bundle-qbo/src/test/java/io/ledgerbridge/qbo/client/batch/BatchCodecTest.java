package io.ledgerbridge.qbo.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.client.FakeTime;
import io.ledgerbridge.qbo.client.error.ErrorTranslator;
import io.ledgerbridge.qbo.client.error.QboNotFoundException;
import io.ledgerbridge.qbo.client.error.QboStaleObjectException;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.Invoice;
import io.ledgerbridge.qbo.client.model.Vendor;
import io.ledgerbridge.qbo.client.query.QboQuery;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchCodecTest {
    private final ObjectMapper mapper = QboJson.newObjectMapper();
    private final BatchCodec codec = new BatchCodec(mapper, new ErrorTranslator(mapper, new FakeTime()));

    private List<BatchItem> items() {
        Vendor vendor = new Vendor();
        vendor.setDisplayName("Boraski Family Store");
        Invoice gone = new Invoice();
        gone.setId("129");
        gone.setSyncToken("0");
        Invoice stale = new Invoice();
        stale.setId("11");
        stale.setSyncToken("0");
        stale.setPrivateNote("A private note.");
        return List.of(BatchItem.create("b1", vendor), BatchItem.delete("b2", gone),
                BatchItem.sparseUpdate("b3", stale),
                BatchItem.query("b4", QboQuery.from(EntityType.INVOICE).where("DocNumber", "1001")));
    }

    @Test
    void writesItemsWithTheirOperationAndEntityKey() {
        JsonNode body = codec.request(items());

        assertThat(body.toString()).isEqualTo("{\"BatchItemRequest\":["
                + "{\"bId\":\"b1\",\"operation\":\"create\",\"Vendor\":{\"DisplayName\":\"Boraski Family Store\"}},"
                + "{\"bId\":\"b2\",\"operation\":\"delete\",\"Invoice\":{\"Id\":\"129\",\"SyncToken\":\"0\"}},"
                + "{\"bId\":\"b3\",\"operation\":\"update\",\"Invoice\":{\"Id\":\"11\",\"SyncToken\":\"0\","
                + "\"sparse\":true,\"PrivateNote\":\"A private note.\"}},"
                + "{\"bId\":\"b4\",\"Query\":\"SELECT * FROM Invoice WHERE DocNumber = '1001'\"}]}");
    }

    @Test
    void matchesResultsByBIdNotByPositionAndTranslatesEachFault() throws Exception {
        JsonNode response = mapper.readTree("""
                {"BatchItemResponse":[
                  {"bId":"b4","QueryResponse":{"Invoice":[{"Id":"7","DocNumber":"1001"}],"startPosition":1,"maxResults":1}},
                  {"bId":"b3","Fault":{"Error":[{"Message":"Stale Object Error","Detail":"Stale Object Error : You and x",
                    "code":"5010"}],"type":"ValidationFault"}},
                  {"bId":"b1","Vendor":{"Id":"70","SyncToken":"0","DisplayName":"Boraski Family Store","Vendor1099":false}},
                  {"bId":"b2","Fault":{"Error":[{"Message":"Object Not Found","Detail":"Object Not Found : Another user has deleted this transaction.","code":"610"}],"type":"ValidationFault"}}
                ],"time":"2026-01-05T10:00:00.000-08:00"}""");

        BatchResult result = codec.response(items(), response, "tid-batch");

        assertThat(result.all()).extracting(BatchItemResult::bId).containsExactly("b1", "b2", "b3", "b4");
        assertThat(result.get("b1").entity(Vendor.class).getId()).isEqualTo("70");
        assertThat(result.get("b1").isSuccess()).isTrue();
        assertThat(result.get("b2").failure()).isInstanceOf(QboNotFoundException.class);
        assertThat(result.get("b2").failure().operation()).isEqualTo("batch item b2 (delete Invoice 129)");
        assertThat(result.get("b3").failure()).isInstanceOf(QboStaleObjectException.class);
        assertThat(result.get("b3").failure().intuitTid()).isEqualTo("tid-batch");
        assertThat(result.get("b4").queryResult().items()).singleElement()
                .isInstanceOfSatisfying(Invoice.class, i -> assertThat(i.getDocNumber()).isEqualTo("1001"));
        assertThat(result.allSucceeded()).isFalse();
    }

    @Test
    void anItemWithoutAnAnswerIsAFailure() throws Exception {
        BatchResult result = codec.response(items(), mapper.readTree("{\"BatchItemResponse\":[]}"), null);

        assertThat(result.get("b1").failure()).hasMessageContaining("no result for batch item b1");
    }

    @Test
    void refusesMoreThanThirtyItemsDuplicateBIdsAndLongBIds() {
        Vendor v = new Vendor();
        List<BatchItem> tooMany = IntStream.range(0, 31).mapToObj(i -> BatchItem.create("b" + i, v)).toList();

        assertThatThrownBy(() -> codec.request(tooMany)).hasMessageContaining("1 to 30 items");
        assertThatThrownBy(() -> codec.request(Collections.nCopies(2, BatchItem.create("b1", v))))
                .hasMessageContaining("duplicate bId");
        assertThatThrownBy(() -> BatchItem.create("elevenchars", v)).hasMessageContaining("1 to 10 characters");
    }
}
