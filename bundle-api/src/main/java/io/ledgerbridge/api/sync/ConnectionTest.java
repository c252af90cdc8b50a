package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.time.Duration;

/**
 * The outcome of "Test connection": whether the connector could authenticate and read the company. Created by the
 * connector.
 *
 * @param success whether it worked
 * @param status the connection as it stands after the test
 * @param message what happened, in plain words
 * @param remedy what to do on failure, or {@code null}
 * @param took how long the test took
 */
public record ConnectionTest(boolean success, ConnectionStatus status, String message, String remedy, Duration took) {
    public ConnectionTest {
        Checks.required(status, "status");
        Checks.requiredText(message, "message");
        Checks.required(took, "took");
    }
}
