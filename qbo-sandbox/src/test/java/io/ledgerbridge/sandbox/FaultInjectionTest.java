package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends SandboxTestBase {

    @Test
    void errorRateAnswers5xxAndCountsThem() {
        sandbox.admin().faults().errorRate(1.0, 503);
        Api.Resp r = us.get("customer/1");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body()).contains("503 Service Temporarily Unavailable");
        sandbox.admin().faults().errorRate(1.0, 500);
        Api.Resp five = us.get("customer/1");
        assertThat(five.status()).isEqualTo(500);
        assertThat(five.json().at("/Fault/type").asText()).isEqualTo("SystemFault");
        sandbox.admin().faults().errorRate(0, 503);
        assertThat(us.get("customer/1").status()).isEqualTo(200);
        assertThat(sandbox.admin().faultCounts()).containsEntry("error503", 1L).containsEntry("error500", 1L);
    }

    @Test
    void droppedConnectionGivesTheClientAnIoError() {
        // a POST, because java.net.http retries an idempotent GET once on its own
        sandbox.admin().faults().dropNext(1);
        assertThatThrownBy(() -> us.post("customer", "{\"DisplayName\":\"Dropped\"}")).isInstanceOf(UncheckedIOException.class);
        assertThat(us.get("customer/1").status()).isEqualTo(200);
        assertThat(sandbox.admin().faultCounts()).containsEntry("drop", 1L);
        assertThat(sandbox.admin().count(QboSandbox.US_REALM, "Customer")).isEqualTo(5);
    }

    @Test
    void burstOf429() {
        sandbox.admin().faults().throttleNext(2);
        assertThat(us.get("customer/1").status()).isEqualTo(429);
        assertThat(us.get("customer/1").status()).isEqualTo(429);
        assertThat(us.get("customer/1").status()).isEqualTo(200);
        assertThat(sandbox.admin().faultCounts()).containsEntry("throttle429", 2L);
        assertThat(sandbox.admin().countStatus(429)).isEqualTo(2);
    }

    @Test
    void staleOnTheNextUpdateOfOneEntity() {
        sandbox.admin().faults().staleOnNextUpdate(QboSandbox.US_REALM, "Customer", "1");
        assertThat(us.post("customer", "{\"Id\":\"1\",\"SyncToken\":\"0\",\"sparse\":true,\"Notes\":\"a\"}").faultCode()).isEqualTo("5010");
        assertThat(us.post("customer", "{\"Id\":\"1\",\"SyncToken\":\"0\",\"sparse\":true,\"Notes\":\"a\"}").status()).isEqualTo(200);
        assertThat(sandbox.admin().faultCounts()).containsEntry("stale5010", 1L);
    }

    @Test
    void slowResponsesAreDelayed() {
        sandbox.admin().faults().slow(1.0, 300);
        long start = System.nanoTime();
        assertThat(us.get("customer/1").status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(290);
        assertThat(sandbox.admin().faultCounts()).containsEntry("slow", 1L);
    }

    @Test
    void revokedTokensGet401() {
        Api fresh = Api.connect(sandbox, QboSandbox.US_REALM);
        assertThat(sandbox.admin().revokeTokens(QboSandbox.US_REALM, null)).isPositive();
        Api.Resp r = fresh.get("customer/1");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().at("/fault/error/0/code").asText()).isEqualTo("3200");
        assertThat(sandbox.admin().faultCounts()).containsKey("revoked");
        us = Api.connect(sandbox, QboSandbox.US_REALM);
    }

    @Test
    void cancelledCompanyIs6190() {
        sandbox.admin().cancelCompany(QboSandbox.US_REALM, true);
        Api.Resp r = us.get("customer/1");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.faultCode()).isEqualTo("6190");
        assertThat(sandbox.admin().faultCounts()).containsEntry("cancelled6190", 1L);
        sandbox.admin().cancelCompany(QboSandbox.US_REALM, false);
        assertThat(us.get("customer/1").status()).isEqualTo(200);
    }

    @Test
    void requestLogCountsByEndpointStatusAndOperation() {
        us.create("Invoice", invoiceJson("1", "5"));
        us.post("invoice", invoiceJson("999", "5"));
        us.query("select * from Invoice");
        assertThat(sandbox.admin().requestCount("POST invoice", 200)).isEqualTo(1);
        assertThat(sandbox.admin().requestCount("POST invoice", 400)).isEqualTo(1);
        assertThat(sandbox.admin().countOperation("create", "Invoice")).isEqualTo(2);
        assertThat(sandbox.admin().countOperation("query", null)).isEqualTo(1);
        assertThat(sandbox.admin().countStatus(429)).isZero();
        assertThat(sandbox.admin().requestCounts().at("/byEndpointAndStatus/POST invoice 400").asLong()).isEqualTo(1);
        assertThat(sandbox.admin().requests().get(1).faultCode()).isEqualTo("2500");
    }
}
