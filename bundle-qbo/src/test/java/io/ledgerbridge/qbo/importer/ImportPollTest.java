package io.ledgerbridge.qbo.importer;

import static org.awaitility.Awaitility.await;

import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.testing.WatchedDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's poll outlives an {@link Error}: it is logged, and the next poll looks for due imports again. */
class ImportPollTest {
    @TempDir
    Path dir;

    @Test
    void aPollThatMeetsAnErrorLogsAndTheNextPollRuns() throws Exception {
        EmbeddedDatabase embedded = EmbeddedDatabase.open(dir);
        WatchedDataSource watched = new WatchedDataSource(embedded.dataSource());
        try (Database db = new Database(watched, embedded)) {
            // nothing is due, so no part but the import store's look-up is used
            ImportModule imports = new ImportModule(db, null, null, null, null, Clock.systemUTC(), "node-a", 1,
                    Duration.ofMillis(20));
            watched.throwAtNextConnection(new AssertionError("a poll meeting an Error"));
            long before = watched.statements();
            imports.start();
            try {
                // the first poll meets the Error; later polls read the due imports again
                await().atMost(Duration.ofSeconds(10)).until(() -> watched.statements() >= before + 3);
            } finally {
                imports.close();
            }
        }
    }
}
