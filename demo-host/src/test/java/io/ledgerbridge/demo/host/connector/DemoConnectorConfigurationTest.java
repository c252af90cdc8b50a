package io.ledgerbridge.demo.host.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import org.junit.jupiter.api.Test;

class DemoConnectorConfigurationTest {

    @Test
    void theLocalSandboxTargetBecomesOneConfigurationPerTenantWithTheCallbackOnThisHost() {
        var target = new DemoConnectorConfiguration.Target("sandbox-local", "http://127.0.0.1:8089", "ledgerbridge-dev",
                "ledgerbridge-dev-secret");

        var properties = DemoConnectorConfiguration.properties(target, "http://127.0.0.1:8080", TenantId.of("demo"));

        assertThat(properties).containsEntry("tenant", "demo").containsEntry("environment", "sandbox-local")
                .containsEntry("baseUrl", "http://127.0.0.1:8089").containsEntry("clientId", "ledgerbridge-dev")
                .containsEntry(".clientSecret", "ledgerbridge-dev-secret")
                .containsEntry("redirectUri", "http://127.0.0.1:8080/ledgerbridge/oauth/callback");
    }
}
