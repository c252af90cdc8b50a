package io.ledgerbridge.qbo.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.client.batch.BatchItem;
import io.ledgerbridge.qbo.client.batch.BatchResult;
import io.ledgerbridge.qbo.client.http.JaxRsClients;
import io.ledgerbridge.qbo.client.http.QboEndpoint;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.client.model.Account;
import io.ledgerbridge.qbo.client.model.Customer;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.Invoice;
import io.ledgerbridge.qbo.client.query.QboQuery;
import io.ledgerbridge.qbo.client.retry.RetryPolicy;
import io.ledgerbridge.qbo.client.retry.RetrySettings;
import jakarta.ws.rs.client.Client;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact URIs and bodies of writes, voids, CDC, batch and long queries. */
class QboClientWireTest {
    private static final String REALM = "123145";
    private static final String INVOICE = "{\"Invoice\":{\"Id\":\"239\",\"SyncToken\":\"1\"},\"time\":\"x\"}";

    private final FakeTime time = new FakeTime();
    private FakeQbo qbo;
    private Client http;
    private QboClient client;

    @BeforeEach
    void start() throws Exception {
        qbo = new FakeQbo();
        http = JaxRsClients.newClient(Duration.ofSeconds(2), Duration.ofSeconds(2));
        QboClientFactory factory = new QboClientFactory(http, QboJson.newObjectMapper(),
                new RetryPolicy(RetrySettings.defaults(), () -> 0.0), time, time);
        client = factory.newClient(new QboEndpoint(qbo.baseUrl(), REALM), new FakeTokens(),
                factory.newThrottle(ThrottleLimits.quickBooksOnline()));
    }

    @AfterEach
    void stop() {
        http.close();
        qbo.close();
    }

    private static Invoice invoice() {
        Invoice invoice = new Invoice();
        invoice.setId("239");
        invoice.setSyncToken("0");
        invoice.setPrivateNote("note");
        return invoice;
    }

    @Test
    void sparseUpdateFullUpdateAndDelete() {
        qbo.answerJson(200, INVOICE).answerJson(200, INVOICE)
                .answerJson(200, "{\"Invoice\":{\"domain\":\"QBO\",\"status\":\"Deleted\",\"Id\":\"239\"},\"time\":\"x\"}");

        client.sparseUpdate(invoice(), "r1");
        client.update(invoice(), "r2");
        Invoice deleted = client.delete(invoice(), "r3");

        List<FakeQbo.Recorded> sent = qbo.requests();
        assertThat(sent.get(0).body()).isEqualTo("{\"Id\":\"239\",\"SyncToken\":\"0\",\"PrivateNote\":\"note\","
                + "\"sparse\":true}");
        assertThat(sent.get(1).body()).isEqualTo("{\"Id\":\"239\",\"SyncToken\":\"0\",\"PrivateNote\":\"note\"}");
        assertThat(sent.get(2).params()).containsExactly(Map.entry("operation", "delete"),
                Map.entry("requestid", "r3"), Map.entry("minorversion", "75"));
        assertThat(sent.get(2).body()).isEqualTo("{\"Id\":\"239\",\"SyncToken\":\"0\"}");
        assertThat(deleted.isDeleted()).isTrue();
    }

    @Test
    void voidsUseQuickBooksOwnOperations() {
        qbo.answerJson(200, INVOICE).answerJson(200, "{\"Payment\":{\"Id\":\"163\",\"SyncToken\":\"1\"},\"time\":\"x\"}");

        client.voidInvoice("239", "0", "v1");
        client.voidPayment("163", "0", "v2");

        FakeQbo.Recorded voidInvoice = qbo.requests().get(0);
        FakeQbo.Recorded voidPayment = qbo.requests().get(1);
        assertThat(voidInvoice.path()).endsWith("/invoice");
        assertThat(voidInvoice.params()).containsEntry("operation", "void").containsEntry("requestid", "v1");
        assertThat(voidPayment.path()).endsWith("/payment");
        assertThat(voidPayment.params()).containsEntry("operation", "update").containsEntry("include", "void");
        assertThat(voidPayment.body()).isEqualTo("{\"Id\":\"163\",\"SyncToken\":\"0\",\"sparse\":true}");
    }

