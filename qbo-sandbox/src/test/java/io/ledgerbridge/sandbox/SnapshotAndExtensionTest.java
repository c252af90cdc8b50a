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
