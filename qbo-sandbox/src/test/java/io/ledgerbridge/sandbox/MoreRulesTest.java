package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rules not covered elsewhere: OAuth parameter errors, client_secret_post, AST, sparse name removal, inventory items. */
class MoreRulesTest extends SandboxTestBase {

    static Api.Resp authorize(String responseType, String scope) {
        String url = sandbox.baseUrl() + "/connect/oauth2?client_id=ledgerbridge-dev&response_type=" + responseType
                + (scope == null ? "" : "&scope=" + scope) + "&redirect_uri="
                + URLEncoder.encode("http://localhost:8080/ledgerbridge/oauth/callback", StandardCharsets.UTF_8) + "&state=s";
        return Api.raw(HttpRequest.newBuilder(URI.create(url)).build());
    }

    @Test
    void authorizeRedirectsWithErrorsForBadResponseTypeOrScope() {
        Api.Resp token = authorize("token", "com.intuit.quickbooks.accounting");
        assertThat(token.status()).isEqualTo(302);
        assertThat(token.raw().headers().firstValue("Location").orElseThrow()).contains("error=unsupported_response_type").contains("state=s");
        Api.Resp scope = authorize("code", "openid");
        assertThat(scope.raw().headers().firstValue("Location").orElseThrow()).contains("error=invalid_scope");
        assertThat(authorize("code", null).raw().headers().firstValue("Location").orElseThrow()).contains("error=invalid_scope");
        assertThat(authorize("code", "com.intuit.quickbooks.accounting").status()).isEqualTo(200);
    }

    @Test
    void tokenEndpointAcceptsClientSecretPost() {
        String refresh = sandbox.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, QboSandbox.US_REALM).refreshToken();
        Api.Resp r = Api.raw(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/oauth2/v1/tokens/bearer"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refresh
                        + "&client_id=ledgerbridge-dev&client_secret=ledgerbridge-dev-secret")).build());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("access_token").asText()).isNotBlank();
        Api.Resp noAuth = Api.raw(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/oauth2/v1/tokens/bearer"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refresh)).build());
        assertThat(noAuth.status()).isEqualTo(401);
    }

    @Test
    void automatedSalesTaxReplacesTheCodeAndKeepsAnExplicitTotal() {
        sandbox.admin().setPreference(QboSandbox.US_REALM, "automatedSalesTax", true);
        String body = "{\"CustomerRef\":{\"value\":\"1\"},\"TxnTaxDetail\":{\"TxnTaxCodeRef\":{\"value\":\"3\"}},\"Line\":[{\"Amount\":100,"
                + "\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"5\"},\"TaxCodeRef\":{\"value\":\"TAX\"}}}]}";
        JsonNode inv = us.create("Invoice", body);
        assertThat(inv.at("/TxnTaxDetail/TxnTaxCodeRef/value").asText()).isEqualTo("2");
        assertThat(inv.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("8.63");
        JsonNode explicit = us.create("Invoice", body.replace("\"TxnTaxDetail\":{", "\"TxnTaxDetail\":{\"TotalTax\":5.00,"));
        assertThat(explicit.at("/TxnTaxDetail/TotalTax").decimalValue()).isEqualByComparingTo("5");
        assertThat(explicit.get("TotalAmt").decimalValue()).isEqualByComparingTo("105");
        assertThat(us.get("preferences").json().at("/Preferences/TaxPrefs/PartnerTaxEnabled").asBoolean()).isTrue();
    }

    @Test
    void sparseUpdateCannotRemoveDisplayName() {
        JsonNode c = us.post("customer", "{\"Id\":\"2\",\"SyncToken\":\"0\",\"sparse\":true,\"DisplayName\":null,\"Notes\":\"n\"}").json().get("Customer");
        assertThat(c.get("DisplayName").asText()).isEqualTo("Bayside Bakery");
        assertThat(c.get("Notes").asText()).isEqualTo("n");
    }

    @Test
    void inventoryItemsNeedAssetAccountQuantityAndStartDate() {
        String base = "{\"Name\":\"Boxes\",\"Type\":\"Inventory\",\"IncomeAccountRef\":{\"value\":\"12\"},\"ExpenseAccountRef\":{\"value\":\"14\"}";
        assertThat(us.post("item", base + "}").faultCode()).isEqualTo("2020");
        JsonNode item = us.create("Item", base + ",\"AssetAccountRef\":{\"value\":\"5\"},\"QtyOnHand\":10,\"InvStartDate\":\"2026-01-01\"}");
        assertThat(item.get("TrackQtyOnHand").asBoolean()).isTrue();
        assertThat(us.post("item", "{\"Name\":\"Bundle\",\"Type\":\"Group\"}").faultCode()).isEqualTo("6000");
    }

    @Test
    void transactionsReferToActiveListEntries() {
        String cls = "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":5,\"DetailType\":\"SalesItemLineDetail\","
                + "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"},\"ClassRef\":{\"value\":\"99\"}}}]}";
        assertThat(us.post("invoice", cls).faultCode()).isEqualTo("2500");
        assertThat(us.post("invoice", "{\"DepartmentRef\":{\"value\":\"2\"},\"SalesTermRef\":{\"value\":\"1\"}," + invoiceJson("1", "5").substring(1)).status()).isEqualTo(200);
        us.post("term", "{\"Id\":\"1\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false}");
        assertThat(us.post("invoice", "{\"SalesTermRef\":{\"value\":\"1\"}," + invoiceJson("1", "5").substring(1)).faultCode()).isEqualTo("610");
        assertThat(us.post("invoice", "{\"CustomerRef\":\"1\",\"Line\":[]}").faultCode()).isEqualTo("2010");
    }

    @Test
    void dueDateFollowsTheTerm() {
        JsonNode inv = us.create("Invoice", "{\"TxnDate\":\"2026-03-01\",\"SalesTermRef\":{\"value\":\"2\"}," + invoiceJson("2", "5").substring(1));
        assertThat(inv.get("DueDate").asText()).isEqualTo("2026-03-16");
        assertThat(inv.at("/SalesTermRef/name").asText()).isEqualTo("Net 15");
    }
}
