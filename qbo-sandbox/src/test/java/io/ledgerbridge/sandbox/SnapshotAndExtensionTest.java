package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.sandbox.junit.QboSandboxExtension;
import io.ledgerbridge.sandbox.junit.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60, seedResource = "/seeds/tiny-seed.json")
class SnapshotAndExtensionTest {

    @Test
    void extensionInjectsARunningSandbox(QboSandbox injected) {
        assertThat(injected.baseUrl()).startsWith("http://127.0.0.1:");
        Api api = new Api(injected, "555", injected.admin().connect("tiny", "555").accessToken());
        assertThat(api.get("customer/1").json().at("/Customer/DisplayName").asText()).isEqualTo("Only Customer");
        assertThat(injected.admin().throttle().get("timeScale").asDouble()).isEqualTo(60.0);
    }

    @Test
    void theSameSandboxServesTheWholeClass(QboSandbox injected) {
        assertThat(injected.port()).isPositive();
    }

    @Test
    void snapshotKeepsCompaniesAcrossRestarts(@TempDir Path dir) {
        Path file = dir.resolve("demo.json");
        String id;
        try (QboSandbox first = QboSandbox.builder().snapshotFile(file).start()) {
            Api us = Api.connect(first, QboSandbox.US_REALM);
            id = us.create("Invoice", SandboxTestBase.invoiceJson("1", "12.34")).get("Id").asText();
            String gone = us.create("Invoice", SandboxTestBase.invoiceJson("1", "1")).get("Id").asText();
            us.post("invoice?operation=delete", "{\"Id\":\"" + gone + "\",\"SyncToken\":\"0\"}");
        }
        assertThat(Files.exists(file)).isTrue();
        try (QboSandbox second = QboSandbox.builder().snapshotFile(file).start()) {
            Api us = Api.connect(second, QboSandbox.US_REALM);
            assertThat(us.get("invoice/" + id).json().at("/Invoice/TotalAmt").decimalValue()).isEqualByComparingTo("12.34");
            assertThat(us.create("Invoice", SandboxTestBase.invoiceJson("1", "2")).get("Id").asText()).isEqualTo("3");
            assertThat(second.admin().entity(QboSandbox.US_REALM, "Customer", "1").get("Balance").decimalValue()).isEqualByComparingTo("14.34");
        }
    }

    /** Issue 17 §5: the demo's sandbox forgot its tokens on restart, so every connection needed reconnecting. */
    @Test
    void snapshotKeepsGrantsAndTokensByTheirHashesOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.json");
        io.ledgerbridge.sandbox.oauth.TokenService.Tokens issued;
        io.ledgerbridge.sandbox.oauth.TokenService.Tokens revoked;
        try (QboSandbox first = QboSandbox.builder().snapshotFile(file).start()) {
            issued = first.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, QboSandbox.US_REALM);
            revoked = first.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, QboSandbox.CA_REALM);
            first.admin().revokeTokens(QboSandbox.CA_REALM, null);
        }
        String saved = Files.readString(file);
        assertThat(saved).doesNotContain(issued.accessToken(), issued.refreshToken(), revoked.refreshToken());
        try (QboSandbox second = QboSandbox.builder().snapshotFile(file).start()) {
            Api us = new Api(second, QboSandbox.US_REALM, issued.accessToken());
            assertThat(us.get("companyinfo/" + QboSandbox.US_REALM).status()).isEqualTo(200);
            Api.Resp refreshed = OAuthTest.refresh(second, issued.refreshToken());
            assertThat(refreshed.status()).isEqualTo(200);
            // The rotated-out token stays rotated out, and a revoked grant stays revoked.
            assertThat(OAuthTest.refresh(second, issued.refreshToken()).body()).contains("replaced by a newer one");
            assertThat(OAuthTest.refresh(second, revoked.refreshToken()).body()).contains("revoked");
        }
    }

    @Test
    void seedFileFromDisk(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"apps\":[{\"clientId\":\"a\",\"clientSecret\":\"b\",\"redirectUris\":[\"http://localhost:*/cb\"]}],"
                + "\"companies\":[{\"realmId\":\"123\",\"companyName\":\"Tiny AU\",\"country\":\"AU\",\"customTxnNumbers\":true,"
                + "\"entities\":{\"Customer\":[{\"DisplayName\":\"Koala Cafe\"}]}}]}");
        try (QboSandbox s = QboSandbox.builder().seed(seed).start()) {
            assertThat(s.admin().companies()).hasSize(1);
            Api au = new Api(s, "123", s.admin().connect("a", "123").accessToken());
            assertThat(au.get("customer/1").json().at("/Customer/CurrencyRef/value").asText()).isEqualTo("AUD");
            assertThat(au.get("preferences").json().at("/Preferences/SalesFormsPrefs/CustomTxnNumbers").asBoolean()).isTrue();
        }
    }
}
