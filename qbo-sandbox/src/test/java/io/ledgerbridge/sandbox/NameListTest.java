package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class NameListTest extends SandboxTestBase {

    @Test
    void seedHasAChartOfAccountsAndListsInBothCompanies() {
        for (Api api : new Api[] {us, ca}) {
            assertThat(api.query("select * from Account where AccountSubType = 'UndepositedFunds'").json().at("/QueryResponse/Account/0/Name").asText())
                    .isEqualTo("Undeposited Funds");
            for (String type : new String[] {"Bank", "Credit Card", "Income", "Expense"}) {
                assertThat(api.query("select count(*) from Account where AccountType = '" + type + "'").json().at("/QueryResponse/totalCount").asInt())
                        .as(type).isPositive();
            }
            for (String entity : new String[] {"Item", "TaxCode", "TaxRate", "Class", "Department", "PaymentMethod", "Term", "Customer", "Vendor", "Employee"}) {
                assertThat(api.query("select count(*) from " + entity).json().at("/QueryResponse/totalCount").asInt()).as(entity).isPositive();
            }
        }
        assertThat(us.get("taxcode/TAX").json().at("/TaxCode/Name").asText()).isEqualTo("TAX");
    }

    @Test
    void itemRules() {
        JsonNode item = us.create("Item", "{\"Name\":\"Widget\",\"Type\":\"NonInventory\",\"IncomeAccountRef\":{\"value\":\"12\"},\"UnitPrice\":9.5}");
        assertThat(item.get("FullyQualifiedName").asText()).isEqualTo("Widget");
        assertThat(item.at("/IncomeAccountRef/name").asText()).isEqualTo("Sales of Product Income");
        assertThat(us.post("item", "{\"Name\":\"widget\",\"Type\":\"NonInventory\"}").faultCode()).isEqualTo("6240");
        assertThat(us.post("item", "{\"Name\":\"Gadget\"}").faultCode()).isEqualTo("2020");
        assertThat(us.post("item", "{\"Name\":\"Gadget\",\"Type\":\"Service\"}").faultCode()).isEqualTo("2020");
        assertThat(us.post("item", "{\"Name\":\"Gad:get\",\"Type\":\"NonInventory\"}").faultCode()).isEqualTo("6000");
        assertThat(us.post("item", "{\"Name\":\"" + "g".repeat(101) + "\",\"Type\":\"NonInventory\"}").faultCode()).isEqualTo("2050");
        JsonNode sub = us.create("Item", "{\"Name\":\"Blue\",\"Type\":\"NonInventory\",\"ParentRef\":{\"value\":\"" + item.get("Id").asText() + "\"},\"SubItem\":true}");
        assertThat(sub.get("FullyQualifiedName").asText()).isEqualTo("Widget:Blue");
    }

    @Test
    void accountRules() {
        JsonNode a = us.create("Account", "{\"Name\":\"Software\",\"AccountType\":\"Expense\"}");
        assertThat(a.get("Classification").asText()).isEqualTo("Expense");
        assertThat(a.get("CurrentBalance").decimalValue()).isZero();
        assertThat(us.post("account", "{\"Name\":\"Bad \\\"quote\\\"\",\"AccountType\":\"Expense\"}").faultCode()).isEqualTo("6000");
        assertThat(us.post("account", "{\"Name\":\"Nope\",\"AccountType\":\"Imaginary\"}").faultCode()).isEqualTo("2170");
        assertThat(us.post("account", "{\"Name\":\"Nope\"}").faultCode()).isEqualTo("2020");
        assertThat(us.post("account", "{\"Name\":\"Travel\",\"AccountType\":\"Expense\"}").faultCode()).isEqualTo("6240");
        JsonNode off = us.post("account", "{\"Id\":\"" + a.get("Id").asText() + "\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false}").json().get("Account");
        assertThat(off.get("Active").asBoolean()).isFalse();
    }

    @Test
    void classesDepartmentsTermsAndPaymentMethods() {
        JsonNode cls = us.create("Class", "{\"Name\":\"Onsite\",\"ParentRef\":{\"value\":\"1\"}}");
        assertThat(cls.get("FullyQualifiedName").asText()).isEqualTo("Consulting:Onsite");
        assertThat(cls.get("SubClass").asBoolean()).isTrue();
        assertThat(us.create("Department", "{\"Name\":\"Remote Team\"}").get("SubDepartment").asBoolean()).isFalse();
        assertThat(us.create("Term", "{\"Name\":\"Net 45\",\"DueDays\":45}").get("Type").asText()).isEqualTo("STANDARD");
        assertThat(us.create("PaymentMethod", "{\"Name\":\"Wire\"}").get("Type").asText()).isEqualTo("NON_CREDIT_CARD");
        assertThat(us.post("class", "{}").faultCode()).isEqualTo("2020");
        assertThat(us.post("department", "{\"Name\":\"Head Office\"}").faultCode()).isEqualTo("6240");
    }

    @Test
    void taxCodesAndRatesAreReadOnlyOverRest() {
        assertThat(us.post("taxcode", "{\"Name\":\"New\"}").faultCode()).isEqualTo("500");
        assertThat(ca.get("taxrate/2").json().at("/TaxRate/RateValue").decimalValue()).isEqualByComparingTo("13");
    }

    @Test
    void vendorAndEmployee() {
        JsonNode v = us.create("Vendor", "{\"DisplayName\":\"Harbor Family Store\"}");
        assertThat(v.get("Vendor1099").asBoolean()).isFalse();
        assertThat(v.get("Balance").decimalValue()).isZero();
        assertThat(v.get("PrintOnCheckName").asText()).isEqualTo("Harbor Family Store");
        assertThat(us.create("Vendor", "{\"DisplayName\":\"Taxed Co\",\"TaxIdentifier\":\"1234569875\"}").get("TaxIdentifier").asText())
                .isEqualTo("XXXXXX9875");
        JsonNode e = us.create("Employee", "{\"GivenName\":\"Kim\",\"FamilyName\":\"Park\"}");
        assertThat(e.get("DisplayName").asText()).isEqualTo("Kim Park");
        assertThat(e.get("BillableTime").asBoolean()).isFalse();
    }

    @Test
    void companyInfoAndPreferences() {
        JsonNode info = us.get("companyinfo/" + QboSandbox.US_REALM).json().get("CompanyInfo");
        assertThat(info.get("CompanyName").asText()).isEqualTo("Sandbox Company US");
        assertThat(info.get("Country").asText()).isEqualTo("US");
        assertThat(ca.get("companyinfo/" + QboSandbox.CA_REALM).json().at("/CompanyInfo/Country").asText()).isEqualTo("CA");
        JsonNode prefs = ca.get("preferences").json().get("Preferences");
        assertThat(prefs.at("/CurrencyPrefs/MultiCurrencyEnabled").asBoolean()).isTrue();
        assertThat(prefs.at("/CurrencyPrefs/HomeCurrency/value").asText()).isEqualTo("CAD");
        assertThat(us.query("select * from CompanyInfo").json().at("/QueryResponse/CompanyInfo/0/CompanyName").asText()).isEqualTo("Sandbox Company US");
        Api.Resp upd = us.post("preferences", "{\"SyncToken\":\"0\",\"sparse\":true,\"SalesFormsPrefs\":{\"CustomTxnNumbers\":true}}");
        assertThat(upd.json().at("/Preferences/SalesFormsPrefs/CustomTxnNumbers").asBoolean()).isTrue();
        assertThat(us.post("preferences", "{\"SyncToken\":\"0\",\"sparse\":true}").faultCode()).isEqualTo("5010");
        assertThat(ca.post("preferences", "{\"SyncToken\":\"0\",\"CurrencyPrefs\":{\"MultiCurrencyEnabled\":false}}").faultCode()).isEqualTo("6000");
    }

    @Test
    void gzipRequestBodiesAreAccepted() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("{\"DisplayName\":\"Zipped Ltd\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Api.Resp r = us.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(us.url("customer")))
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/Customer/DisplayName").asText()).isEqualTo("Zipped Ltd");
    }

    @Test
    void unsupportedPathsAndMethods() {
        Api.Resp r = us.get("customer/1/5");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.faultCode()).isEqualTo("500");
        assertThat(r.json().at("/Fault/Error/0/Message").asText()).isEqualTo("Unsupported Operation");
        assertThat(us.get("widget/1").faultCode()).isEqualTo("500");
        Api.Resp put = us.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(us.url("customer")))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(put.status()).isEqualTo(405);
        Api.Resp notUtf8 = us.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(us.url("customer")))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        assertThat(notUtf8.faultCode()).isEqualTo("500");
        assertThat(us.post("customer", "{not json").faultCode()).isEqualTo("2010");
    }
}
