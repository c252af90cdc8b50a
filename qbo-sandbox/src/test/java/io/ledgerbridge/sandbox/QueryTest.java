package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest extends SandboxTestBase {

    static List<String> ids(Api.Resp r, String entity) {
        List<String> out = new ArrayList<>();
        r.json().path("QueryResponse").path(entity).forEach(e -> out.add(e.get("Id").asText()));
        return out;
    }

    @Test
    void selectAllAndCountWithActiveDefault() {
        Api.Resp all = us.query("SELECT * FROM Customer");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(ids(all, "Customer")).containsExactly("1", "2", "3", "4"); // by FullyQualifiedName, inactive 5 left out
        assertThat(all.json().at("/QueryResponse/startPosition").asInt()).isEqualTo(1);
        assertThat(all.json().at("/QueryResponse/maxResults").asInt()).isEqualTo(4);
        assertThat(all.json().has("time")).isTrue();
        assertThat(us.query("select count(*) from Customer").json().at("/QueryResponse/totalCount").asInt()).isEqualTo(4);
        assertThat(us.query("SELECT COUNT(*) FROM Customer WHERE Active IN (true, false)").json().at("/QueryResponse/totalCount").asInt()).isEqualTo(5);
        assertThat(ids(us.query("select * from Customer where Active = false"), "Customer")).containsExactly("5");
    }

    @Test
    void operators() {
        us.create("Invoice", invoiceJson("1", "10"));
        us.create("Invoice", invoiceJson("2", "20"));
        us.create("Invoice", invoiceJson("1", "30"));
        assertThat(ids(us.query("select * from Invoice where TotalAmt > '15'"), "Invoice")).containsExactly("2", "3");
        assertThat(ids(us.query("select * from Invoice where TotalAmt >= 20"), "Invoice")).containsExactly("2", "3");
        assertThat(ids(us.query("select * from Invoice where TotalAmt < '20'"), "Invoice")).containsExactly("1");
        assertThat(ids(us.query("select * from Invoice where TotalAmt <= '20'"), "Invoice")).containsExactly("1", "2");
        assertThat(ids(us.query("select * from Invoice where CustomerRef = '1'"), "Invoice")).containsExactly("1", "3");
        assertThat(ids(us.query("select * from Invoice where DocNumber IN ('1001', '1003')"), "Invoice")).containsExactly("1", "3");
        assertThat(ids(us.query("select * from Invoice where CustomerRef = '1' AND Balance > '20'"), "Invoice")).containsExactly("3");
        assertThat(ids(us.query("select * from Invoice where Balance > '0' ORDERBY TotalAmt DESC"), "Invoice")).containsExactly("3", "2", "1");
        assertThat(ids(us.query("select * from Customer where DisplayName LIKE 'Co%'"), "Customer")).containsExactly("3");
        assertThat(ids(us.query("select * from Customer where DisplayName LIKE '%bakery'"), "Customer")).containsExactly("2");
        assertThat(ids(us.query("select * from Customer where PrimaryEmailAddr = 'ap@acme.example'"), "Customer")).containsExactly("1");
        assertThat(ids(us.query("select * from Invoice where MetaData.LastUpdatedTime > '2000-01-01'"), "Invoice")).hasSize(3);
        assertThat(ids(us.query("select * from Invoice where Metadata.LastUpdatedTime < '2000-01-01T00:00:00-08:00'"), "Invoice")).isEmpty();
        assertThat(ids(us.query("select * from Invoice where TxnDate >= '2000-01-01' orderby Id desc"), "Invoice")).containsExactly("3", "2", "1");
    }

    @Test
    void backslashEscapedQuotesAndAmpersands() {
        us.create("Customer", "{\"DisplayName\":\"Kofi's Bike Repair\"}");
        Api.Resp r = us.query("SELECT * FROM Customer WHERE DisplayName = 'Kofi\\'s Bike Repair'");
        assertThat(r.json().at("/QueryResponse/Customer/0/DisplayName").asText()).isEqualTo("Kofi's Bike Repair");
        Api.Resp amp = us.query("SELECT * FROM Vendor WHERE DisplayName = 'Pacific Power & Light'");
        assertThat(amp.json().at("/QueryResponse/Vendor/0/Id").asText()).isEqualTo("3");
        assertThat(amp.json().at("/QueryResponse/maxResults").asInt()).isEqualTo(1);
    }

    @Test
    void pagingAndEmptyResponsePastTheEnd() {
        for (int i = 0; i < 7; i++) {
            us.create("Vendor", "{\"DisplayName\":\"Vendor " + i + "\"}");
        }
        assertThat(us.query("SELECT COUNT(*) FROM Vendor").json().at("/QueryResponse/totalCount").asInt()).isEqualTo(10);
        Api.Resp page3 = us.query("SELECT * FROM Vendor MAXRESULTS 4 STARTPOSITION 9");
        assertThat(page3.json().at("/QueryResponse/startPosition").asInt()).isEqualTo(9);
        assertThat(page3.json().at("/QueryResponse/maxResults").asInt()).isEqualTo(2);
        assertThat(us.query("SELECT * FROM Vendor STARTPOSITION 5 MAXRESULTS 4").json().at("/QueryResponse/Vendor").size()).isEqualTo(4);
        Api.Resp past = us.query("SELECT * FROM Vendor MAXRESULTS 4 STARTPOSITION 11");
        assertThat(past.json().get("QueryResponse").size()).isZero();
        assertThat(past.json().has("time")).isTrue();
        assertThat(us.query("select * from Invoice").json().get("QueryResponse").size()).isZero();
    }

    @Test
    void maxResultsIsCappedAtOneThousand() {
        StringBuilder batch = new StringBuilder("{\"BatchItemRequest\":[");
        for (int round = 0; round < 35; round++) {
            batch.setLength("{\"BatchItemRequest\":[".length());
            for (int i = 0; i < 30; i++) {
                batch.append(i == 0 ? "" : ",").append("{\"bId\":\"b").append(i).append("\",\"operation\":\"create\",\"Class\":{\"Name\":\"C")
                        .append(round).append('-').append(i).append("\"}}");
            }
            assertThat(us.post("batch", batch + "]}").status()).isEqualTo(200);
        }
        Api.Resp big = us.query("select * from Class MAXRESULTS 5000");
        assertThat(big.json().at("/QueryResponse/Class").size()).isEqualTo(1000);
        assertThat(big.json().at("/QueryResponse/maxResults").asInt()).isEqualTo(1000);
        assertThat(us.query("select * from Class").json().at("/QueryResponse/Class").size()).isEqualTo(100);
    }

    @Test
    void syntaxErrorsAre4000AndWhatCannotRunIs4001() {
        Api.Resp typo = us.query("SELECT * FROM Custmoer");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.faultCode()).isEqualTo("4001");
        assertThat(typo.json().at("/Fault/Error/0/Message").asText()).isEqualTo("Invalid query");
        assertThat(typo.json().at("/Fault/Error/0/Detail").asText()).isEqualTo("QueryValidationError: invalid context declaration: Custmoer");
        Api.Resp or = us.query("select * from Customer where DisplayName = 'a' OR DisplayName = 'b'");
        assertThat(or.status()).isEqualTo(400);
        assertThat(or.faultCode()).isEqualTo("4000");
        assertThat(or.json().at("/Fault/Error/0/Message").asText()).isEqualTo("Error parsing query");
        assertThat(or.json().at("/Fault/Error/0/Detail").asText())
                .startsWith("QueryParserError: Encountered \"OR\" at line 1, column 48.").contains("no OR");
        assertThat(or.json().at("/Fault/type").asText()).isEqualTo("ValidationFault");
        assertThat(us.query("select * from Customer where DisplayName = 'open").json().at("/Fault/Error/0/Detail").asText())
                .startsWith("QueryParserError: Lexical error at line 1, column 49.");
        assertThat(us.query("select from Customer").json().at("/Fault/Error/0/Detail").asText())
                .isEqualTo("QueryParserError: Encountered \"from\" at line 1, column 8. Was expecting: a name");
        assertThat(us.query("delete from Customer").faultCode()).isEqualTo("4000");
        assertThat(us.query("select * from Customer where DisplayName").json().at("/Fault/Error/0/Detail").asText())
                .contains("\"<EOF>\"");
        assertThat(us.query("select * from Customer maxresults ten").faultCode()).isEqualTo("4000");
        assertThat(us.query("select * from Customer where Id ~ '1'").faultCode()).isEqualTo("4000");
        Api.Resp notQueryable = us.query("select * from Invoice where PrivateNote = 'ext-id: 7'");
        assertThat(notQueryable.faultCode()).isEqualTo("4001");
        assertThat(notQueryable.json().at("/Fault/Error/0/Detail").asText()).contains("PrivateNote");
        assertThat(us.query("select * from Customer where Notes LIKE '%x%'").faultCode()).isEqualTo("4001");
    }

    @Test
    void entityKeywordAndPropertyNamesAreCaseInsensitiveAndAnswerCanonically() {
        Api.Resp lower = us.query("select * from customer where displayname = 'Bayside Bakery'");
        assertThat(lower.status()).isEqualTo(200);
        assertThat(ids(lower, "Customer")).containsExactly("2");
        assertThat(lower.json().get("QueryResponse").has("customer")).isFalse();
        assertThat(us.query("select count(*) from invoice").json().at("/QueryResponse/totalCount").asInt()).isZero();
        us.create("Invoice", invoiceJson("1", "10"));
        us.create("Invoice", invoiceJson("2", "20"));
        assertThat(ids(us.query("SELECT * FROM INVOICE WHERE balance > '0' ORDER BY totalamt DESC STARTPOSITION 1 MAXRESULTS 10"), "Invoice"))
                .containsExactly("2", "1");
        assertThat(ids(us.query("Select * From Invoice Where customerref In ('2') And metadata.lastupdatedtime > '2000-01-01'"), "Invoice"))
                .containsExactly("2");
        assertThat(us.query("select * from companyinfo").json().at("/QueryResponse/CompanyInfo/0/CompanyName").isTextual()).isTrue();
        JsonNode projected = us.query("select id, displayname, metadata.createtime from customer where ID = '2'").json()
                .at("/QueryResponse/Customer/0");
        assertThat(projected.get("Id").asText()).isEqualTo("2");
        assertThat(projected.get("DisplayName").asText()).isEqualTo("Bayside Bakery");
        assertThat(projected.get("MetaData").has("CreateTime")).isTrue();
        assertThat(projected.has("displayname")).isFalse();
        assertThat(ids(us.query("select * from vendor where active in ( true, false ) orderby displayname asc maxresults 2"), "Vendor"))
                .hasSize(2);
    }

    @Test
    void postedQueryAndLowerCaseKeywords() {
        Api.Resp r = us.postQuery("select * from Customer where Id in ('1','2') maxresults 1");
        assertThat(ids(r, "Customer")).containsExactly("1");
        JsonNode projected = us.query("select Id, DisplayName from Customer where Id = '2'").json().at("/QueryResponse/Customer/0");
        assertThat(projected.get("DisplayName").asText()).isEqualTo("Bayside Bakery");
        assertThat(projected.has("BillAddr")).isFalse();
    }
}
