package io.ledgerbridge.qbo.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.qbo.client.CdcResult;
import io.ledgerbridge.qbo.client.QboDiagnostics;
import io.ledgerbridge.qbo.client.batch.BatchItem;
import io.ledgerbridge.qbo.client.batch.BatchResult;
import io.ledgerbridge.qbo.client.error.QboClosedPeriodException;
import io.ledgerbridge.qbo.client.error.QboNotFoundException;
import io.ledgerbridge.qbo.client.error.QboStaleObjectException;
import io.ledgerbridge.qbo.client.error.QboTransientException;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.client.model.Customer;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.Invoice;
import io.ledgerbridge.qbo.client.model.Line;
import io.ledgerbridge.qbo.client.model.SalesItemLineDetail;
import io.ledgerbridge.qbo.client.model.Vendor;
import io.ledgerbridge.qbo.client.query.QboQuery;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Batch, CDC, paging, diagnostics, closed books, injected faults and revoked tokens against the sandbox. */
class QboClientSandboxFaultsTest extends EmbeddedSandboxTest {
    private final ObjectMapper mapper = QboJson.newObjectMapper();

    private Invoice invoice(String customerId, LocalDate date) {
        SalesItemLineDetail detail = new SalesItemLineDetail();
        detail.setItemRef(ref("1"));
        Line line = new Line();
        line.setDetailType("SalesItemLineDetail");
        line.setAmount(new BigDecimal("10.00"));
        line.setSalesItemLineDetail(detail);
        Invoice invoice = new Invoice();
        invoice.setCustomerRef(ref(customerId));
        invoice.setTxnDate(date);
        invoice.setLine(List.of(line));
        return invoice;
    }

    @Test
    void batchResultsAreMatchedByBIdWithFaultsTranslated() {
        Invoice live = client.create(invoice("1", LocalDate.now()), "batch-inv-1");
        Invoice missing = new Invoice();
        missing.setId("999999");
        missing.setSyncToken("0");
        Invoice stale = new Invoice();
        stale.setId(live.getId());
        stale.setSyncToken("7");
        stale.setPrivateNote("stale");
        Vendor vendor = new Vendor();
        vendor.setDisplayName("Batch Vendor");
        Invoice toVoid = client.create(invoice("1", LocalDate.now()), "batch-inv-2");

        BatchResult result = client.batch(List.of(BatchItem.create("v", vendor), BatchItem.delete("gone", missing),
                BatchItem.voidTransaction("void", toVoid),
                BatchItem.sparseUpdate("stale", stale),
                BatchItem.query("q", QboQuery.from(EntityType.INVOICE).where("Id", live.getId()))), "batch-req-1");

        assertThat(result.get("v").entity(Vendor.class).getId()).isNotBlank();
        assertThat(result.get("gone").failure()).isInstanceOf(QboNotFoundException.class);
        assertThat(result.get("stale").failure()).isInstanceOf(QboStaleObjectException.class);
        assertThat(result.get("q").queryResult().items()).hasSize(1);
        assertThat(result.get("void").entity(Invoice.class).getTotalAmt()).isEqualByComparingTo("0");
    }

    @Test
    void cdcReturnsChangesAndDeletedStubs() {
        OffsetDateTime since = OffsetDateTime.now().minusMinutes(1);
        Customer c = new Customer();
        c.setDisplayName("CDC Customer");
        Customer created = client.create(c, "cdc-cust-1");
        Invoice doomed = client.create(invoice(created.getId(), LocalDate.now()), "cdc-inv-1");
        client.delete(doomed, "cdc-inv-del-1");

        CdcResult changes = client.cdc(List.of(EntityType.CUSTOMER, EntityType.INVOICE), since);

        assertThat(changes.changes(EntityType.CUSTOMER)).extracting(Customer::getDisplayName)
                .contains("CDC Customer");
        assertThat(changes.changes(EntityType.INVOICE)).filteredOn(Invoice::isDeleted)
                .extracting(Invoice::getId).contains(doomed.getId());
        assertThat(changes.serverTime()).isNotNull();
    }

    @Test
    void queryAllPagesThroughEveryRecord() {
        int seeded = client.count(QboQuery.from(EntityType.CUSTOMER));
        List<BatchItem> creates = IntStream.range(0, 25).mapToObj(i -> {
            Customer c = new Customer();
            c.setDisplayName("Paged " + i);
            return BatchItem.create("c" + i, c);
        }).toList();
        assertThat(client.batch(creates, "paging-batch-1").allSucceeded()).isTrue();

        List<JsonNode> all = new ArrayList<>();
        client.queryAllJson(QboQuery.from(EntityType.CUSTOMER).orderBy("Id"), 10).forEach(all::add);

        assertThat(all).hasSize(seeded + 25);
        assertThat(StreamSupport.stream(client.queryAll(QboQuery.from(EntityType.CUSTOMER)).spliterator(), false)
                .count()).isEqualTo(seeded + 25);
    }

