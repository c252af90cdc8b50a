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
 * The lifecycle of the tests of the engine against the embedded sandbox on a plain class path: one time-scaled
 * sandbox per class, reset before each test, and a fresh database, in-memory host and {@link SandboxEngine} per test.
 */
@ExtendWith(QboSandboxExtension.class)
@SandboxOptions(timeScale = 60)
abstract class EngineSandboxTest {
    QboSandbox sandbox;

    @TempDir
    Path dir;
    Database db;
    FakeHost host;
    SandboxEngine e;

    @BeforeEach
    void open(QboSandbox sandbox) {
        this.sandbox = sandbox;
        sandbox.admin().reset();
        db = TestDatabase.open(dir);
        host = new FakeHost();
        e = new SandboxEngine(sandbox, db, host, 60, "node-a", g -> g);
    }

    @AfterEach
    void closeAll() throws Exception {
        e.close();
        db.close();
    }
}
