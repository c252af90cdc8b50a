package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import java.nio.file.Path;

/** An embedded H2 file database in a test's temporary directory. */
final class TestDatabase {
    private TestDatabase() {
    }

    static Database open(Path dir) {
        EmbeddedDatabase embedded = EmbeddedDatabase.open(dir);
        return new Database(embedded.dataSource(), embedded);
    }
}
