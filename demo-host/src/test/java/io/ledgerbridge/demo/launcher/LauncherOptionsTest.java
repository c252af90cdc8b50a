package io.ledgerbridge.demo.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {
    private static final Path JAR_DIR = Path.of("/opt/demo");

    private static LauncherOptions parse(Map<String, String> env, String... args) {
        return LauncherOptions.parse(args, env, new Properties(), JAR_DIR, JAR_DIR.resolve("demo-host.jar"));
    }

    @Test
    void defaultsServeOn8080WithDataUnderTheWorkingDirectoryAndTheLocalSandbox() {
        LauncherOptions options = parse(Map.of());

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(options.bundlesDir()).isEqualTo(JAR_DIR.resolve("bundles"));
        assertThat(options.sandbox()).isTrue();
        assertThat(options.usesIntuit()).isFalse();
        ConnectorTarget sandbox = ConnectorTarget.localSandbox(options.sandboxPort());
        assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:8089");
        assertThat(sandbox.frameworkProperties())
                .containsEntry("ledgerbridge.demo.connector.client-id", "ledgerbridge-dev")
                .containsEntry("ledgerbridge.demo.connector.token-url", "http://127.0.0.1:8089/oauth2/v1/tokens/bearer");
    }

    @Test
    void optionsAndEnvironmentOverrideTheDefaults() {
        LauncherOptions options = parse(Map.of("INTUIT_CLIENT_ID", "abc", "INTUIT_CLIENT_SECRET", "s3cret"),
                "--port", "9090", "--data-dir=/tmp/lb", "--intuit-environment", "production");

        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/lb"));
        assertThat(options.usesIntuit()).isTrue();
        ConnectorTarget target = ConnectorTarget.intuit(options);
        assertThat(target.baseUrl()).isEqualTo("https://quickbooks.api.intuit.com");
        assertThat(target.frameworkProperties()).containsEntry("ledgerbridge.demo.connector.client-id", "abc")
                .doesNotContainKey("ledgerbridge.demo.connector.authorize-url");
    }

    @Test
    void badOptionsAreRefusedWithTheRemedy() {
        assertThatThrownBy(() -> parse(Map.of(), "--port", "eighty"))
                .hasMessage("--port: 'eighty' is not a port; write a number from 1 to 65535");
        assertThatThrownBy(() -> parse(Map.of("INTUIT_CLIENT_ID", "abc")))
                .hasMessageContaining("give both --intuit-client-id and --intuit-client-secret");
        assertThatThrownBy(() -> parse(Map.of(), "--intuit-environment", "staging"))
                .hasMessageContaining("write sandbox or production");
        assertThatThrownBy(() -> parse(Map.of(), "stray")).hasMessageContaining("'stray' is not an option");
    }

    @Test
    void bundlesStartWeavingAndLoggingFirstAndTheHostLast() {
        assertThat(StartLevelOrder.of("org.apache.aries.spifly.dynamic.bundle")).isEqualTo(StartLevelOrder.WEAVING);
        assertThat(StartLevelOrder.of("org.objectweb.asm.tree")).isEqualTo(StartLevelOrder.WEAVING);
        assertThat(StartLevelOrder.of("slf4j.simple")).isEqualTo(StartLevelOrder.LOGGING);
        assertThat(StartLevelOrder.of("org.apache.felix.http.jetty12")).isEqualTo(StartLevelOrder.INFRASTRUCTURE);
        assertThat(StartLevelOrder.of("io.ledgerbridge.qbo")).isEqualTo(StartLevelOrder.LEDGERBRIDGE);
        assertThat(StartLevelOrder.of("io.ledgerbridge.demo")).isEqualTo(StartLevelOrder.HOST);
    }

    @Test
    void theFrameworkBindsHttpToLoopbackAndKeepsBundlesOffTheLauncherClassPath() {
        LauncherOptions options = parse(Map.of(), "--port", "18080");
        Properties system = new Properties();
        system.setProperty("org.apache.felix.http.timeout", "5000");
        system.setProperty("unrelated", "x");

        Map<String, String> p = DemoFramework.frameworkProperties(options, ConnectorTarget.localSandbox(8089), system);

        assertThat(p).containsEntry("org.apache.felix.http.host", "127.0.0.1")
                .containsEntry("org.osgi.service.http.port", "18080")
                .containsEntry("org.osgi.framework.bundle.parent", "boot")
                .containsEntry("org.apache.felix.http.timeout", "5000")
                .containsEntry("org.osgi.framework.startlevel.beginning", "5")
                .containsEntry("ledgerbridge.demo.host-url", "http://127.0.0.1:18080")
                .doesNotContainKey("unrelated");
    }
}
