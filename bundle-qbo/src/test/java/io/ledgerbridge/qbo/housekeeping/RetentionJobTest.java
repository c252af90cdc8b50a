package io.ledgerbridge.qbo.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.HousekeepingLease;
import io.ledgerbridge.qbo.store.RetentionStore;
import io.ledgerbridge.qbo.store.SchemaMigrator;
import io.ledgerbridge.qbo.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retention on H2 and PostgreSQL: what goes, what is still needed and stays, batches, one node at a time. */
class RetentionJobTest {
    private static final Duration RETENTION = Duration.ofDays(90);
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path dir;
    private EmbeddedDatabase h2;
    private DataSource db;
    private Instant now;

    @AfterEach
    void tearDown() {
        if (h2 != null) {
            h2.close();
        }
    }

    private void open(String kind) throws Exception {
        if (kind.equals("h2")) {
            h2 = EmbeddedDatabase.open(dir);
            db = h2.dataSource();
        } else {
            db = TestPostgres.freshSchema("retention");
        }
        new SchemaMigrator(db).migrate();
        now = new HousekeepingLease(db).databaseNow();
    }

    private RetentionJob job(String node, int batch) {
        return new RetentionJob(new HousekeepingLease(db), new RetentionStore(db, batch), RETENTION, DAY, node,
                () -> false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void oldHistoryGoesInBatchesAndWhatIsStillNeededStays(String kind) throws Exception {
        open(kind);
        // runs: an old finished one with three errors goes; one whose changes are still queued, an unfinished one,
        // the latest of each tenant (even if old) and a recent one stay
        run("r-old", "t1", "FINISHED", days(120), days(119));
        for (int i = 0; i < 3; i++) {
            error("r-old", "t1");
        }
        run("r-queued", "t1", "FINISHED", days(111), days(110));
        outbox("t1", "inv-9", "r-queued");
        run("r-running", "t1", "RUNNING", days(200), null);
        run("r-recent", "t1", "FINISHED", days(2), days(2));
        run("r-t2-only", "t2", "FINISHED", days(151), days(150));
        error("r-t2-only", "t2");
        // sync log: a record's old entries go, its latest stays even when old (the record status page reads it)
        long a1 = log("t1", "A", days(100));
        long a2 = log("t1", "A", days(95));
        long a3 = log("t1", "A", days(1));
        long b1 = log("t1", "B", days(300));
        // conflicts: open ones stay however old; resolved ones go after the retention
        conflict("c-open", null, days(200));
        conflict("c-old", days(100), days(200));
        conflict("c-recent", days(5), days(200));
        // QuickBooks' changes: pending ones stay; processed (done or failed) old ones go
        long pending = inbox("PENDING", days(100), null);
        long done = inbox("DONE", days(101), days(100));
        long failed = inbox("FAILED", days(100), null);
        long doneRecent = inbox("DONE", days(3), days(3));
        // imports: an old finished one goes with its progress, errors and resolved matches; one with a match still to
        // choose, the running one and each tenant's latest stay
        importRun("i-old", "t1", "FINISHED", days(101), days(100));
        importDetails("i-old", "resolved-host");
        importRun("i-unresolved", "t1", "FINISHED", days(131), days(130));
        importDetails("i-unresolved", null);
        importRun("i-running", "t1", "RUNNING", days(300), null);
        exec("INSERT INTO qbo_import_active (tenant_id, import_id) VALUES ('t1', 'i-running')");
        importRun("i-latest", "t1", "FINISHED", days(3), days(3));

        Map<String, Integer> deleted = job("node-a", 2).runIfDue().orElseThrow();

        assertThat(ids("SELECT run_id FROM qbo_sync_run")).containsExactlyInAnyOrder("r-queued", "r-running",
                "r-recent", "r-t2-only");
        assertThat(ids("SELECT run_id FROM qbo_sync_error")).containsExactly("r-t2-only");
        assertThat(ids("SELECT id FROM qbo_sync_log")).containsExactlyInAnyOrder(String.valueOf(a3), String.valueOf(b1))
                .doesNotContain(String.valueOf(a1), String.valueOf(a2));
        assertThat(ids("SELECT conflict_id FROM qbo_conflict")).containsExactlyInAnyOrder("c-open", "c-recent");
        assertThat(ids("SELECT id FROM qbo_inbox")).containsExactlyInAnyOrder(String.valueOf(pending),
                String.valueOf(doneRecent)).doesNotContain(String.valueOf(done), String.valueOf(failed));
        assertThat(ids("SELECT import_id FROM qbo_import")).containsExactlyInAnyOrder("i-unresolved", "i-running",
                "i-latest");
        assertThat(ids("SELECT import_id FROM qbo_import_progress")).containsExactly("i-unresolved");
        assertThat(ids("SELECT import_id FROM qbo_import_error")).containsExactly("i-unresolved");
        assertThat(ids("SELECT import_id FROM qbo_import_ambiguous")).containsExactly("i-unresolved");
        assertThat(deleted).containsEntry("sync log entries", 2).containsEntry("sync errors", 3)
                .containsEntry("sync runs", 1).containsEntry("resolved conflicts", 1)
                .containsEntry("processed QuickBooks changes", 2).containsEntry("imports", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eachStatementDeletesOneBatchUntilNothingIsLeft(String kind) throws Exception {
        open(kind);
        oldRunWithErrors(7);
        RetentionStore.Step errors = new RetentionStore(db, 3).steps().stream()
                .filter(s -> s.name().equals("sync errors")).findFirst().orElseThrow();
        List<Integer> batches = new ArrayList<>();
        for (int n = errors.deleteBatch(days(90)); n > 0; n = errors.deleteBatch(days(90))) {
            batches.add(n);
        }
        run("r-old-2", "t1", "FINISHED", days(100), days(99));
        for (int i = 0; i < 7; i++) {
            error("r-old-2", "t1");
        }
        job("node-a", 3).runIfDue().orElseThrow();

        assertThat(batches).containsExactly(3, 3, 1);
        assertThat(ids("SELECT run_id FROM qbo_sync_error")).isEmpty();
        assertThat(ids("SELECT run_id FROM qbo_sync_run")).containsExactly("r-latest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void oneNodeAtATimeAboutOnceADayByTheDatabasesClock(String kind) throws Exception {
        open(kind);
        HousekeepingLease lease = new HousekeepingLease(db);
        assertThat(lease.tryTake(RetentionJob.TASK, "node-a", DAY, Duration.ofMinutes(15))).isPresent();

        assertThat(job("node-b", 1000).runIfDue()).as("node-a holds the lease").isEmpty();

        lease.release(RetentionJob.TASK, "node-a", true);
        assertThat(job("node-b", 1000).runIfDue()).as("done less than a day ago").isEmpty();
        assertThat(lease.lastDone(RetentionJob.TASK)).hasValueSatisfying(t -> assertThat(t).isAfterOrEqualTo(now));

        exec("UPDATE qbo_housekeeping SET last_done_at = ? WHERE task = 'retention'", ts(days(1).minusSeconds(60)));
        assertThat(job("node-b", 1000).runIfDue()).as("due again a day later").isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aStopBetweenBatchesLeavesTheTaskDueAndTheLeaseFree(String kind) throws Exception {
        open(kind);
        oldRunWithErrors(5);
        AtomicInteger checks = new AtomicInteger();
        // stopping after the first batch (checks: sync log, then the first errors batch, then stop)
        RetentionJob stopped = new RetentionJob(new HousekeepingLease(db), new RetentionStore(db, 2), RETENTION, DAY,
                "node-a", () -> checks.incrementAndGet() > 2);

        stopped.runIfDue().orElseThrow();

        assertThat(ids("SELECT run_id FROM qbo_sync_error")).hasSize(3);
        assertThat(new HousekeepingLease(db).lastDone(RetentionJob.TASK)).isEmpty();
        assertThat(job("node-b", 2).runIfDue()).as("another node finishes the work at once").isPresent();
        assertThat(ids("SELECT run_id FROM qbo_sync_error")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void processedChangesStayLongEnoughToRecogniseALateRepeatWhateverTheRetention(String kind) throws Exception {
        open(kind);
        long twentyDays = inbox("DONE", days(20), days(20));
        long fortyDays = inbox("DONE", days(40), days(40));
        RetentionJob week = new RetentionJob(new HousekeepingLease(db), new RetentionStore(db, 1000),
                Duration.ofDays(7), DAY, "node-a", () -> false);

        week.runIfDue().orElseThrow();

        assertThat(ids("SELECT id FROM qbo_inbox")).containsExactly(String.valueOf(twentyDays))
                .doesNotContain(String.valueOf(fortyDays));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void keepingForEverDeletesNothing(String kind) throws Exception {
        open(kind);
        conflict("c-old", days(1000), days(1000));
        RetentionJob never = new RetentionJob(new HousekeepingLease(db), new RetentionStore(db, 1000), Duration.ZERO,
                DAY, "node-a", () -> false);

        assertThat(never.runIfDue()).isEmpty();
        assertThat(ids("SELECT conflict_id FROM qbo_conflict")).containsExactly("c-old");
    }

    /** A run ended 119 days ago with its errors, and the tenant's latest run (kept). */
    private void oldRunWithErrors(int errors) throws Exception {
        run("r-old", "t1", "FINISHED", days(120), days(119));
        run("r-latest", "t1", "FINISHED", days(1), days(1));
        for (int i = 0; i < errors; i++) {
            error("r-old", "t1");
        }
    }

    private Instant days(long n) {
        return now.minus(Duration.ofDays(n));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private void run(String id, String tenant, String state, Instant started, Instant ended) throws Exception {
        exec("INSERT INTO qbo_sync_run (run_id, tenant_id, sync_trigger, state, started_at, ended_at, enqueued, "
                + "created_count, updated_count, skipped_count, failed_count, notified) "
                + "VALUES (?, ?, 'MANUAL', ?, ?, ?, TRUE, 0, 0, 0, 0, FALSE)", id, tenant, state, ts(started), ts(ended));
    }

    private void error(String run, String tenant) throws Exception {
        exec("INSERT INTO qbo_sync_error (run_id, tenant_id, message, occurred_at) VALUES (?, ?, 'failed', ?)", run,
                tenant, ts(days(119)));
    }

    private void outbox(String tenant, String record, String run) throws Exception {
        exec("INSERT INTO qbo_outbox (tenant_id, record_type, host_record_id, host_event_id, sync_trigger, state, "
                + "change_count, first_event_at, last_event_at, due_at, attempts, run_id) "
                + "VALUES (?, 'INVOICE', ?, 'e1', 'MANUAL', 'PENDING', 1, ?, ?, ?, 0, ?)", tenant, record,
                ts(now), ts(now), ts(now), run);
    }

    private long log(String tenant, String record, Instant at) throws Exception {
        exec("INSERT INTO qbo_sync_log (tenant_id, record_type, host_record_id, outcome, occurred_at) "
                + "VALUES (?, 'CUSTOMER', ?, 'SKIPPED', ?)", tenant, record, ts(at));
        return Long.parseLong(ids("SELECT MAX(id) FROM qbo_sync_log").get(0));
    }

    private void conflict(String id, Instant resolvedAt, Instant detected) throws Exception {
        exec("INSERT INTO qbo_conflict (conflict_id, tenant_id, record_type, host_record_id, open_record, qbo_id, "
                + "host_values, remote_values, remote_snapshot, detected_at, updated_at, resolution, resolved_by, "
                + "resolved_at) VALUES (?, 't1', 'CUSTOMER', ?, ?, '1', '{}', '{}', '{}', ?, ?, ?, ?, ?)", id, id,
                resolvedAt == null ? id : null, ts(detected), ts(detected), resolvedAt == null ? null : "KEEP_HOST",
                resolvedAt == null ? null : "admin", ts(resolvedAt));
    }

    private final AtomicInteger qboIds = new AtomicInteger();

    private long inbox(String state, Instant received, Instant doneAt) throws Exception {
        exec("INSERT INTO qbo_inbox (tenant_id, qbo_realm_id, entity_name, qbo_id, operation, last_updated, source, "
                + "state, attempts, due_at, received_at, done_at) VALUES ('t1', 'r1', 'Customer', ?, 'Update', ?, "
                + "'WEBHOOK', ?, 0, ?, ?, ?)", String.valueOf(qboIds.incrementAndGet()), received.toString(), state, ts(received),
                ts(received), ts(doneAt));
        return Long.parseLong(ids("SELECT MAX(id) FROM qbo_inbox").get(0));
    }

    private void importRun(String id, String tenant, String state, Instant started, Instant ended) throws Exception {
        exec("INSERT INTO qbo_import (import_id, tenant_id, import_contacts, import_invoices, dry_run, state, "
                + "started_at, ended_at, cursor_kind, cursor_position, failed_attempts, next_attempt_at) "
                + "VALUES (?, ?, TRUE, FALSE, FALSE, ?, ?, ?, 'CUSTOMER', 1, 0, ?)", id, tenant, state, ts(started),
                ts(ended), ts(started));
    }

    private void importDetails(String id, String resolvedHost) throws Exception {
        exec("INSERT INTO qbo_import_progress (import_id, kind, total_count, done_count, linked_count, "
                + "created_count, ambiguous_count, failed_count) VALUES (?, 'CUSTOMER', 3, 3, 1, 1, 1, 0)", id);
        exec("INSERT INTO qbo_import_error (import_id, message, occurred_at) VALUES (?, 'bad', ?)", id, ts(now));
        exec("INSERT INTO qbo_import_ambiguous (import_id, qbo_id, match_rule, host_candidate_ids, resolved_host_id) "
                + "VALUES (?, '7', 'NAME', 'h1,h2', ?)", id, resolvedHost);
    }

    private void exec(String sql, Object... args) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private List<String> ids(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
