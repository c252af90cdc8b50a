package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpineTest {
    static QboSandbox sandbox;
    static Api us;

    @BeforeAll
    static void start() {
        sandbox = QboSandbox.builder().port(0).start();
        us = Api.connect(sandbox, QboSandbox.US_REALM);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void createReadUpdateCustomer() {
        JsonNode c = us.create("Customer", "{\"DisplayName\":\"Spine Co\"}");
        assertThat(c.get("SyncToken").asText()).isEqualTo("0");
        assertThat(c.get("FullyQualifiedName").asText()).isEqualTo("Spine Co");
        Api.Resp read = us.get("customer/" + c.get("Id").asText());
        assertThat(read.status()).isEqualTo(200);
        Api.Resp upd = us.post("customer", "{\"Id\":\"" + c.get("Id").asText() + "\",\"SyncToken\":\"0\",\"sparse\":true,\"Notes\":\"x\"}");
        assertThat(upd.status()).as(upd.body()).isEqualTo(200);
        assertThat(upd.json().at("/Customer/SyncToken").asText()).isEqualTo("1");
    }

    @Test
    void invoiceAndQuery() {
        JsonNode inv = us.create("Invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":100.0,\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"}}}]}");
        System.out.println(inv);
        assertThat(inv.get("TotalAmt").decimalValue()).isEqualByComparingTo("100");
        Api.Resp q = us.query("select * from Invoice");
        System.out.println(q.body());
        assertThat(q.status()).isEqualTo(200);
    }
}
