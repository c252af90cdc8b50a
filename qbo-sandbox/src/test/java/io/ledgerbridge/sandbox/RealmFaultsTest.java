package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Faults for one company: 429 storms, 5xx and slow answers leave the other companies' answers untouched. */
class RealmFaultsTest extends SandboxTestBase {
    private static final String US = QboSandbox.US_REALM;
    private static final String CA = QboSandbox.CA_REALM;

    @Test
    void aStormWithRetryAfterHitsOnlyItsCompany() {
        sandbox.admin().faults().forRealm(US).throttleStorm(1.0, 30);
        for (int i = 0; i < 3; i++) {
            Api.Resp stormed = us.get("customer/1");
            assertThat(stormed.status()).isEqualTo(429);
            assertThat(stormed.raw().headers().firstValue("Retry-After")).hasValue("30");
            assertThat(stormed.body()).contains("ThrottleExceeded");
            assertThat(ca.get("customer/1").status()).isEqualTo(200);
        }
        assertThat(sandbox.admin().faults().forRealm(US).counts()).containsEntry("throttle429", 3L);
        assertThat(sandbox.admin().faults().forRealm(CA).counts()).isEmpty();
        assertThat(sandbox.admin().faultCounts()).containsEntry("throttle429", 3L);
        sandbox.admin().faults().forRealm(US).clear();
        assertThat(us.get("customer/1").status()).isEqualTo(200);
    }

    @Test
    void aStormWithoutRetryAfterSendsNoHeader() {
        sandbox.admin().faults().forRealm(CA).throttleStorm(1.0);
        Api.Resp stormed = ca.get("customer/1");
        assertThat(stormed.status()).isEqualTo(429);
        assertThat(stormed.raw().headers().firstValue("Retry-After")).isEmpty();
        assertThat(us.get("customer/1").status()).isEqualTo(200);
    }

    @Test
    void fiveHundredsForOneCompanyAndTheWideOnesStillApply() {
        sandbox.admin().faults().forRealm(US).errorRate(1.0, 502);
        assertThat(us.get("customer/1").status()).isEqualTo(502);
        assertThat(ca.get("customer/1").status()).isEqualTo(200);
        sandbox.admin().faults().forRealm(US).clear();
        sandbox.admin().faults().errorRate(1.0, 504);
        assertThat(us.get("customer/1").status()).isEqualTo(504);
        assertThat(ca.get("customer/1").status()).isEqualTo(504);
        assertThat(sandbox.admin().faults().forRealm(US).counts()).containsOnly(java.util.Map.entry("error502", 1L));
        assertThat(sandbox.admin().faultCounts()).containsEntry("error502", 1L).containsEntry("error504", 2L);
    }

    @Test
    void aSlowCompanyDoesNotHoldTheOthersBack() throws Exception {
        sandbox.admin().faults().forRealm(US).slow(1.0, 3_000);
        CompletableFuture<Api.Resp> slow = CompletableFuture.supplyAsync(() -> us.get("customer/1"));
        // while the US answer is held back, CA is answered (the sandbox serves companies side by side)
        for (int i = 0; i < 5; i++) {
            assertThat(ca.get("customer/1").status()).isEqualTo(200);
        }
        assertThat(slow).isNotDone();
        assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(sandbox.admin().faults().forRealm(US).counts()).containsEntry("slow", 1L);
        assertThat(sandbox.admin().faults().forRealm(CA).counts()).doesNotContainKey("slow");
    }

    @Test
    void badSettingsAreRefusedByName() {
        var faults = sandbox.admin().faults().forRealm(US);
        assertThatThrownBy(() -> faults.throttleStorm(1.5)).hasMessageContaining("throttleStorm.rate must be within 0..1");
        assertThatThrownBy(() -> faults.throttleStorm(1, -5)).hasMessageContaining("throttleStorm.retryAfterSeconds");
        assertThatThrownBy(() -> faults.errorRate(0.5, 404)).hasMessageContaining("errorStatus must be 500, 502, 503 or 504");
        assertThatThrownBy(() -> faults.slow(-0.1, 10)).hasMessageContaining("slowRate must be within 0..1");
        assertThatThrownBy(() -> faults.slow(1, -1)).hasMessageContaining("slowMillis must be at least 0");
        assertThatThrownBy(() -> sandbox.admin().faults().errorRate(2, 503)).hasMessageContaining("errorRate must be within 0..1");
        assertThat(faults.settings()).isEmpty();
        assertThat(us.get("customer/1").status()).isEqualTo(200);
    }

    @Test
    void resetClearsEveryCompanysFaultsAndCounts() {
        sandbox.admin().faults().forRealm(US).throttleStorm(1.0);
        assertThat(us.get("customer/1").status()).isEqualTo(429);
        sandbox.admin().reset();
        assertThat(us.get("customer/1").status()).isEqualTo(200);
        assertThat(sandbox.admin().faults().realms()).isEmpty();
        assertThat(sandbox.admin().faultCounts()).isEmpty();
    }

    @Test
    void overHttpOneCompanyIsFaultedCountedShownAndCleared() {
        String path = "/companies/" + US + "/faults";
        Api.Resp set = AdminHttpTest.admin("POST", path,
                "{\"throttleStorm\":{\"rate\":1,\"retryAfterSeconds\":12},\"slowRate\":1,\"slowMillis\":1}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().at("/faults/throttleStorm/retryAfterSeconds").asLong()).isEqualTo(12);
        Api.Resp stormed = us.get("customer/1");
        assertThat(stormed.status()).isEqualTo(429);
        assertThat(stormed.raw().headers().firstValue("Retry-After")).hasValue("12");
        assertThat(ca.get("customer/1").status()).isEqualTo(200);
        JsonNode one = AdminHttpTest.admin("GET", path, null).json();
        assertThat(one.get("realmId").asText()).isEqualTo(US);
        assertThat(one.at("/counts/throttle429").asLong()).isEqualTo(1);
        JsonNode all = AdminHttpTest.admin("GET", "/faults", null).json();
        assertThat(all.at("/realms/" + US + "/counts/throttle429").asLong()).isEqualTo(1);
        assertThat(all.at("/counts/throttle429").asLong()).isEqualTo(1);
        assertThat(AdminHttpTest.admin("DELETE", path, null).json().get("faults")).isEmpty();
        assertThat(us.get("customer/1").status()).isEqualTo(200);
    }

    @Test
    void overHttpABadFieldIsRefusedByNameAndChangesNothing() {
        String path = "/companies/" + US + "/faults";
        Api.Resp bad = AdminHttpTest.admin("POST", path, "{\"throttleStorm\":{\"rate\":1},\"errorRate\":1,\"errorStatus\":418}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("errorStatus must be 500, 502, 503 or 504");
        assertThat(AdminHttpTest.admin("POST", path, "{\"slowRate\":\"fast\"}").json().get("error").asText())
                .contains("slowRate must be a number");
        assertThat(AdminHttpTest.admin("POST", path, "{\"throttleStorm\":true}").json().get("error").asText())
                .contains("throttleStorm must be an object");
        assertThat(AdminHttpTest.admin("POST", "/companies/404/faults", "{\"errorRate\":1}").json().get("error").asText())
                .contains("no company 404");
        assertThat(us.get("customer/1").status()).isEqualTo(200);
        assertThat(sandbox.admin().faults().forRealm(US).settings()).isEmpty();
    }
}
