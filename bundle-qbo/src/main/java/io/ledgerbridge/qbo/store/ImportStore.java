package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.AmbiguousMatch;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportProgress;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncError;
import io.ledgerbridge.api.sync.SyncRunState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Imports and their saved cursors: one row per import (what was asked, its state, the kind being paged and the next
 * position), per-kind progress, ambiguous matches and errors. The cursor and the page's counts are saved in one
 * transaction, so a crash re-does at most the page it was in, and at most one import runs per tenant.
 */
public final class ImportStore {
    private static final int MAX_LISTED = 200;
    private static final String RUN_COLUMNS = "import_id, tenant_id, import_contacts, import_invoices, invoices_from, "
            + "dry_run, state, started_by, started_at, ended_at, cursor_kind, cursor_position, failed_attempts";

    private final DataSource dataSource;
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public ImportStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new SqlRunner(dataSource, "use the import history");
    }

    /**
     * Where a running import is.
     *
     * @param importId the import
     * @param tenant its tenant
     * @param request what was asked
     * @param kind the kind being paged
     * @param position the next STARTPOSITION
     * @param failedAttempts page attempts failed in a row
     */
    public record Cursor(String importId, TenantId tenant, ImportRequest request, ImportKind kind, int position,
            int failedAttempts) {
    }

    /**
     * What one page changed in a kind's counts.
     *
     * @param done handled
     * @param linked linked to an existing host record
     * @param created created in the host
     * @param ambiguous left for an administrator
     * @param failed failed
     */
    public record Counts(int done, int linked, int created, int ambiguous, int failed) {
        /** @return all zero */
        public static Counts zero() {
            return new Counts(0, 0, 0, 0, 0);
        }

        /** @return these plus one outcome */
        public Counts plus(int linkedOne, int createdOne, int ambiguousOne, int failedOne) {
            return new Counts(done + 1, linked + linkedOne, created + createdOne, ambiguous + ambiguousOne,
                    failed + failedOne);
        }
    }

    /**
     * Starts an import unless one is running for the tenant.
     *
     * @return the new import's id, or the running one's (then nothing was created)
     */
    public String startOrRunning(String importId, TenantId tenant, ImportRequest request, String by, Instant at,
            ImportKind first) {
        if (!sql.insertIfAbsent("INSERT INTO qbo_import_active (tenant_id, import_id) VALUES (?, ?)", tenant.value(),
                importId)) {
            return sql.query("SELECT import_id FROM qbo_import_active WHERE tenant_id = ?", rs -> rs.getString(1),
                    tenant.value()).stream().findFirst().orElseThrow(() -> new LedgerBridgeException(
                            "An import just ended while another was started", "start the import again"));
        }
        sql.update("INSERT INTO qbo_import (" + RUN_COLUMNS + ", next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)", importId, tenant.value(), request.contacts(), request.invoices(),
                request.invoicesFrom() == null ? null : java.sql.Date.valueOf(request.invoicesFrom()),
                request.dryRun(), SyncRunState.RUNNING.name(), by, at, null, first.name(), 1, 0, at);
        for (ImportKind kind : ImportKind.values()) {
            sql.update("INSERT INTO qbo_import_progress (import_id, kind, total_count, done_count, linked_count, "
                    + "created_count, ambiguous_count, failed_count) VALUES (?, ?, -1, 0, 0, 0, 0, 0)", importId,
                    kind.name());
        }
        return importId;
    }

    /** @return running imports due for work (their next attempt time has come) */
    public List<Cursor> due(Instant now) {
        return sql.query("SELECT " + RUN_COLUMNS + " FROM qbo_import WHERE state = ? AND next_attempt_at <= ? "
                + "ORDER BY started_at", rs -> new Cursor(rs.getString(1), TenantId.of(rs.getString(2)),
                        request(rs), ImportKind.valueOf(rs.getString(11)), rs.getInt(12), rs.getInt(13)),
                SyncRunState.RUNNING.name(), now);
    }

    /** Sets how many records of a kind the remote ledger holds. */
    public void total(String importId, ImportKind kind, int total) {
        sql.update("UPDATE qbo_import_progress SET total_count = ? WHERE import_id = ? AND kind = ?", total, importId,
                kind.name());
    }

    /**
     * Saves a page: its counts and the cursor after it, in one transaction.
     *
     * @param importId the import
     * @param kind the kind of the page
     * @param counts what the page did
     * @param nextKind the kind to page next
     * @param nextPosition the next STARTPOSITION
     */
    public void savePage(String importId, ImportKind kind, Counts counts, ImportKind nextKind, int nextPosition) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("UPDATE qbo_import_progress SET done_count = done_count + ?, "
                    + "linked_count = linked_count + ?, created_count = created_count + ?, ambiguous_count = "
                    + "ambiguous_count + ?, failed_count = failed_count + ? WHERE import_id = ? AND kind = ?");
                    PreparedStatement r = c.prepareStatement("UPDATE qbo_import SET cursor_kind = ?, "
                            + "cursor_position = ?, failed_attempts = 0 WHERE import_id = ?")) {
                int i = 1;
                for (Object v : List.of(counts.done(), counts.linked(), counts.created(), counts.ambiguous(),
                        counts.failed(), importId, kind.name())) {
                    p.setObject(i++, v);
                }
                p.executeUpdate();
                r.setString(1, nextKind.name());
                r.setInt(2, nextPosition);
                r.setString(3, importId);
                r.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LedgerBridgeException("Could not save the import's progress: " + e.getMessage(),
                    "check the LedgerBridge database; the import resumes from its last saved page", e);
        }
    }

    /** Keeps the import running and tries its page again at {@code at}. */
    public void retryLater(String importId, int failedAttempts, Instant at) {
        sql.update("UPDATE qbo_import SET failed_attempts = ?, next_attempt_at = ? WHERE import_id = ?",
                failedAttempts, at, importId);
    }

    /** Ends an import (finished, or interrupted for good) and lets the tenant start another. */
    public void finish(String importId, TenantId tenant, SyncRunState state, Instant at) {
        sql.update("UPDATE qbo_import SET state = ?, ended_at = ? WHERE import_id = ?", state.name(), at, importId);
        sql.update("DELETE FROM qbo_import_active WHERE tenant_id = ? AND import_id = ?", tenant.value(), importId);
    }

    /** Records a failed record (or page). */
    public void addError(String importId, ImportKind kind, String qboId, String message, String remedy, Instant at) {
        sql.update("INSERT INTO qbo_import_error (import_id, kind, qbo_id, message, remedy, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", importId, kind == null ? null : kind.name(), qboId,
                Jdbc.cut(message), Jdbc.cut(remedy), at);
    }

    /**
     * Records what a dry run would do with one remote record, once.
     *
     * @param importId the dry run
     * @param entry the decision
     */
    public void addPlan(String importId, io.ledgerbridge.api.sync.ImportPlanEntry entry) {
        sql.insertIfAbsent("INSERT INTO qbo_import_plan (import_id, kind, qbo_id, qbo_name, action, host_ids) "
                + "VALUES (?, ?, ?, ?, ?, ?)", importId, entry.kind().name(), entry.remoteId(),
                entry.remoteName() == null || entry.remoteName().length() <= 600 ? entry.remoteName()
                        : entry.remoteName().substring(0, 600), entry.action().name(),
                String.join(",", entry.hostRecords().stream().map(r -> r.type().name() + ":" + r.hostId()).toList()));
    }

    /**
     * @param importId a dry run
     * @param limit at most this many
     * @return its decisions in the order made
     */
    public List<io.ledgerbridge.api.sync.ImportPlanEntry> plan(String importId, int limit) {
        return sql.query("SELECT kind, qbo_id, qbo_name, action, host_ids FROM qbo_import_plan WHERE import_id = ? "
                + "ORDER BY id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                rs -> new io.ledgerbridge.api.sync.ImportPlanEntry(ImportKind.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), io.ledgerbridge.api.sync.ImportPlanEntry.Action.valueOf(
                                rs.getString(4)), refs(rs.getString(5))), importId);
    }

    private static List<RecordRef> refs(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split(",")).map(r -> {
            int colon = r.indexOf(':');
            return RecordRef.of(io.ledgerbridge.api.event.RecordType.valueOf(r.substring(0, colon)),
                    r.substring(colon + 1));
        }).toList();
    }

    /** Records an ambiguous match once (a re-done page does not list it twice). */
    public void addAmbiguous(String importId, AmbiguousMatch match, String qboSyncToken) {
        sql.insertIfAbsent("INSERT INTO qbo_import_ambiguous (import_id, qbo_id, qbo_name, qbo_email, qbo_sync_token, "
                + "match_rule, host_candidate_ids) VALUES (?, ?, ?, ?, ?, ?, ?)", importId, match.remoteId(),
                match.remoteName(), match.remoteEmail(), qboSyncToken, match.rule(), String.join(",",
                        match.candidates().stream().map(r -> r.type().name() + ":" + r.hostId()).toList()));
    }

    /** @return the QuickBooks SyncToken an ambiguous contact had when it was listed */
    public Optional<String> ambiguousSyncToken(String importId, String qboId) {
        return sql.query("SELECT qbo_sync_token FROM qbo_import_ambiguous WHERE import_id = ? AND qbo_id = ?",
                rs -> rs.getString(1), importId, qboId).stream().findFirst();
    }

    /** @return the ambiguous match of a remote contact in an import */
    public Optional<AmbiguousMatch> ambiguous(String importId, String qboId) {
        return sql.query("SELECT qbo_id, qbo_name, qbo_email, match_rule, host_candidate_ids, resolved_host_id "
                + "FROM qbo_import_ambiguous WHERE import_id = ? AND qbo_id = ?", ImportStore::ambiguous, importId,
                qboId).stream().findFirst();
    }

    /** Marks an ambiguous match settled. */
    public void resolve(String importId, String qboId, String hostId) {
        sql.update("UPDATE qbo_import_ambiguous SET resolved_host_id = ? WHERE import_id = ? AND qbo_id = ?", hostId,
                importId, qboId);
    }

    /** @return the import with its progress, ambiguous matches and errors */
    public Optional<ImportRun> run(TenantId tenant, String importId) {
        return sql.query("SELECT " + RUN_COLUMNS + " FROM qbo_import WHERE tenant_id = ? AND import_id = ?",
                rs -> rs.getString(1), tenant.value(), importId).stream().findFirst().map(id -> load(tenant, id));
    }

    /** @return the most recent imports, newest first */
    public List<ImportRun> recent(TenantId tenant, int limit) {
        return sql.query("SELECT import_id FROM qbo_import WHERE tenant_id = ? ORDER BY started_at DESC",
                rs -> rs.getString(1), tenant.value()).stream().limit(Math.max(0, limit))
                .map(id -> load(tenant, id)).toList();
    }

    private ImportRun load(TenantId tenant, String importId) {
        List<ImportProgress> progress = sql.query("SELECT kind, total_count, done_count, linked_count, created_count, "
                + "ambiguous_count, failed_count FROM qbo_import_progress WHERE import_id = ?",
                rs -> new ImportProgress(ImportKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)), importId).stream()
                .sorted(java.util.Comparator.comparing(ImportProgress::kind)).toList();
        List<AmbiguousMatch> ambiguous = sql.query("SELECT qbo_id, qbo_name, qbo_email, match_rule, "
                + "host_candidate_ids, resolved_host_id FROM qbo_import_ambiguous WHERE import_id = ? ORDER BY qbo_id",
                ImportStore::ambiguous, importId).stream().limit(MAX_LISTED).toList();
        List<SyncError> errors = sql.query("SELECT kind, qbo_id, message, remedy, occurred_at FROM qbo_import_error "
                + "WHERE import_id = ? ORDER BY id DESC", rs -> new SyncError(null, rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), importId).stream().limit(MAX_LISTED).toList();
        return sql.query("SELECT " + RUN_COLUMNS + " FROM qbo_import WHERE import_id = ?", rs -> {
            Timestamp ended = rs.getTimestamp(10);
            return new ImportRun(importId, tenant, request(rs), SyncRunState.valueOf(rs.getString(7)),
                    rs.getString(8), rs.getTimestamp(9).toInstant(), ended == null ? null : ended.toInstant(),
                    progress, ambiguous, errors);
        }, importId).get(0);
    }

    private static ImportRequest request(java.sql.ResultSet rs) throws SQLException {
        java.sql.Date from = rs.getDate(5);
        LocalDate invoicesFrom = from == null ? null : from.toLocalDate();
        return new ImportRequest(rs.getBoolean(3), rs.getBoolean(4), invoicesFrom, rs.getBoolean(6));
    }

    private static AmbiguousMatch ambiguous(java.sql.ResultSet rs) throws SQLException {
        List<RecordRef> candidates = Arrays.stream(rs.getString(5).split(",")).map(c -> c.split(":", 2))
                .map(c -> RecordRef.of(RecordType.valueOf(c[0]), c[1])).toList();
        return new AmbiguousMatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), candidates,
                rs.getString(6));
    }

}
