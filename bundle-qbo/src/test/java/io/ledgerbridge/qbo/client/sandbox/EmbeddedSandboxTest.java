package io.ledgerbridge.qbo.client.sandbox;

import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.model.ReferenceType;
import io.ledgerbridge.sandbox.QboSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One embedded sandbox per test class at {@link #TIME_SCALE}, reset before each test, with {@link #client} wired to the
 * US company the way production wires a client to QuickBooks.
 */
abstract class EmbeddedSandboxTest {
    /** A QuickBooks minute lasts 1 s, a second 17 ms. */
    static final double TIME_SCALE = 60;
    static final String US = QboSandbox.US_REALM;
    static QboSandbox sandbox;
    static SandboxClients clients;
    QboClient client;

    @BeforeAll
    static void startSandbox() {
        sandbox = QboSandbox.builder().port(0).timeScale(TIME_SCALE).start();
        clients = new SandboxClients(sandbox, TIME_SCALE);
    }

    @AfterAll
    static void stopSandbox() {
        clients.close();
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.admin().reset();
        client = clients.client(US);
    }

    static ReferenceType ref(String value) {
        ReferenceType ref = new ReferenceType();
        ref.setValue(value);
        return ref;
    }
}
