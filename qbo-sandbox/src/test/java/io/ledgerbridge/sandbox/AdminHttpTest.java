package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class AdminHttpTest extends SandboxTestBase {

    static Api.Resp admin(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox" + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Api.raw(b.header("Content-Type", "application/json").build());
    }

    @Test
    void readEntitiesAndCompanies() {
        JsonNode companies = admin("GET", "/companies", null).json();
        assertThat(companies).hasSize(2);
        assertThat(companies.get(0).get("realmId").asText()).isEqualTo(QboSandbox.US_REALM);
        JsonNode customers = admin("GET", "/companies/" + QboSandbox.US_REALM + "/entities/Customer", null).json();
        assertThat(customers).hasSize(5); // inactive included
        assertThat(admin("GET", "/companies/" + QboSandbox.US_REALM + "/entities/Customer/1", null).json().get("DisplayName").asText())
                .isEqualTo("Acme Widgets Ltd");
        assertThat(admin("GET", "/companies/" + QboSandbox.US_REALM + "/entities/Customer/99", null).status()).isEqualTo(404);
    }

    @Test
    void actAsAQuickBooksUser() {
        String realm = "/companies/" + QboSandbox.US_REALM;
        JsonNode edited = admin("POST", realm + "/entities/Customer/2", "{\"CompanyName\":\"Bayside Bakery & Cafe\"}").json();
        assertThat(edited.get("SyncToken").asText()).isEqualTo("1");
        String inv = us.create("Invoice", invoiceJson("2", "40")).get("Id").asText();
        JsonNode payment = admin("POST", realm + "/invoices/" + inv + "/payments", "{\"amount\":15}").json();
        assertThat(payment.get("TotalAmt").decimalValue()).isEqualByComparingTo("15");
        assertThat(us.get("invoice/" + inv).json().at("/Invoice/Balance").decimalValue()).isEqualByComparingTo("25");
        String other = us.create("Invoice", invoiceJson("1", "40")).get("Id").asText();
        assertThat(admin("POST", realm + "/entities/Invoice/" + other + "/void", null).json().get("PrivateNote").asText()).isEqualTo("Voided");
        String third = us.create("Invoice", invoiceJson("1", "40")).get("Id").asText();
        assertThat(admin("POST", realm + "/entities/Invoice/" + third + "/delete", null).json().get("status").asText()).isEqualTo("Deleted");
        assertThat(admin("POST", realm + "/merge", "{\"entity\":\"Vendor\",\"fromId\":\"2\",\"toId\":\"1\"}").status()).isEqualTo(200);
        assertThat(admin("POST", realm + "/close-books", "{\"date\":\"2026-01-31\"}").status()).isEqualTo(200);
        assertThat(us.post("invoice", "{\"TxnDate\":\"2026-01-15\"," + invoiceJson("1", "5").substring(1)).faultCode()).isEqualTo("6210");
        Api.Resp bad = admin("POST", realm + "/entities/Customer/2", "{\"DisplayName\":\"Acme Widgets Ltd\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.faultCode()).isEqualTo("6240");
    }

    @Test
    void webhookFaultsAreSetOverHttpAndABadRangeIsNamed() {
        Api.Resp bad = admin("POST", "/faults", "{\"webhookDelay\":{\"rate\":0.5,\"minSeconds\":30,\"maxSeconds\":5}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("minSeconds <= maxSeconds");
        assertThat(admin("POST", "/faults", "{\"webhookRepeat\":7}").body()).contains("webhookRepeat: rate");
        assertThat(admin("POST", "/faults", "{\"webhookDelay\":{\"rate\":0.3,\"minSeconds\":60,"
                + "\"maxSeconds\":1200},\"webhookRepeat\":0.1}").status()).isEqualTo(200);
    }

    @Test
    void faultsRequestLogClockTokensAndReset() {
        assertThat(admin("POST", "/faults", "{\"throttleNext\":1}").status()).isEqualTo(200);
        assertThat(us.get("customer/1").status()).isEqualTo(429);
        assertThat(admin("GET", "/faults", null).json().at("/counts/throttle429").asLong()).isEqualTo(1);
        assertThat(admin("GET", "/requests/counts", null).json().at("/byStatus/429").asLong()).isEqualTo(1);
        assertThat(admin("GET", "/requests?limit=1", null).json().get(0).get("status").asInt()).isEqualTo(429);
        admin("POST", "/faults", "{\"staleOnNextUpdate\":{\"realmId\":\"" + QboSandbox.US_REALM + "\",\"entity\":\"Customer\",\"id\":\"1\"}}");
        assertThat(us.post("customer", "{\"Id\":\"1\",\"SyncToken\":\"0\",\"sparse\":true,\"Notes\":\"z\"}").faultCode()).isEqualTo("5010");
        JsonNode tokens = admin("POST", "/tokens", "{\"clientId\":\"ledgerbridge-dev\",\"realmId\":\"" + QboSandbox.CA_REALM + "\"}").json();
        assertThat(new Api(sandbox, QboSandbox.CA_REALM, tokens.get("access_token").asText()).get("customer/1").status()).isEqualTo(200);
        String before = admin("GET", "/clock", null).json().get("now").asText();
        String after = admin("POST", "/clock/advance", "{\"seconds\":3600}").json().get("now").asText();
        assertThat(java.time.Instant.parse(after)).isAfter(java.time.Instant.parse(before).plusSeconds(3599));
        us = Api.connect(sandbox, QboSandbox.US_REALM);
        us.create("Customer", "{\"DisplayName\":\"Temporary\"}");
        assertThat(admin("POST", "/reset", null).status()).isEqualTo(200);
        assertThat(sandbox.admin().count(QboSandbox.US_REALM, "Customer")).isEqualTo(5);
        assertThat(admin("GET", "/requests", null).json()).isEmpty();
        assertThat(admin("POST", "/companies/" + QboSandbox.US_REALM + "/cancel", "{\"cancelled\":true}").status()).isEqualTo(200);
        assertThat(us.get("customer/1").faultCode()).isEqualTo("6190");
        admin("POST", "/companies/" + QboSandbox.US_REALM + "/cancel", "{\"cancelled\":false}");
        assertThat(admin("POST", "/companies/" + QboSandbox.US_REALM + "/revoke-tokens", "{}").json().get("revoked").asInt()).isPositive();
        assertThat(us.get("customer/1").status()).isEqualTo(401);
        us = Api.connect(sandbox, QboSandbox.US_REALM);
        ca = Api.connect(sandbox, QboSandbox.CA_REALM);
    }

    @Test
    void registerAppsAndCompanies() {
        String company = "{\"realmId\":\"4620816365000001\",\"companyName\":\"Sandbox UK Ltd\",\"country\":\"GB\","
                + "\"entities\":{\"Account\":[{\"Name\":\"Undeposited Funds\",\"AccountType\":\"Other Current Asset\",\"AccountSubType\":\"UndepositedFunds\"}],"
                + "\"Customer\":[{\"DisplayName\":\"Tea Rooms\"}]}}";
        assertThat(admin("POST", "/companies", company).status()).isEqualTo(200);
        String app = "{\"clientId\":\"other-app\",\"clientSecret\":\"s\",\"redirectUris\":[\"https://app.example/cb\"]}";
        assertThat(admin("POST", "/apps", app).status()).isEqualTo(200);
        Api uk = new Api(sandbox, "4620816365000001", sandbox.admin().connect("other-app", "4620816365000001").accessToken());
        JsonNode c = uk.get("customer/1").json().get("Customer");
        assertThat(c.at("/CurrencyRef/value").asText()).isEqualTo("GBP");
        assertThat(uk.get("companyinfo/4620816365000001").json().at("/CompanyInfo/Country").asText()).isEqualTo("GB");
        assertThat(admin("POST", "/companies", "{\"realmId\":\"x\",\"companyName\":\"Bad\",\"country\":\"FR\"}").status()).isEqualTo(400);
    }

    @Test
    void webViewAndThrottleReport() {
        Api.Resp ui = admin("GET", "/ui", null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.contentType()).startsWith("text/html");
        assertThat(ui.body()).contains("QuickBooks Online sandbox").contains("Close books").contains("Merge");
        // The read-only record view an app links to ("open in QuickBooks" for the sandbox).
        Api.Resp record = admin("GET", "/ui/record?realm=" + QboSandbox.US_REALM + "&entity=Customer&id=2", null);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("(read-only)").contains("/entities/").doesNotContain("Save fields");
        assertThat(admin("POST", "/throttle", "{\"timeScale\":2000}").json().get("timeScale").asDouble()).isEqualTo(2000.0);
        sandbox.admin().timeScale(1_000_000);
        assertThat(admin("GET", "/health", null).json().get("status").asText()).isEqualTo("UP");
        assertThat(admin("GET", "/nowhere", null).status()).isEqualTo(404);
    }
}
