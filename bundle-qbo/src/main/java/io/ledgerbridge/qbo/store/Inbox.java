package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The durable inbox of QuickBooks changes. The webhook endpoint and the change-data-capture catch-up store entries in
 * one short transaction each (a change already stored is skipped, so Intuit's retries and overlapping CDC windows are
 * processed once); the node holding a company's lease claims due entries, hands them to the change handler and marks
 * them done or due again later. Claims expire, so a node that dies mid-way loses nothing: its entries are claimed
 * again. Done entries stay (without their payload) until they are older than any retry, to recognise late repeats.
 */
public final class Inbox {
    private static final String INSERT = "INSERT INTO qbo_inbox (tenant_id, qbo_realm_id, entity_name, qbo_id, "
            + "operation, last_updated, merged_into_id, source, entity_json, state, attempts, due_at, received_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";
    private static final String CLAIMABLE = "(claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?)";

    private final DataSource dataSource;
    private final SqlRunner sql;
    private final Clock clock;

    /**
     * @param dataSource the connector's database
     * @param clock the clock that stamps entries
     */
    public Inbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.sql = new SqlRunner(dataSource, "use the QuickBooks change inbox");
        this.clock = clock;
    }

    /**
     * Stores the entries that are not stored yet, all in one transaction (committed when this returns).
     *
     * @param entries the changes
     * @return how many were new
     * @throws LedgerBridgeException when the database refuses them (nothing is stored)
     */
    public int record(List<InboxEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                int added = 0;
                for (InboxEntry e : entries) {
                    added += insert(c, s, e, now);
                }
                c.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerBridgeException("Could not store QuickBooks changes: " + e.getMessage(),
                    "check the LedgerBridge database; QuickBooks sends the notification again", e);
        }
    }

    /** A savepoint per entry: a duplicate (a unique key taken) skips that entry without aborting the rest. */
    private static int insert(Connection c, PreparedStatement s, InboxEntry e, Instant now) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            s.setString(1, e.tenant().value());
            s.setString(2, e.realmId());
            s.setString(3, e.entityName());
            s.setString(4, e.qboId());
            s.setString(5, e.operation());
            s.setString(6, e.lastUpdated().toString());
            s.setString(7, e.mergedIntoId());
            s.setString(8, e.source().name());
            s.setString(9, e.entityJson());
            s.setTimestamp(10, Jdbc.ts(now));
            s.setTimestamp(11, Jdbc.ts(now));
            s.executeUpdate();
            c.releaseSavepoint(before);
            return 1;
        } catch (SQLException x) {
            if (!Jdbc.isConstraintViolation(x)) {
                throw x;
            }
            c.rollback(before);
            return 0;
        }
    }

    /**
     * @param now the time
     * @return the tenants with an entry due
     */
    public List<TenantId> tenantsWithDueWork(Instant now) {
        return sql.query("SELECT DISTINCT tenant_id FROM qbo_inbox WHERE state = 'PENDING' AND due_at <= ?",
                rs -> TenantId.of(rs.getString(1)), now);
    }

    /**
     * Claims up to {@code limit} due entries of one company, oldest first. The caller holds the company's lease.
     *
     * @param tenant the company's tenant
     * @param node this node
     * @param now the time
     * @param claimUntil when an unfinished claim lapses (a crashed node)
     * @param limit at most this many
     * @return the claimed entries
     */
    public List<Claimed> claimDue(TenantId tenant, String node, Instant now, Instant claimUntil, int limit) {
        List<Claimed> due = sql.query("SELECT id, qbo_realm_id, entity_name, qbo_id, operation, last_updated, "
                + "merged_into_id, source, entity_json, attempts FROM qbo_inbox WHERE tenant_id = ? "
                + "AND state = 'PENDING' AND due_at <= ? AND " + CLAIMABLE + " ORDER BY id FETCH FIRST " + limit
                + " ROWS ONLY",
                rs -> new Claimed(rs.getLong(1), new InboxEntry(tenant, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)), rs.getString(7),
                        SyncTrigger.valueOf(rs.getString(8)), rs.getString(9)), rs.getInt(10)),
                tenant.value(), now, now, node);
        // Compare-and-set: of two nodes that read the same entry, only one claims it.
        return due.stream().filter(c -> sql.update("UPDATE qbo_inbox SET claimed_by = ?, claimed_until = ? "
                + "WHERE id = ? AND state = 'PENDING' AND " + CLAIMABLE, node, claimUntil, c.id, now, node) > 0)
                .toList();
    }

    /**
     * The handler applied the change: the entry is done and never handed out again.
     *
     * @param entry the claimed entry
     */
    public void complete(Claimed entry) {
        sql.update("UPDATE qbo_inbox SET state = 'DONE', done_at = ?, entity_json = NULL, last_error = NULL, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ?", clock.instant(), entry.id);
    }

    /**
     * The handler failed: the entry is tried again at {@code dueAt}.
     *
     * @param entry the claimed entry
     * @param dueAt when to try again
     * @param error why, or {@code null}
     * @param countAttempt whether this counts as an attempt (a paused company does not)
     */
    public void retryLater(Claimed entry, Instant dueAt, String error, boolean countAttempt) {
        sql.update("UPDATE qbo_inbox SET attempts = attempts + ?, due_at = ?, last_error = ?, claimed_by = NULL, "
                + "claimed_until = NULL WHERE id = ?", countAttempt ? 1 : 0, dueAt, Jdbc.cut(error), entry.id);
    }

    /**
     * The handler failed too often: the entry stops (kept with its error for the administrator).
     *
     * @param entry the claimed entry
     * @param error why
     */
    public void fail(Claimed entry, String error) {
        sql.update("UPDATE qbo_inbox SET state = 'FAILED', attempts = attempts + 1, last_error = ?, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ?", Jdbc.cut(error), entry.id);
    }

    /**
     * Forgets done entries older than {@code before} (older than any retry a sender still makes).
     *
     * @param before the cut-off
     * @return how many were removed
     */
    public int forgetDoneBefore(Instant before) {
        return sql.update("DELETE FROM qbo_inbox WHERE state = 'DONE' AND done_at < ?", before);
    }

    /**
     * @param tenant the tenant
     * @param state {@code PENDING}, {@code DONE} or {@code FAILED}
     * @return how many of the tenant's entries are in that state
     */
    public int count(TenantId tenant, String state) {
        return sql.query("SELECT COUNT(*) FROM qbo_inbox WHERE tenant_id = ? AND state = ?", rs -> rs.getInt(1),
                tenant.value(), state).get(0);
    }


    /**
     * A claimed entry.
     *
     * @param id the row
     * @param entry the change
     * @param attempts failed attempts so far
     */
    public record Claimed(long id, InboxEntry entry, int attempts) {
    }
}
