package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThrottleTest {
    QboSandbox sandbox;
    Api us;

    @BeforeEach
    void start() {
        sandbox = QboSandbox.builder().clock(SandboxClock.fixed(Instant.parse("2026-05-01T10:00:00Z"))).start();
        us = Api.connect(sandbox, QboSandbox.US_REALM);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void eleventhRequestInOneSecondIs429WithAnXmlBody() {
        for (int i = 0; i < 10; i++) {
            assertThat(us.get("customer/1").status()).isEqualTo(200);
        }
        Api.Resp throttled = us.get("customer/1");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/xml");
        assertThat(throttled.body()).contains("<Fault type=\"SERVICE\"><Error code=\"3001\"")
                .contains("message=ThrottleExceeded; errorCode=003001; statusCode=429");
        sandbox.admin().advanceClock(Duration.ofSeconds(1));
        assertThat(us.get("customer/1").status()).isEqualTo(200);
        assertThat(sandbox.admin().countStatus(429)).isEqualTo(1);
    }

    @Test
    void fiveHundredAMinute() {
        for (int second = 0; second < 50; second++) {
            for (int i = 0; i < 10; i++) {
                assertThat(us.get("term/1").status()).isEqualTo(200);
            }
            sandbox.admin().advanceClock(Duration.ofSeconds(1));
        }
        assertThat(us.get("term/1").status()).isEqualTo(429);
        sandbox.admin().advanceClock(Duration.ofSeconds(11));
        assertThat(us.get("term/1").status()).isEqualTo(200);
    }

    @Test
    void throttleIsPerCompany() {
        Api ca = Api.connect(sandbox, QboSandbox.CA_REALM);
        for (int i = 0; i < 10; i++) {
            us.get("customer/1");
        }
        assertThat(us.get("customer/1").status()).isEqualTo(429);
        assertThat(ca.get("customer/1").status()).isEqualTo(200);
    }

    @Test
    void fortyBatchCallsAMinuteAndItemsCountAsCalls() {
        String batch = "{\"BatchItemRequest\":[{\"bId\":\"1\",\"Query\":\"select * from Term\"}]}";
        for (int i = 0; i < 40; i++) {
            assertThat(us.post("batch", batch).status()).isEqualTo(200);
            sandbox.admin().advanceClock(Duration.ofMillis(200));
        }
        assertThat(us.post("batch", batch).status()).isEqualTo(429);
        sandbox.admin().advanceClock(Duration.ofSeconds(60));
        StringBuilder big = new StringBuilder("{\"BatchItemRequest\":[");
        for (int i = 0; i < 30; i++) {
            big.append(i == 0 ? "" : ",").append("{\"bId\":\"").append(i).append("\",\"Query\":\"select * from Term\"}");
        }
        for (int i = 0; i < 16; i++) { // 16 x 30 = 480 of the 500 a minute
            assertThat(us.post("batch", big + "]}").status()).isEqualTo(200);
            sandbox.admin().advanceClock(Duration.ofSeconds(1));
        }
        assertThat(us.post("batch", big + "]}").status()).isEqualTo(429);
    }

    @Test
    void tenInFlight() {
        sandbox.admin().faults().slow(1.0, 1500);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> us.get("customer/1").status()));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.admin().faultCounts().getOrDefault("slow", 0L) == 10);
        sandbox.admin().advanceClock(Duration.ofSeconds(5)); // the per-second window is clear; only in-flight remains
        sandbox.admin().faults().slow(0, 0);
        assertThat(us.get("customer/1").status()).isEqualTo(429);
        assertThat(calls.stream().map(CompletableFuture::join)).containsOnly(200);
    }

    @Test
    void timeScaleShrinksWindowsAndIsReported() {
        sandbox.admin().timeScale(60);
        JsonNode report = sandbox.admin().throttle();
        assertThat(report.at("/limits/requestsPerMinute").asInt()).isEqualTo(500);
        assertThat(report.at("/limits/requestsPerSecond").asInt()).isEqualTo(10);
        assertThat(report.at("/limits/concurrentRequests").asInt()).isEqualTo(10);
        assertThat(report.at("/limits/batchRequestsPerMinute").asInt()).isEqualTo(40);
        assertThat(report.at("/windowMillis/minute").asDouble()).isEqualTo(1000.0);
        assertThat(report.at("/ceilingRequestsPerRealMinute").asDouble()).isEqualTo(30000.0);
        JsonNode http = Api.json(Api.raw(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/_sandbox/throttle")).build()).body());
        assertThat(http.get("timeScale").asDouble()).isEqualTo(60.0);

        sandbox.admin().faults().throttleNext(0);
        for (int i = 0; i < 10; i++) {
            us.get("customer/1");
        }
        // with a frozen sandbox clock only real time passes: the 1/60 s window ends on its own
        await().atMost(Duration.ofSeconds(2)).until(() -> us.get("customer/1").status() == 200);
    }
}
