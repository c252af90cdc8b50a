package io.ledgerbridge.qbo.books;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.Outbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.testing.StatementTap;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The books-match poll finds due reports through an index: with nothing due it costs the same one statement for 10
 * companies on an hourly auto-sync as for 1,000 (it used to read every enabled company's runs and report each poll).
 */
class BooksMatchPollCostTest {
    @TempDir
    Path dir;

    @Test
    void anIdlePollCostsOneStatementWhateverTheNumberOfCompanies() {
        assertThat(statementsOfAnIdlePoll(dir.resolve("ten"), 10)).isEqualTo(1);
        assertThat(statementsOfAnIdlePoll(dir.resolve("thousand"), 1_000)).isEqualTo(1);
    }

    private static int statementsOfAnIdlePoll(Path at, int companies) {
        EmbeddedDatabase embedded = EmbeddedDatabase.open(at);
        AtomicInteger statements = new AtomicInteger();
        try (Database db = new Database(StatementTap.wrap(embedded.dataSource(), sql -> {
            if (!sql.equals(StatementTap.COMMIT)) {
                statements.incrementAndGet();
            }
        }), embedded)) {
            SettingsStore settings = new SettingsStore(db, Clock.systemUTC());
            for (int n = 0; n < companies; n++) {
                settings.save(TenantId.of("co-" + n), ConnectorSettings.defaults().toBuilder().enabled(true)
                        .autoSyncInterval(Duration.ofHours(1)).build());
            }
            // Nothing is due, so neither QuickBooks nor the host is asked for anything.
            BooksMatchModule books = new BooksMatchModule(db, new Outbox(db.dataSource(), Clock.systemUTC()), null,
                    t -> CompanyAccess.Access.open("realm"), null, null, Clock.systemUTC(), "node-a", 1,
                    Duration.ofHours(1));
            books.poll(); // the first poll also looks once for windows a crash left without a request
            statements.set(0);
            books.poll();
            books.close();
            return statements.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
