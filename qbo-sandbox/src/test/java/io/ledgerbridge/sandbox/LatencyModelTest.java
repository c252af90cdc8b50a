package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.sandbox.junit.QboSandboxExtension;
import io.ledgerbridge.sandbox.junit.SandboxOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The latency model's distribution, its settings, and that the sandbox holds answers back by it. */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 1000, latency = "400s")
class LatencyModelTest {

    @Test
    void logNormalDrawsHitTheGivenMedianAndP99() {
        LatencyModel model = LatencyModel.logNormal(Duration.ofMillis(300), Duration.ofSeconds(2)).seeded(42);
        List<Long> draws = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            draws.add(model.next().toMillis());
        }
        Collections.sort(draws);
        assertThat(draws.get(10_000)).isBetween(285L, 315L);
        assertThat(draws.get(19_800)).isBetween(1800L, 2200L);
        assertThat(draws.get(0)).isPositive();
        assertThat(LatencyModel.logNormal(Duration.ofMillis(300), Duration.ofSeconds(2)).seeded(42).next())
                .isEqualTo(LatencyModel.logNormal(Duration.ofMillis(300), Duration.ofSeconds(2)).seeded(42).next());
    }

    @Test
    void settingsParseAndScale() {
        assertThat(LatencyModel.parse("off").isOff()).isTrue();
        assertThat(LatencyModel.off().next()).isZero();
        assertThat(LatencyModel.parse("intuit").toString()).isEqualTo("300ms,2000ms");
        assertThat(LatencyModel.parse("250ms").next()).isEqualTo(Duration.ofMillis(250));
        assertThat(LatencyModel.parse("0.3s, 2s").p99()).isEqualTo(Duration.ofSeconds(2));
        assertThat(LatencyModel.parse("120").median()).isEqualTo(Duration.ofMillis(120));
        assertThat(LatencyModel.fixed(Duration.ofSeconds(6)).next(60)).isEqualTo(Duration.ofMillis(100));
        assertThatThrownBy(() -> LatencyModel.parse("fast")).hasMessageContaining("300ms,2s");
        assertThatThrownBy(() -> LatencyModel.parse("2s,300ms")).hasMessageContaining("p99 at least the median");
    }

    @Test
    void theApiIsHeldBackByTheScaledLatencyAndTheAdminApiIsNot(QboSandbox sandbox) {
        // 400 s at a time scale of 1000: every API answer waits 400 ms
        assertThat(sandbox.latency().median()).isEqualTo(Duration.ofSeconds(400));
        Api api = Api.connect(sandbox, QboSandbox.US_REALM);
        long start = System.nanoTime();
        assertThat(api.get("customer/1").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        Duration fastestAdmin = Duration.ofDays(1);
        for (int i = 0; i < 3; i++) {
            long adminStart = System.nanoTime();
            assertThat(Api.raw(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/health")).build()).status()).isEqualTo(200);
            Duration took = Duration.ofNanos(System.nanoTime() - adminStart);
            fastestAdmin = took.compareTo(fastestAdmin) < 0 ? took : fastestAdmin;
        }
        assertThat(fastestAdmin).isLessThan(Duration.ofMillis(400));
    }

    @Test
    void commandLineSetsTheLatency() {
        try (QboSandbox s = Main.start(new String[] {"--port", "0", "--latency", "300ms,2s", "--latency-seed", "7"})) {
            assertThat(s.latency().median()).isEqualTo(Duration.ofMillis(300));
            assertThat(s.latency().p99()).isEqualTo(Duration.ofSeconds(2));
        }
        assertThatThrownBy(() -> Main.start(new String[] {"--port", "0", "--latency", "soon"})).hasMessageContaining("not understood");
    }
}
