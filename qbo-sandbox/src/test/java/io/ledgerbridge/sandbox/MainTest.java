package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void commandLineOptionsConfigureTheSandbox(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"apps\":[{\"clientId\":\"c\",\"clientSecret\":\"s\"}],\"companies\":[{\"realmId\":\"77\",\"companyName\":\"Cli Co\"}]}");
        Path snapshot = dir.resolve("snap.json");
        try (QboSandbox s = Main.start(new String[] {"--port", "0", "--seed", seed.toString(), "--snapshot", snapshot.toString(), "--time-scale", "5"})) {
            assertThat(s.port()).isNotEqualTo(QboSandbox.DEFAULT_PORT);
            assertThat(s.admin().throttle().get("timeScale").asDouble()).isEqualTo(5.0);
            assertThat(s.admin().companies()).extracting(c -> c.realmId()).containsExactly("77");
            Api.Resp health = Api.raw(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/_sandbox/health")).build());
            assertThat(health.status()).isEqualTo(200);
        }
        assertThat(Files.exists(snapshot)).isTrue();
    }

    @Test
    void helpAndBadOptions() {
        assertThat(Main.start(new String[] {"--help"})).isNull();
        assertThatThrownBy(() -> Main.start(new String[] {"--colour"})).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> Main.start(new String[] {"--port"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> QboSandbox.builder().timeScale(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
