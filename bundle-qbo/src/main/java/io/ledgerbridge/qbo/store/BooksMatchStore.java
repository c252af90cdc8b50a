package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.BooksDifference;
import io.ledgerbridge.api.sync.BooksMatchReport;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The books-match reports: per tenant the last finished report with its differences, and the next one asked for
 * (kept until a run finishes it, so a crash or a lost lease only delays it). Also reads the sync links in bulk, the
 * one place a report needs all of a company's links at once.
 */
public final class BooksMatchStore {
    /** Differences kept per report; the count says how many there were in all. */
    public static final int MAX_KEPT = 5000;

    private final DataSource dataSource;
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public BooksMatchStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new SqlRunner(dataSource, "use the books-match reports");
    }

    /**
     * Asks for a report unless one is asked for already.
     *
     * @param tenant the tenant
     * @param trigger {@code SYNC_NOW} from the page, {@code SCHEDULE} after an auto-sync window
     * @param by the administrator, or {@code null}
     * @param at when
     * @return whether this call asked for it (false when one was waiting or running)
     */
    public boolean request(TenantId tenant, SyncTrigger trigger, String by, Instant at) {
        sql.insertIfAbsent("INSERT INTO qbo_books_match (tenant_id, customers_compared, invoices_compared, qbo_calls, "
                + "difference_count, failed_attempts) VALUES (?, 0, 0, 0, 0, 0)", tenant.value());
        return sql.update("UPDATE qbo_books_match SET pending_since = ?, pending_trigger = ?, pending_by = ?, "
                + "failed_attempts = 0, next_attempt_at = ? WHERE tenant_id = ? AND pending_since IS NULL", at,
                trigger.name(), by, at, tenant.value()) == 1;
    }

    /**
     * Asks for the reports of the auto-sync windows that ended after their company's last report started and found
     * no report asked for: a crash between a window's end and its request would otherwise leave the window without
     * its report. One query, run when the connector starts.
     *
     * @param at when
     * @return how many reports this asked for
     */
    public int requestMissedWindows(Instant at) {
        List<TenantId> missed = sql.query("SELECT r.tenant_id FROM qbo_sync_run r LEFT JOIN qbo_books_match b "
                + "ON b.tenant_id = r.tenant_id WHERE r.sync_trigger = ? AND r.state = 'FINISHED' "
                + "AND r.ended_at IS NOT NULL AND (b.tenant_id IS NULL OR (b.pending_since IS NULL "
                + "AND (b.started_at IS NULL OR r.ended_at > b.started_at))) GROUP BY r.tenant_id",
                rs -> TenantId.of(rs.getString(1)), SyncTrigger.SCHEDULE.name());
        int asked = 0;
        for (TenantId tenant : missed) {
            asked += request(tenant, SyncTrigger.SCHEDULE, null, at) ? 1 : 0;
        }
        return asked;
    }

    /**
     * @param now the time
     * @return tenants whose asked-for report is due
     */
    public List<TenantId> due(Instant now) {
        return sql.query("SELECT tenant_id FROM qbo_books_match WHERE next_attempt_at <= ? AND pending_since IS NOT NULL "
                + "ORDER BY next_attempt_at", rs -> TenantId.of(rs.getString(1)), now);
    }

    /** A report asked for and not finished. */
    public record Pending(TenantId tenant, Instant since, SyncTrigger trigger, String by, int failedAttempts) {
    }

    /**
     * @param tenant the tenant
     * @return its asked-for report, if any
     */
    public Optional<Pending> pending(TenantId tenant) {
        return sql.query("SELECT pending_since, pending_trigger, pending_by, failed_attempts FROM qbo_books_match "
                + "WHERE tenant_id = ? AND pending_since IS NOT NULL", rs -> new Pending(tenant,
                        Jdbc.instant(rs.getTimestamp(1)), SyncTrigger.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4)), tenant.value()).stream().findFirst();
    }

    /**
     * @param tenant the tenant
     * @return when its last report finished, if one did
     */
    public Optional<Instant> lastFinished(TenantId tenant) {
        return sql.query("SELECT finished_at FROM qbo_books_match WHERE tenant_id = ? AND finished_at IS NOT NULL",
                rs -> Jdbc.instant(rs.getTimestamp(1)), tenant.value()).stream().findFirst();
    }

    /**
     * @param tenant the tenant
     * @return when the last report started, if one finished
     */
    public Optional<Instant> lastStarted(TenantId tenant) {
        return sql.query("SELECT started_at FROM qbo_books_match WHERE tenant_id = ? AND started_at IS NOT NULL",
                rs -> Jdbc.instant(rs.getTimestamp(1)), tenant.value()).stream().findFirst();
    }

    /**
     * @param tenant the tenant
     * @return when its last auto-sync window ended (the scheduled run finished), if one did
     */
    public Optional<Instant> lastWindowEnd(TenantId tenant) {
        return sql.query("SELECT MAX(ended_at) FROM qbo_sync_run WHERE tenant_id = ? AND sync_trigger = ? AND state = ?",
                rs -> Jdbc.instant(rs.getTimestamp(1)), tenant.value(), SyncTrigger.SCHEDULE.name(), "FINISHED")
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * @param tenant the tenant
     * @param attempts runs failed in a row
     * @param nextAttempt when to try again
     * @param problem why it stopped, in plain words
     * @param remedy what to do
     */
    public void retryLater(TenantId tenant, int attempts, Instant nextAttempt, String problem, String remedy) {
        sql.update("UPDATE qbo_books_match SET failed_attempts = ?, next_attempt_at = ?, problem = ?, remedy = ? "
                + "WHERE tenant_id = ?", attempts, nextAttempt, problem, remedy, tenant.value());
    }

    /**
     * Gives up the asked-for report (it cannot run: not connected, or it failed too often), saying why.
     *
     * @param tenant the tenant
     * @param problem why, in plain words
     * @param remedy what to do
     */
    public void abandon(TenantId tenant, String problem, String remedy) {
        sql.update("UPDATE qbo_books_match SET pending_since = NULL, pending_trigger = NULL, pending_by = NULL, "
                + "next_attempt_at = NULL, problem = ?, remedy = ? WHERE tenant_id = ?", problem, remedy,
                tenant.value());
    }

    /** What a finished run found. */
    public record Finished(Instant startedAt, Instant finishedAt, int customers, int invoices, int calls,
            List<BooksDifference> differences) {
    }

    /**
     * Keeps a finished report in place of the last one, all or nothing, and clears the request it answered.
     *
     * @param tenant the tenant
     * @param answered the request it answered
     * @param report what it found
     */
    public void finish(TenantId tenant, Pending answered, Finished report) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM qbo_books_match_diff WHERE tenant_id = ?")) {
                    d.setString(1, tenant.value());
                    d.executeUpdate();
                }
                insertDifferences(c, tenant, report.differences());
                try (PreparedStatement u = c.prepareStatement("UPDATE qbo_books_match SET report_trigger = ?, "
                        + "requested_by = ?, started_at = ?, finished_at = ?, customers_compared = ?, "
                        + "invoices_compared = ?, qbo_calls = ?, difference_count = ?, problem = NULL, remedy = NULL, "
                        + "pending_since = NULL, pending_trigger = NULL, pending_by = NULL, failed_attempts = 0, "
                        + "next_attempt_at = NULL WHERE tenant_id = ?")) {
                    u.setString(1, answered.trigger().name());
                    u.setString(2, answered.by());
                    u.setTimestamp(3, Jdbc.ts(report.startedAt()));
                    u.setTimestamp(4, Jdbc.ts(report.finishedAt()));
                    u.setInt(5, report.customers());
                    u.setInt(6, report.invoices());
                    u.setInt(7, report.calls());
                    u.setInt(8, report.differences().size());
                    u.setString(9, tenant.value());
                    u.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LedgerBridgeException("Could not keep the books-match report: " + e.getMessage(),
                    "check the LedgerBridge database", e);
        }
    }

    private static void insertDifferences(Connection c, TenantId tenant, List<BooksDifference> differences)
            throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO qbo_books_match_diff (tenant_id, seq, kind, "
                + "record_type, host_record_id, qbo_id, label, host_value, qbo_value, cause, action, explanation, "
                + "remedy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (BooksDifference d : differences.subList(0, Math.min(MAX_KEPT, differences.size()))) {
                i.setString(1, tenant.value());
                i.setInt(2, seq++);
                i.setString(3, d.kind().name());
                i.setString(4, d.record() == null ? null : d.record().type().name());
                i.setString(5, d.record() == null ? null : d.record().hostId());
                i.setString(6, d.remoteId());
                i.setString(7, cut(d.label(), 600));
                i.setString(8, d.hostValue());
                i.setString(9, d.remoteValue());
                i.setString(10, d.cause().name());
                i.setString(11, d.action().name());
                i.setString(12, cut(d.explanation(), 4000));
                i.setString(13, cut(d.remedy(), 4000));
                i.addBatch();
            }
            i.executeBatch();
        }
    }

    /**
     * @param tenant the tenant
     * @param limit at most this many differences
     * @return the last report (empty when none was ever asked for)
     */
    public Optional<BooksMatchReport> latest(TenantId tenant, int limit) {
        List<BooksDifference> differences = sql.query("SELECT kind, record_type, host_record_id, qbo_id, label, "
                + "host_value, qbo_value, cause, action, explanation, remedy FROM qbo_books_match_diff WHERE "
                + "tenant_id = ? AND seq < ? ORDER BY seq", BooksMatchStore::difference, tenant.value(), limit);
        return sql.query("SELECT report_trigger, requested_by, started_at, finished_at, customers_compared, "
                + "invoices_compared, qbo_calls, difference_count, pending_since, problem, remedy FROM "
                + "qbo_books_match WHERE tenant_id = ?", rs -> new BooksMatchReport(tenant,
                        rs.getString(1) == null ? null : SyncTrigger.valueOf(rs.getString(1)), rs.getString(2),
                        Jdbc.instant(rs.getTimestamp(3)), Jdbc.instant(rs.getTimestamp(4)), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), differences, Jdbc.instant(rs.getTimestamp(9)),
                        rs.getString(10), rs.getString(11)), tenant.value()).stream().findFirst();
    }

    private static BooksDifference difference(ResultSet rs) throws SQLException {
        RecordRef record = rs.getString(2) == null ? null
                : RecordRef.of(RecordType.valueOf(rs.getString(2)), rs.getString(3));
        return new BooksDifference(BooksDifference.Kind.valueOf(rs.getString(1)), record, rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), BooksDifference.DriftCause.valueOf(rs.getString(8)),
                BooksDifference.DriftAction.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11));
    }

    /** A sync link as a report reads it. */
    public record LinkRow(String hostId, String qboId, String syncToken, Instant lastSyncedAt, boolean broken,
            String totalDifference, String origin) {
    }

    /**
     * Streams a company's links of one type (without the snapshots), for a report's in-memory index.
     *
     * @param tenant the tenant
     * @param realmId the company the tenant is connected to (links to an earlier company do not count)
     * @param type the record type
     * @param sink receives each link
     */
    public void forEachLink(TenantId tenant, String realmId, RecordType type, Consumer<LinkRow> sink) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT "
                + "host_record_id, qbo_id, qbo_sync_token, last_synced_at, broken, total_difference, origin FROM "
                + "qbo_link WHERE tenant_id = ? AND qbo_realm_id = ? AND record_type = ?")) {
            s.setFetchSize(1000);
            s.setString(1, tenant.value());
            s.setString(2, realmId);
            s.setString(3, type.name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new LinkRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            Jdbc.instant(rs.getTimestamp(4)), rs.getBoolean(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new LedgerBridgeException("Could not read the sync links: " + e.getMessage(),
                    "check the LedgerBridge database", e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
