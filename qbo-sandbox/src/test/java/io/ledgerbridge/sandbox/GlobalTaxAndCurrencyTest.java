package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class GlobalTaxAndCurrencyTest extends SandboxTestBase {
    static String caInvoice(String customer, String calc, String taxCode, String extra) {
        return "{" + (calc == null ? "" : "\"GlobalTaxCalculation\":\"" + calc + "\",") + extra
                + "\"CustomerRef\":{\"value\":\"" + customer + "\"},\"Line\":[{\"Amount\":100,\"DetailType\":\"SalesItemLineDetail\","
                + "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"}" + (taxCode == null ? "" : ",\"TaxCodeRef\":{\"value\":\"" + taxCode + "\"}") + "}}]}";
    }

    @Test
    void globalTaxCalculationIsRequiredOutsideTheUs() {
        Api.Resp r = ca.post("invoice", caInvoice("1", null, "2", ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.faultCode()).isEqualTo("2020");
        assertThat(r.json().at("/Fault/Error/0/element").asText()).isEqualTo("GlobalTaxCalculation");
        assertThat(ca.post("invoice", caInvoice("1", "Sometimes", "2", "")).faultCode()).isEqualTo("2170");
    }

    @Test
    void everyLineNeedsARealTaxCode() {
        Api.Resp missing = ca.post("invoice", caInvoice("1", "TaxExcluded", null, ""));
        assertThat(missing.faultCode()).isEqualTo("6000");
        assertThat(missing.json().at("/Fault/Error/0/Detail").asText()).contains("GST/HST rate");
        assertThat(ca.post("invoice", caInvoice("1", "TaxExcluded", "TAX", "")).faultCode()).isEqualTo("2500");
        assertThat(ca.post("invoice", caInvoice("1", "NotApplicable", null, "")).status()).isEqualTo(200);
    }

    @Test
    void taxExcludedAddsTaxAndTaxInclusiveExtractsIt() {
        JsonNode excluded = ca.create("Invoice", caInvoice("1", "TaxExcluded", "2", ""));
        assertThat(excluded.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("13");
        assertThat(excluded.at("/TxnTaxDetail/TaxLine/0/TaxLineDetail/TaxRateRef/value").asText()).isEqualTo("2");
        assertThat(excluded.get("TotalAmt").decimalValue()).isEqualByComparingTo("113");
        JsonNode inclusive = ca.create("Invoice", caInvoice("1", "TaxInclusive", "1", ""));
        assertThat(inclusive.get("TotalAmt").decimalValue()).isEqualByComparingTo("100");
        assertThat(inclusive.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("4.76");
        assertThat(inclusive.at("/Line/0/Amount").decimalValue()).isEqualByComparingTo("95.24");
        JsonNode group = ca.create("Invoice", caInvoice("2", "TaxExcluded", "3", ""));
        assertThat(group.at("/TxnTaxDetail/TaxLine")).hasSize(2);
        assertThat(group.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("14.98");
    }

    @Test
    void transactionCurrencyFollowsTheCustomerWithMulticurrency() {
        JsonNode usd = ca.create("Invoice", caInvoice("3", "TaxExcluded", "4", ""));
        assertThat(usd.at("/CurrencyRef/value").asText()).isEqualTo("USD");
        assertThat(usd.get("ExchangeRate").decimalValue()).isEqualByComparingTo("1");
        JsonNode rated = ca.create("Invoice", caInvoice("3", "TaxExcluded", "4", "\"ExchangeRate\":1.35,"));
        assertThat(rated.get("HomeTotalAmt").decimalValue()).isEqualByComparingTo("135");
        assertThat(rated.get("HomeBalance").decimalValue()).isEqualByComparingTo("135");
        Api.Resp mismatch = ca.post("invoice", caInvoice("3", "TaxExcluded", "4", "\"CurrencyRef\":{\"value\":\"CAD\"},"));
        assertThat(mismatch.faultCode()).isEqualTo("6000");
        assertThat(mismatch.json().at("/Fault/Error/0/Detail").asText()).contains("currency");
    }

    @Test
    void withoutMulticurrencyOnlyTheHomeCurrencyIsAccepted() {
        Api.Resp eur = us.post("invoice", "{\"CurrencyRef\":{\"value\":\"EUR\"}," + invoiceJson("1", "5").substring(1));
        assertThat(eur.faultCode()).isEqualTo("6000");
        assertThat(us.post("invoice", "{\"CurrencyRef\":{\"value\":\"USD\"}," + invoiceJson("1", "5").substring(1)).status()).isEqualTo(200);
    }

    @Test
    void turningMulticurrencyOnAllowsForeignCustomersAndCannotBeUndoneOverTheApi() {
        assertThat(us.post("customer", "{\"DisplayName\":\"Euro GmbH\",\"CurrencyRef\":{\"value\":\"EUR\"}}").faultCode()).isEqualTo("6000");
        Api.Resp on = us.post("preferences", "{\"SyncToken\":\"0\",\"sparse\":true,\"CurrencyPrefs\":{\"MultiCurrencyEnabled\":true}}");
        assertThat(on.json().at("/Preferences/CurrencyPrefs/MultiCurrencyEnabled").asBoolean()).isTrue();
        JsonNode euro = us.create("Customer", "{\"DisplayName\":\"Euro GmbH\",\"CurrencyRef\":{\"value\":\"EUR\"}}");
        assertThat(euro.at("/CurrencyRef/name").asText()).isEqualTo("Euro");
        JsonNode inv = us.create("Invoice", "{\"ExchangeRate\":1.1," + invoiceJson(euro.get("Id").asText(), "100").substring(1));
        assertThat(inv.at("/CurrencyRef/value").asText()).isEqualTo("EUR");
        assertThat(inv.get("HomeTotalAmt").decimalValue()).isEqualByComparingTo("110");
        assertThat(us.post("preferences", "{\"SyncToken\":\"1\",\"sparse\":true,\"CurrencyPrefs\":{\"MultiCurrencyEnabled\":false}}").faultCode()).isEqualTo("6000");
    }

    @Test
    void closingDateSetThroughPreferences() {
        String id = us.create("Invoice", "{\"TxnDate\":\"2026-02-10\"," + invoiceJson("1", "5").substring(1)).get("Id").asText();
        Api.Resp closed = us.post("preferences", "{\"SyncToken\":\"0\",\"sparse\":true,\"AccountingInfoPrefs\":{\"BookCloseDate\":\"2026-02-28\"}}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(us.post("invoice", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"sparse\":true,\"PrivateNote\":\"late\"}").faultCode()).isEqualTo("6210");
    }

    @Test
    void usIgnoresGlobalTaxCalculation() {
        JsonNode inv = us.create("Invoice", "{\"GlobalTaxCalculation\":\"TaxExcluded\"," + invoiceJson("1", "5").substring(1));
        assertThat(inv.has("GlobalTaxCalculation")).isFalse();
    }

    @Test
    void purchasesOutsideTheUsUseThePurchaseRateList() {
        String body = "{\"PaymentType\":\"CreditCard\",\"GlobalTaxCalculation\":\"TaxExcluded\",\"AccountRef\":{\"value\":\"6\"},"
                + "\"EntityRef\":{\"value\":\"1\",\"type\":\"Vendor\"},\"Line\":[{\"Amount\":40,\"DetailType\":\"AccountBasedExpenseLineDetail\","
                + "\"AccountBasedExpenseLineDetail\":{\"AccountRef\":{\"value\":\"16\"},\"TaxCodeRef\":{\"value\":\"2\"}}}]}";
        JsonNode p = ca.create("Purchase", body);
        assertThat(p.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("5.20");
        assertThat(p.get("TotalAmt").decimalValue()).isEqualByComparingTo("45.20");
        assertThat(ca.post("purchase", body.replace("\"GlobalTaxCalculation\":\"TaxExcluded\",", "")).faultCode()).isEqualTo("2020");
    }
}
