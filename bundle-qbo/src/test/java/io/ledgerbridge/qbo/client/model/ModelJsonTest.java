package io.ledgerbridge.qbo.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.client.http.QboJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
    private final ObjectMapper mapper = QboJson.newObjectMapper();

    @Test
    void readsAnInvoiceWithQuickBooksNamesAndToleratesUnknownFields() throws Exception {
        Invoice invoice = mapper.readValue("""
                {"Id":"239","SyncToken":"2","domain":"QBO","sparse":false,"SomeFutureField":{"x":1},
                 "MetaData":{"CreateTime":"2026-01-05T10:02:00-08:00","LastUpdatedTime":"2026-01-06T10:02:00-08:00"},
                 "DocNumber":"INV-1001","TxnDate":"2026-01-05","DueDate":"2026-02-04",
                 "CustomerRef":{"value":"58","name":"Acme Widgets Ltd"},"CurrencyRef":{"value":"USD"},
                 "CustomerMemo":{"value":"Thanks"},"GlobalTaxCalculation":"TaxExcluded",
                 "Line":[{"Id":"1","LineNum":1,"Amount":150.10,"DetailType":"SalesItemLineDetail",
                   "SalesItemLineDetail":{"ItemRef":{"value":"1"},"Qty":2,"UnitPrice":75.05,"TaxCodeRef":{"value":"NON"}}},
                   {"Amount":150.10,"DetailType":"SubTotalLineDetail","SubTotalLineDetail":{}},
                   {"Amount":5.00,"DetailType":"DiscountLineDetail","DiscountLineDetail":{"PercentBased":false}}],
                 "TxnTaxDetail":{"TotalTax":0,"TaxLine":[{"Amount":0,"DetailType":"TaxLineDetail",
                   "TaxLineDetail":{"TaxRateRef":{"value":"3"},"PercentBased":true,"TaxPercent":8}}]},
                 "LinkedTxn":[{"TxnId":"163","TxnType":"Payment"}],
                 "CustomField":[{"DefinitionId":"1","Name":"Crew #","Type":"StringType","StringValue":"7"}],
                 "ClassRef":{"value":"5"},"DepartmentRef":{"value":"2"},"PrivateNote":"ext-id: INV-9001",
                 "TotalAmt":145.10,"Balance":0}""", Invoice.class);

        assertThat(invoice.getId()).isEqualTo("239");
        assertThat(invoice.getSyncToken()).isEqualTo("2");
        assertThat(invoice.getMetaData().getLastUpdatedTime())
                .isEqualTo(OffsetDateTime.parse("2026-01-06T10:02:00-08:00"));
        assertThat(invoice.getTxnDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(invoice.getLine()).extracting(Line::getDetailType)
                .containsExactly("SalesItemLineDetail", "SubTotalLineDetail", "DiscountLineDetail");
        assertThat(invoice.getLine().get(0).getSalesItemLineDetail().getUnitPrice())
                .isEqualByComparingTo(new BigDecimal("75.05"));
        assertThat(invoice.getTotalAmt()).isEqualTo(new BigDecimal("145.10"));
        assertThat(invoice.getLinkedTxn().get(0).getTxnType()).isEqualTo("Payment");
        assertThat(invoice.getCustomField().get(0).getStringValue()).isEqualTo("7");
        assertThat(invoice.getTxnTaxDetail().getTaxLine().get(0).getTaxLineDetail().getTaxPercent())
                .isEqualByComparingTo("8");
    }

    @Test
    void writesOnlyWhatWasSetUnderQuickBooksNames() throws Exception {
        Customer job = new Customer();
        job.setDisplayName("Kitchen remodel");
        job.setJob(true);
        ReferenceType parent = new ReferenceType();
        parent.setValue("58");
        job.setParentRef(parent);
        job.setBillWithParent(true);
        Payment payment = new Payment();
        ReferenceType ar = new ReferenceType();
        ar.setValue("4");
        payment.setArAccountRef(ar);
        payment.setTotalAmt(new BigDecimal("150.00"));
        payment.setTxnDate(LocalDate.of(2026, 1, 20));

        assertThat(mapper.writeValueAsString(job)).isEqualTo(
                "{\"DisplayName\":\"Kitchen remodel\",\"Job\":true,\"ParentRef\":{\"value\":\"58\"},"
                        + "\"BillWithParent\":true}");
        assertThat(mapper.writeValueAsString(payment)).isEqualTo(
                "{\"TotalAmt\":150.00,\"TxnDate\":\"2026-01-20\",\"ARAccountRef\":{\"value\":\"4\"}}");
    }

    @Test
    void readsPurchaseCompanyInfoAndPreferences() throws Exception {
        Purchase purchase = mapper.readValue("""
                {"Id":"252","PaymentType":"CreditCard","AccountRef":{"value":"42"},
                 "EntityRef":{"value":"30","name":"City Cabs","type":"Vendor"},"TotalAmt":42.50,
                 "Line":[{"Id":"1","Amount":42.50,"DetailType":"AccountBasedExpenseLineDetail",
                   "AccountBasedExpenseLineDetail":{"AccountRef":{"value":"13"},"BillableStatus":"Billable",
                   "CustomerRef":{"value":"58"}}}],
                 "PurchaseEx":{"any":[{"name":"x","value":{"Name":"TxnType","Value":"54"}}]}}""", Purchase.class);
        Preferences prefs = mapper.readValue("""
                {"AccountingInfoPrefs":{"BookCloseDate":"2025-12-31","TrackDepartments":true},
                 "SalesFormsPrefs":{"CustomTxnNumbers":true,"CustomField":[{"CustomField":[{"Name":"SalesFormsPrefs.UseSalesCustom1","Type":"BooleanType","BooleanValue":true}]}]},
                 "TaxPrefs":{"UsingSalesTax":true,"PartnerTaxEnabled":false},
                 "CurrencyPrefs":{"MultiCurrencyEnabled":true,"HomeCurrency":{"value":"CAD"}}}""", Preferences.class);
        CompanyInfo info = mapper.readValue("{\"CompanyName\":\"Maple Ltd\",\"LegalName\":\"Maple Limited\","
                + "\"Country\":\"CA\",\"NameValue\":[{\"Name\":\"x\",\"Value\":\"y\"}]}", CompanyInfo.class);

        assertThat(purchase.getEntityRef().getType()).isEqualTo("Vendor");
        assertThat(purchase.getLine()).extracting(l -> l.getAccountBasedExpenseLineDetail().getBillableStatus())
                .isEqualTo(List.of("Billable"));
        assertThat(prefs.getAccountingInfoPrefs().getBookCloseDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(prefs.getSalesFormsPrefs().getCustomTxnNumbers()).isTrue();
        assertThat(prefs.getCurrencyPrefs().getHomeCurrency().getValue()).isEqualTo("CAD");
        assertThat(info.getCountry()).isEqualTo("CA");
        assertThat(info.getLegalName()).isEqualTo("Maple Limited");
    }

    @Test
    void entityTypesKnowTheirNamesAndPaths() {
        assertThat(EntityType.of(QboClass.class).name()).isEqualTo("Class");
        assertThat(EntityType.PAYMENT_METHOD.path()).isEqualTo("paymentmethod");
        assertThat(EntityType.named("CreditMemo")).contains(EntityType.CREDIT_MEMO);
        assertThat(EntityType.all()).hasSize(16);
    }
}
