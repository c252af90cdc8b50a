package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.junit.QboSandboxExtension;
import io.ledgerbridge.sandbox.junit.SandboxOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle of the inbound sandbox tests: one time-scaled sandbox per class, reset before each test, and a fresh
 * database and {@link InboundRig} per test.
 */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60)
abstract class InboundSandboxTest {
    QboSandbox sandbox;

    @TempDir
    Path dir;
    Database db;
    InboundRig rig;
    FakeHost host;

    @BeforeEach
    void openRig(QboSandbox sandbox) {
        this.sandbox = sandbox;
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
