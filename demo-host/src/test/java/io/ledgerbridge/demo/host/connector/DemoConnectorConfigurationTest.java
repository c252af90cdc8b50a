package io.ledgerbridge.demo.host.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoConnectorConfigurationTest {

    @Test
    void theLocalSandboxTargetPointsApiAndOAuthAtTheSandboxAndTheCallbackAtThisHost() {
        var target = new DemoConnectorConfiguration.Target("sandbox-local", "http://127.0.0.1:8089", "ledgerbridge-dev",
                "ledgerbridge-dev-secret", "http://127.0.0.1:8089/connect/oauth2",
                "http://127.0.0.1:8089/oauth2/v1/tokens/bearer", "http://127.0.0.1:8089/v2/oauth2/tokens/revoke",
                "ledgerbridge-dev-verifier");

        var properties = DemoConnectorConfiguration.properties(target, "http://127.0.0.1:8080", Path.of("/srv/data"));

        assertThat(properties).containsEntry("environment", "sandbox-local")
                .containsEntry("api.base.url", "http://127.0.0.1:8089")
                .containsEntry("authorize.url", "http://127.0.0.1:8089/connect/oauth2")
                .containsEntry("token.url", "http://127.0.0.1:8089/oauth2/v1/tokens/bearer")
                .containsEntry("client.id", "ledgerbridge-dev").containsEntry("client.secret", "ledgerbridge-dev-secret")
                .containsEntry("redirect.uri", "http://127.0.0.1:8080/ledgerbridge/oauth/callback")
                .containsEntry("data.directory", Path.of("/srv/data/connector").toString())
                .containsEntry("webhook.verifier.token", "ledgerbridge-dev-verifier");
    }

    @Test
    void intuitKeepsTheConnectorsOwnOAuthEndpoints() {
        var target = new DemoConnectorConfiguration.Target("production", "https://quickbooks.api.intuit.com", "id",
                "secret", null, null, null, null);

        var properties = DemoConnectorConfiguration.properties(target, "http://127.0.0.1:8080", Path.of("data"));

        assertThat(properties).containsEntry("api.base.url", "https://quickbooks.api.intuit.com")
                .doesNotContainKeys("authorize.url", "token.url", "revoke.url", "webhook.verifier.token");
    }
}