    @Test
    void deactivateSendsActiveFalseWithTheName() {
        qbo.answerJson(200, "{\"Account\":{\"Id\":\"5\",\"Active\":false},\"time\":\"x\"}")
                .answerJson(200, "{\"Customer\":{\"Id\":\"7\",\"Active\":false},\"time\":\"x\"}");
        Account account = new Account();
        account.setId("5");
        account.setSyncToken("1");
        account.setName("Fees Billed");
        account.setAccountType("Income");
        Customer customer = new Customer();
        customer.setId("7");
        customer.setSyncToken("3");
        customer.setDisplayName("Old Co");

        client.deactivate(account, "d1");
        client.deactivate(customer, "d2");

        assertThat(qbo.requests().get(0).body())
                .isEqualTo("{\"Id\":\"5\",\"SyncToken\":\"1\",\"sparse\":true,\"Active\":false,\"Name\":\"Fees Billed\"}");
        assertThat(qbo.requests().get(1).body())
                .isEqualTo("{\"Id\":\"7\",\"SyncToken\":\"3\",\"sparse\":true,\"Active\":false,\"DisplayName\":\"Old Co\"}");
    }

    @Test
    void cdcAsksForTheEntitiesAndReadsEachKind() {
        qbo.answerJson(200, "{\"CDCResponse\":[{\"QueryResponse\":["
                + "{\"Customer\":[{\"Id\":\"1\",\"DisplayName\":\"A\"},{\"domain\":\"QBO\",\"status\":\"Deleted\","
                + "\"Id\":\"2\"}],\"startPosition\":1,\"maxResults\":2},"
                + "{\"Invoice\":[{\"Id\":\"9\",\"TotalAmt\":0}],\"startPosition\":1,\"maxResults\":1}]}],"
                + "\"time\":\"2026-01-05T08:02:53.512-08:00\"}");

        CdcResult result = client.cdc(List.of(EntityType.CUSTOMER, EntityType.INVOICE),
                OffsetDateTime.parse("2026-01-04T09:00:00-08:00"));

        assertThat(qbo.lastRequest().path()).endsWith("/cdc");
        assertThat(qbo.lastRequest().params()).containsEntry("entities", "Customer,Invoice")
                .containsEntry("changedSince", "2026-01-04T09:00:00-08:00");
        assertThat(result.changes(EntityType.CUSTOMER)).extracting(Customer::isDeleted).containsExactly(false, true);
        assertThat(result.changes(EntityType.INVOICE)).extracting(Invoice::getId).containsExactly("9");
        assertThat(result.changes(EntityType.PAYMENT)).isEmpty();
        assertThat(result.serverTime()).isEqualTo(OffsetDateTime.parse("2026-01-05T08:02:53.512-08:00"));
    }

    @Test
    void batchCarriesARequestIdAndCountsItsItems() {
        qbo.answerJson(200, "{\"BatchItemResponse\":[{\"bId\":\"q\",\"QueryResponse\":{\"totalCount\":1}}],"
                + "\"time\":\"x\"}");

        BatchResult result = client.batch(List.of(BatchItem.query("q", QboQuery.from(EntityType.ITEM))), "b-1");

        assertThat(qbo.lastRequest().path()).endsWith("/batch");
        assertThat(qbo.lastRequest().params()).containsEntry("requestid", "b-1");
        assertThat(qbo.lastRequest().body()).contains("\"BatchItemRequest\"");
        assertThat(result.get("q").isSuccess()).isTrue();
    }

    @Test
    void aVeryLongQueryGoesByPost() {
        qbo.answerJson(200, "{\"QueryResponse\":{},\"time\":\"x\"}");
        Object[] ids = java.util.stream.IntStream.range(0, 400).mapToObj(String::valueOf).toArray();

        client.query(QboQuery.from(EntityType.CUSTOMER).whereIn("Id", ids));

        assertThat(qbo.lastRequest().method()).isEqualTo("POST");
        assertThat(qbo.lastRequest().body()).startsWith("SELECT * FROM Customer WHERE Id IN ('0', '1'");
    }
}
