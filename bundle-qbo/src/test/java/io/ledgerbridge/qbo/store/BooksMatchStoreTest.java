package io.ledgerbridge.qbo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.BooksDifference.DriftAction;
import io.ledgerbridge.api.sync.BooksDifference.DriftCause;
import io.ledgerbridge.api.sync.BooksDifference.Kind;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The kept report on H2 and PostgreSQL: one request at a time, the finished report replacing the last, capped. */
class BooksMatchStoreTest {
    static final TenantId T = TenantId.of("acme");
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void onH2() throws Exception {
        EmbeddedDatabase h2 = EmbeddedDatabase.open(dir);
        try (Database db = new Database(h2.dataSource(), h2)) {
            roundTrip(db.dataSource());
        }
    }

    @Test
    void onPostgres() throws Exception {
        PGSimpleDataSource pg = TestPostgres.freshSchema("books");
        try (Database db = new Database(pg, null)) {
            roundTrip(db.dataSource());
        } finally {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + c.getSchema() + " CASCADE");
            }
        }
    }

    private static void roundTrip(DataSource ds) {
        BooksMatchStore store = new BooksMatchStore(ds);
        assertThat(store.latest(T, 10)).isEmpty();
        assertThat(store.request(T, SyncTrigger.SYNC_NOW, "Ada (u-ada)", AT)).isTrue();
        assertThat(store.request(T, SyncTrigger.SCHEDULE, null, AT.plusSeconds(1))).as("asked once").isFalse();
        assertThat(store.due(AT)).containsExactly(T);
        BooksMatchStore.Pending pending = store.pending(T).orElseThrow();
        assertThat(pending.trigger()).isEqualTo(SyncTrigger.SYNC_NOW);

        store.retryLater(T, 1, AT.plusSeconds(60), "QuickBooks answered 503", "tried again");
        assertThat(store.due(AT.plusSeconds(59))).isEmpty();
        assertThat(store.due(AT.plusSeconds(60))).containsExactly(T);

        List<BooksDifference> found = new ArrayList<>();
        for (int i = 0; i < BooksMatchStore.MAX_KEPT + 7; i++) {
            found.add(new BooksDifference(Kind.INVOICE_BALANCE, RecordRef.of(RecordType.INVOICE, "i" + i), "" + i,
                    "Invoice <" + i + ">", "108.50", "78.50", DriftCause.CREDIT_MEMO_IN_REMOTE,
                    DriftAction.RECORD_IN_HOST, "credit memo 5", "Record it"));
        }
        store.finish(T, pending, new BooksMatchStore.Finished(AT, AT.plusSeconds(3), 2, 3, 4, found));

        BooksMatchReport report = store.latest(T, 10).orElseThrow();
        assertThat(report.finishedAt()).isEqualTo(AT.plusSeconds(3));
        assertThat(report.requestedBy()).isEqualTo("Ada (u-ada)");
        assertThat(report.pendingSince()).isNull();
        assertThat(report.problem()).as("a finished run clears the last problem").isNull();
        assertThat(report.differenceCount()).isEqualTo(BooksMatchStore.MAX_KEPT + 7);
        assertThat(report.differences()).hasSize(10).first().isEqualTo(found.get(0));
        assertThat(store.latest(T, 100_000).orElseThrow().differences()).hasSize(BooksMatchStore.MAX_KEPT);
        assertThat(store.due(AT.plusSeconds(3600))).isEmpty();

        assertThat(store.request(T, SyncTrigger.SCHEDULE, null, AT.plusSeconds(10))).isTrue();
        store.abandon(T, "The report could not run: No active QuickBooks connection", "Reconnect");
        BooksMatchReport kept = store.latest(T, 10).orElseThrow();
        assertThat(kept.finishedAt()).as("the last report stays").isEqualTo(AT.plusSeconds(3));
        assertThat(kept.pendingSince()).isNull();
        assertThat(kept.problem()).startsWith("The report could not run");
    }
}
