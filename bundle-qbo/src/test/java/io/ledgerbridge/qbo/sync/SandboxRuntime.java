package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.ConnectorRuntime;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** The connector as the composition root builds it for a plain class path, configured for the embedded sandbox. */
final class SandboxRuntime {
    private SandboxRuntime() {
    }

    /**
     * @param sandbox the sandbox, at time scale 60
     * @param dir the data directory (H2 database)
     * @param host the host's records, ledger and notifier
     * @param node the node id
     * @return the started runtime, not yet connected
     */
    static ConnectorRuntime start(QboSandbox sandbox, Path dir, FakeHost host, String node) {
        String base = sandbox.baseUrl();
        ConnectorConfig config = ConnectorConfig.fromMap(Map.ofEntries(Map.entry("environment", "local-sandbox"),
                Map.entry("api.base.url", base), Map.entry("authorize.url", base + "/connect/oauth2"),
                Map.entry("token.url", base + "/oauth2/v1/tokens/bearer"),
                Map.entry("revoke.url", base + "/v2/oauth2/tokens/revoke"),
                Map.entry("client.id", QboSandbox.DEFAULT_CLIENT_ID),
                Map.entry("client.secret", QboSandbox.DEFAULT_CLIENT_SECRET),
                Map.entry("redirect.uri", "http://127.0.0.1:8080/ledgerbridge/oauth/callback"),
                Map.entry("data.directory", dir.toString()), Map.entry("throttle.time.scale", "60"),
                Map.entry("node.id", node),
                Map.entry("webhook.verifier.token", QboSandbox.DEFAULT_WEBHOOK_VERIFIER)));
        return new ConnectorRuntime(config, host, host, host, Optional.empty(), Clock.systemUTC());
    }
}
