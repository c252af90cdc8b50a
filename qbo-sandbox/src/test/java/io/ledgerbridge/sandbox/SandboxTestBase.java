package io.ledgerbridge.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One sandbox per test class, reset to the default seed before each test, with API clients for both companies. */
abstract class SandboxTestBase {
    static QboSandbox sandbox;
    static Api us;
    static Api ca;

    @BeforeAll
    static void startSandbox() {
        // a time scale of a million keeps the real limits (10 a second) but makes the windows short, so tests are never throttled
        sandbox = QboSandbox.builder().port(0).timeScale(1_000_000).start();
        us = Api.connect(sandbox, QboSandbox.US_REALM);
        ca = Api.connect(sandbox, QboSandbox.CA_REALM);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.admin().reset();
    }

    static String invoiceJson(String customerId, String amount) {
        return "{\"CustomerRef\":{\"value\":\"" + customerId + "\"},\"Line\":[{\"Amount\":" + amount
                + ",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"}}}]}";
    }
}
