package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle of the inbound sandbox tests: one time-scaled sandbox per class, reset before each test, and a fresh
 * database and {@link InboundRig} per test.
 */
abstract class InboundSandboxTest {
    static QboSandbox sandbox;

    @TempDir
    Path dir;
    Database db;
    InboundRig rig;
    FakeHost host;

    @BeforeAll
    static void startSandbox() {
        sandbox = QboSandbox.builder().port(0).timeScale(60).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void openRig() {
        sandbox.admin().reset();
        db = TestDatabase.open(dir);
        rig = new InboundRig(sandbox, db);
        host = rig.host;
    }

    @AfterEach
    void closeRig() throws Exception {
        rig.close();
        db.close();
    }
}
