package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One test per recorded exchange group of Intuit's sandbox (qbo-recordings/): the same request (method, path form,
 * query string, body form) sent to this sandbox gets the same status and the same JSON shape. Data values are the
 * project's own; the expected shapes live in src/test/resources/shapes.
 */
class RecordingConformanceTest extends SandboxTestBase {
    static final ObjectNode CUSTOMER = Shapes.load("customer");
    static final ObjectNode CUSTOMER_FULL = Shapes.load("customer-full");
    static final ObjectNode VENDOR = Shapes.load("vendor");

    static void expect(Api.Resp r, int status, JsonNode shape, boolean strict) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(status == 200 ? "application/json;charset=utf-8" : "application/json");
        Shapes.assertShape(shape, r.json(), strict);
    }

    static ObjectNode queryShape(String entity, JsonNode element) {
        ObjectNode qr = Api.MAPPER.createObjectNode();
        qr.putArray(entity).add(element);
        qr.put("startPosition", 1);
        qr.put("maxResults", 1);
        return Shapes.envelope("QueryResponse", qr);
    }

    static ObjectNode countShape() {
        return Shapes.envelope("QueryResponse", Api.MAPPER.createObjectNode().put("totalCount", 1));
    }

    static ObjectNode emptyQueryShape() {
        return Shapes.envelope("QueryResponse", Api.MAPPER.createObjectNode());
    }

    Api.Resp getRaw(String pathAndQuery) {
        return us.get(pathAndQuery);
    }

    String createSalesReceipt(String amount) {
        return us.create("SalesReceipt", "{\"Line\":[{\"Description\":\"Logo design\",\"Amount\":" + amount + ",\"DetailType\":\"SalesItemLineDetail\","
                + "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"3\",\"name\":\"Design\"},\"UnitPrice\":75,\"Qty\":4.5,\"TaxCodeRef\":{\"value\":\"NON\"}}}]}")
                .get("Id").asText();
    }

    @Test
    void createCustomer() {
        expect(us.post("customer?requestid=", "{\"DisplayName\":\"Shape, Priya\"}"), 200, Shapes.envelope("Customer", CUSTOMER), false);
    }

    @Test
    void createInvoice() {
        Api.Resp r = us.post("invoice", "{\"Line\":[{\"Amount\":100.0,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":"
                + "{\"ItemRef\":{\"value\":\"1\",\"name\":\"Services\"}}}],\"CustomerRef\":{\"value\":\"3\"}}");
        expect(r, 200, Shapes.envelope("Invoice", Shapes.load("invoice")), false);
    }

    @Test
    void updateCustomer() {
        String id = us.create("Customer", "{\"DisplayName\":\"Shape2, Priya\"}").get("Id").asText();
        expect(us.get("customer/" + id + "?minorversion=8"), 200, Shapes.envelope("Customer", CUSTOMER), false);
        Api.Resp r = us.post("customer?minorversion=8", "{\"DisplayName\":\"Jack Shape\",\"PrimaryPhone\":{\"FreeFormNumber\":\"(415) 555-0100\"},"
                + "\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}");
        ObjectNode shape = CUSTOMER.deepCopy();
        shape.set("PrimaryPhone", Api.MAPPER.createObjectNode().put("FreeFormNumber", "n"));
        expect(r, 200, Shapes.envelope("Customer", shape), false);
        assertThat(r.json().at("/Customer/SyncToken").asText()).isEqualTo("1");
    }

    @Test
    void updateSalesReceipt() {
        String id = createSalesReceipt("337.50");
        ObjectNode shape = Shapes.load("sales-receipt");
        expect(us.get("salesreceipt/" + id), 200, Shapes.envelope("SalesReceipt", shape), false);
        Api.Resp r = us.post("salesreceipt?minorversion=4&requestid=5c2e9d0a-41b7-4f3e-9a6c-0d8e7b1f2a34",
                "{\"Line\":[{\"Description\":\"Logo design\",\"Amount\":337.5,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":"
                        + "{\"ItemRef\":{\"value\":\"3\",\"name\":\"Design\"},\"UnitPrice\":75,\"Qty\":4.5,\"TaxCodeRef\":{\"value\":\"NON\"}}}],"
                        + "\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}");
        expect(r, 200, Shapes.envelope("SalesReceipt", shape), false);
        assertThat(r.json().at("/SalesReceipt/SyncToken").asText()).isEqualTo("1");
        assertThat(r.json().at("/SalesReceipt/Line/0/Id").asText()).isEqualTo("2"); // a line sent without Id is a new line
    }

    @Test
    void voidInvoice() {
        String id = us.create("Invoice", invoiceJson("3", "100.0")).get("Id").asText();
        ObjectNode shape = Shapes.load("invoice");
        expect(us.get("invoice/" + id), 200, Shapes.envelope("Invoice", shape), false);
        shape.put("PrivateNote", "Voided");
        Api.Resp r = us.post("invoice?operation=void", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}");
        expect(r, 200, Shapes.envelope("Invoice", shape), false);
    }

    @Test
    void deleteInvoice() {
        String id = us.create("Invoice", invoiceJson("3", "100.0")).get("Id").asText();
        expect(us.get("invoice/" + id), 200, Shapes.envelope("Invoice", Shapes.load("invoice")), false);
        ObjectNode stub = Api.MAPPER.createObjectNode().put("domain", "QBO").put("status", "Deleted").put("Id", "1");
        expect(us.post("invoice?operation=delete", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\"}"), 200, Shapes.envelope("Invoice", stub), true);
    }

    @Test
    void deactivateAccount() {
        ObjectNode shape = Shapes.load("account");
        expect(us.get("account/26"), 200, Shapes.envelope("Account", shape), true);
        Api.Resp r = us.post("account", "{\"Id\":\"26\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false,\"Name\":\"Retired Fees (inactive)\"}");
        expect(r, 200, Shapes.envelope("Account", shape), true);
        assertThat(r.json().at("/Account/SyncToken").asText()).isEqualTo("0"); // nothing changed
    }

    @Test
    void deactivateEmployee() {
        ObjectNode shape = Shapes.load("employee");
        expect(us.get("employee/2"), 200, Shapes.envelope("Employee", shape), true);
        expect(us.post("employee", "{\"Id\":\"2\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false}"), 200, Shapes.envelope("Employee", shape), true);
    }

    @Test
    void getById() {
        expect(us.get("customer/1"), 200, Shapes.envelope("Customer", CUSTOMER_FULL), false);
    }

    @Test
    void queryByDisplayNameWithEscapedQuote() {
        us.create("Customer", "{\"DisplayName\":\"Kim's Garden Supply\"}");
        Api.Resp r = us.get("query?query=SELECT%20*%20FROM%20Customer%20WHERE%20DisplayName%20=%20%27Kim%5C%27s%20Garden%20Supply%27");
        expect(r, 200, queryShape("Customer", CUSTOMER), false);
    }

    @Test
    void inactiveVendors() {
        expect(us.get("query?query=SELECT%20*%20FROM%20Vendor%20WHERE%20Active%20IN%20(true,%20false)"), 200, queryShape("Vendor", VENDOR), false);
        assertThat(us.get("query?query=SELECT%20*%20FROM%20Vendor%20WHERE%20Active%20IN%20(true,%20false)").json().at("/QueryResponse/Vendor").size()).isEqualTo(4);
    }

    @Test
    void ampersandInQuery() {
        Api.Resp r = us.get("query?query=SELECT%20*%20FROM%20Vendor%20WHERE%20DisplayName%20=%20%27Pacific%20Power%20%26%20Light%27");
        expect(r, 200, queryShape("Vendor", VENDOR), false);
    }

    @Test
    void altSelectPagingWithInLists() {
        for (String name : new String[] {"Alt One", "Alt Two"}) {
            us.create("Customer", "{\"DisplayName\":\"" + name + "\"}");
        }
        String in = "Id%20IN%20(%271%27,%20%272%27,%20%273%27,%20%274%27,%20%275%27,%20%276%27)";
        expect(us.get("query?query=SELECT%20count(*)%20FROM%20Customer%20WHERE%20" + in), 200, countShape(), true);
        for (int start : new int[] {1, 3, 5}) {
            Api.Resp page = us.get("query?query=SELECT%20*%20FROM%20Customer%20WHERE%20" + in
                    + "%20AND%20Active%20IN%20(%20true,%20false%20)%20MAXRESULTS%202%20STARTPOSITION%20" + start);
            expect(page, 200, queryShape("Customer", CUSTOMER), false);
            assertThat(page.json().at("/QueryResponse/startPosition").asInt()).isEqualTo(start);
            assertThat(page.json().at("/QueryResponse/maxResults").asInt()).isEqualTo(2);
        }
        expect(us.get("query?query=SELECT%20*%20FROM%20Customer%20WHERE%20" + in
                + "%20AND%20Active%20IN%20(%20true,%20false%20)%20MAXRESULTS%202%20STARTPOSITION%207"), 200, emptyQueryShape(), true);
    }

    @Test
    void allCustomers() {
        expect(us.get("query?query=SELECT%20COUNT(*)%20FROM%20Customer"), 200, countShape(), true);
        expect(us.get("query?query=SELECT%20*%20FROM%20Customer%20MAXRESULTS%201000%20STARTPOSITION%201"), 200, queryShape("Customer", CUSTOMER), false);
    }

    @Test
    void employeesIncludingInactive() {
        expect(us.get("query?query=SELECT%20COUNT(*)%20FROM%20Employee%20WHERE%20Active%20IN%20(true,%20false)%20"), 200, countShape(), true);
        ObjectNode shape = Shapes.load("employee");
        shape.remove("Active");
        Api.Resp r = us.get("query?query=SELECT%20*%20FROM%20Employee%20WHERE%20Active%20IN%20(%20true,%20false%20)%20MAXRESULTS%201000%20STARTPOSITION%201");
        expect(r, 200, queryShape("Employee", shape), false);
        assertThat(r.json().at("/QueryResponse/maxResults").asInt()).isEqualTo(2);
    }

    @Test
    void allSalesReceipts() {
        createSalesReceipt("337.50");
        createSalesReceipt("337.5");
        expect(us.get("query?query=SELECT%20*%20FROM%20SalesReceipt%20MAXRESULTS%201000%20STARTPOSITION%201"), 200,
                queryShape("SalesReceipt", Shapes.load("sales-receipt")), false);
    }

    @Test
    void vendorsByFive() {
        for (int i = 0; i < 8; i++) {
            us.create("Vendor", "{\"DisplayName\":\"Paged Vendor " + i + "\"}");
        }
        expect(us.get("query?query=SELECT%20COUNT(*)%20FROM%20Vendor"), 200, countShape(), true);
        int total = us.get("query?query=SELECT%20COUNT(*)%20FROM%20Vendor").json().at("/QueryResponse/totalCount").asInt();
        int seen = 0;
        for (int start = 1; start <= total; start += 5) {
            Api.Resp page = us.get("query?query=SELECT%20*%20FROM%20Vendor%20MAXRESULTS%205%20STARTPOSITION%20" + start);
            expect(page, 200, queryShape("Vendor", VENDOR), false);
            seen += page.json().at("/QueryResponse/maxResults").asInt();
        }
        assertThat(seen).isEqualTo(total);
        assertThat(total % 5).isNotZero(); // so the last page was a short one, as recorded
    }

    @Test
    void batchWithCreateFailedDeleteStaleUpdateAndQuery() {
        String receipt = createSalesReceipt("337.50");
        us.post("salesreceipt", "{\"Id\":\"" + receipt + "\",\"SyncToken\":\"0\",\"sparse\":true,\"PrivateNote\":\"moved on\"}");
        String body = "{\"BatchItemRequest\":[{\"bId\":\"bid1\",\"operation\":\"create\",\"Vendor\":{\"DisplayName\":\"Harbor Shape Store\"}},"
                + "{\"bId\":\"bid2\",\"operation\":\"delete\",\"Invoice\":{\"Id\":\"129\",\"SyncToken\":\"0\"}},"
                + "{\"bId\":\"bid3\",\"operation\":\"update\",\"SalesReceipt\":{\"domain\":\"QBO\",\"sparse\":true,\"Id\":\"" + receipt + "\",\"SyncToken\":\"0\",\"PrivateNote\":\"A private note.\"}},"
                + "{\"bId\":\"bid4\",\"Query\":\"select * from SalesReceipt where TotalAmt > '300.00'\"}]}";
        Api.Resp r = us.post("batch", body);
        ObjectNode faultItem = (ObjectNode) Shapes.load("fault-element").get("Fault");
        ArrayNode items = Api.MAPPER.createArrayNode();
        items.addObject().put("bId", "b").set("Vendor", VENDOR);
        items.addObject().put("bId", "b").set("Fault", faultItem);
        items.addObject().put("bId", "b").set("Fault", faultItem);
        ObjectNode qr = Api.MAPPER.createObjectNode();
        qr.putArray("SalesReceipt").add(Shapes.load("sales-receipt"));
        qr.put("startPosition", 1).put("maxResults", 1);
        items.addObject().put("bId", "b").set("QueryResponse", qr);
        expect(r, 200, Shapes.envelope("BatchItemResponse", items), false);
        JsonNode got = r.json().get("BatchItemResponse");
        assertThat(got.get(1).at("/Fault/Error/0/code").asText()).isEqualTo("610");
        assertThat(got.get(2).at("/Fault/Error/0/code").asText()).isEqualTo("5010");
        for (int i = 1; i <= 2; i++) {
            Shapes.assertShape(Api.MAPPER.createObjectNode().put("bId", "b").set("Fault", faultItem), got.get(i), true);
        }
    }

    @Test
    void changeDataCapture() {
        us.create("Estimate", "{\"CustomerRef\":{\"value\":\"1\"},\"CustomerMemo\":{\"value\":\"Thanks\"},\"Line\":[{\"Description\":\"Design\",\"Amount\":300,"
                + "\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"3\"},\"UnitPrice\":75,\"Qty\":4}}]}");
        String since = sandbox.admin().clock().now().minus(Duration.ofDays(10)).toString();
        Api.Resp r = us.get("cdc?changedSince=" + since + "&entities=estimate");
        ObjectNode qr = Api.MAPPER.createObjectNode();
        qr.putArray("Estimate").add(Shapes.load("estimate"));
        qr.put("startPosition", 1).put("maxResults", 1);
        ArrayNode cdc = Api.MAPPER.createArrayNode();
        cdc.addObject().putArray("QueryResponse").add(qr);
        expect(r, 200, Shapes.envelope("CDCResponse", cdc), false);
    }

    @Test
    void invalidQuery() {
        expect(us.get("query?query=SELECT%20*%20FROM%20Customer"), 200, queryShape("Customer", CUSTOMER), false);
        expect(us.get("query?query=SELECT%20*%20FROM%20Custmoer"), 400, Shapes.load("fault"), true);
    }

    @Test
    void unknownPropertyInBody() {
        expect(us.post("invoice", "{\"BadJson\":true}"), 400, Shapes.load("fault"), true);
        assertThat(us.post("invoice", "{\"BadJson\":true}").faultCode()).isEqualTo("2010");
    }

    @Test
    void expiredToken() {
        Api later = Api.connect(sandbox, QboSandbox.US_REALM);
        sandbox.admin().advanceClock(Duration.ofMinutes(61));
        Api.Resp r = later.get("customer/1");
        expect(r, 401, Shapes.load("gateway-401"), true);
        assertThat(r.raw().headers().firstValue("WWW-Authenticate").orElseThrow()).isEqualTo("Bearer realm=\"Intuit\", error=\"invalid_token\"");
        us = Api.connect(sandbox, QboSandbox.US_REALM);
        ca = Api.connect(sandbox, QboSandbox.CA_REALM);
    }

    @Test
    void unsupportedOperationAndInvalidId() {
        expect(us.get("customer/1/5"), 400, Shapes.load("fault"), true);
        assertThat(us.get("customer/1/5").faultCode()).isEqualTo("500");
        expect(us.get("customer/1.5"), 400, Shapes.load("fault-no-time"), true);
        assertThat(us.get("customer/1.5").faultCode()).isEqualTo("2030");
    }

    @Test
    void duplicateName() {
        us.create("Customer", "{\"DisplayName\":\"Lakeside Shape Consulting\"}");
        Api.Resp r = us.post("customer", "{\"DisplayName\":\"Lakeside Shape Consulting\"}");
        expect(r, 400, Shapes.load("fault"), true);
        assertThat(r.faultCode()).isEqualTo("6240");
    }

    @Test
    void pathsWithoutCompanyAreUnsupported() {
        Api.Resp r = Api.raw(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v3/customer/1"))
                .header("Authorization", "Bearer " + us.token).build());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.faultCode()).isEqualTo("500");
    }
}