    @Test
    void diagnosticsStreamCustomersJobsAndInvoicesAsJsonArrays() throws Exception {
        QboDiagnostics diagnostics = new QboDiagnostics(client, mapper, 2);
        ByteArrayOutputStream customers = new ByteArrayOutputStream();
        ByteArrayOutputStream jobs = new ByteArrayOutputStream();
        ByteArrayOutputStream invoices = new ByteArrayOutputStream();

        diagnostics.write(DiagnosticsDump.CUSTOMERS, customers);
        diagnostics.write(DiagnosticsDump.SUB_CUSTOMERS, jobs);
        diagnostics.write(DiagnosticsDump.INVOICES, invoices);

        JsonNode customerList = mapper.readTree(customers.toByteArray());
        JsonNode jobList = mapper.readTree(jobs.toByteArray());
        assertThat(customerList.isArray()).isTrue();
        assertThat(customerList.size() + jobList.size())
                .isEqualTo(sandbox.admin().count(US, "Customer"));
        assertThat(jobList).isNotEmpty().allSatisfy(j -> assertThat(j.get("Job").asBoolean()).isTrue());
        assertThat(customerList).allSatisfy(c -> assertThat(c.path("Job").asBoolean()).isFalse());
        assertThat(mapper.readTree(invoices.toByteArray()).size()).isEqualTo(sandbox.admin().count(US, "Invoice"));
    }

    @Test
    void closedBooksRefuseOlderTransactions() {
        sandbox.admin().closeBooks(US, LocalDate.now().minusDays(10));

        assertThatThrownBy(() -> client.create(invoice("1", LocalDate.now().minusDays(30)), "closed-inv-1"))
                .isInstanceOfSatisfying(QboClosedPeriodException.class, e -> assertThat(e.code()).isEqualTo("6210"));
        assertThat(client.preferences().getAccountingInfoPrefs().getBookCloseDate())
                .isEqualTo(LocalDate.now().minusDays(10));
    }

    @Test
    void anOutageThatOutlastsTheRetriesIsReportedAsTransient() {
        sandbox.admin().faults().errorRate(1.0, 503);
        try {
            assertThatThrownBy(() -> client.read(EntityType.CUSTOMER, "1"))
                    .isInstanceOfSatisfying(QboTransientException.class, e -> {
                        assertThat(e.reason()).isEqualTo(QboTransientException.Reason.SERVER_ERROR);
                        assertThat(e.httpStatus()).isEqualTo(503);
                    });
            assertThat(sandbox.admin().countStatus(503)).isEqualTo(4);
        } finally {
            sandbox.admin().faults().errorRate(0, 503);
        }
    }

    @Test
    void aStaleFaultOnAnUpdateIsNotRetried() {
        Customer created = client.read(EntityType.CUSTOMER, "2");
        sandbox.admin().faults().staleOnNextUpdate(US, "Customer", "2");
        created.setNotes("changed");

        assertThatThrownBy(() -> client.sparseUpdate(created, "stale-inj-1"))
                .isInstanceOf(QboStaleObjectException.class);
        assertThat(sandbox.admin().countOperation("update", "Customer")).isEqualTo(1);
    }

    @Test
    void injectedOutagesAreRetriedAndARevokedTokenRefreshedOnce() {
        sandbox.admin().faults().dropNext(1);
        assertThat(client.read(EntityType.CUSTOMER, "1").getId()).isEqualTo("1");

        sandbox.admin().faults().throttleNext(1);
        assertThat(client.read(EntityType.CUSTOMER, "1").getId()).isEqualTo("1");

        sandbox.admin().revokeTokens(US, null);
        assertThat(client.companyInfo().getCountry()).isEqualTo("US");

        sandbox.admin().revokeTokens(US, null);
        Customer c = new Customer();
        c.setDisplayName("Created After Revocation");
        assertThat(client.create(c, "revoked-cust-1").getId()).isNotBlank();

        assertThat(sandbox.admin().countStatus(429)).isEqualTo(1);
        assertThat(sandbox.admin().countStatus(401)).isEqualTo(2);
    }
}
