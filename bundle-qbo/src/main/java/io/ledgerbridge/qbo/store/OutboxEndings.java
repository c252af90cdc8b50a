package io.ledgerbridge.qbo.store;

import java.time.Instant;
import javax.sql.DataSource;

/**
 * The ways a claimed outbox row ends, each one compare-and-set on the change count it was claimed with: completed
 * (deleted, only if no change arrived meanwhile), retried later, waiting for a dependency, stopped after a failure, or
 * parked behind an open conflict. A row that changed while it was pushed is only let go, so the newer change is
 * pushed on a later turn. Reached through {@link OutboxQueue#endings()}.
 */
public final class OutboxEndings {
    private final SqlRunner sql;

    OutboxEndings(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "use the sync queue");
    }

    /**
     * The push was accepted and the link stored: the row leaves, unless a change arrived meanwhile.
     *
     * @param row the claimed row
     * @return whether the row left (false: it stays to push the newer change)
     */
    public boolean complete(OutboxQueue.Claimed row) {
        if (sql.update("DELETE FROM qbo_outbox WHERE id = ? AND change_count = ?", row.id(), row.changeCount()) > 0) {
            return true;
        }
        release(row);
        return false;
    }

    /**
     * A retryable failure, or a wait for a dependency: the row is tried again at {@code dueAt}.
     *
     * @param row the claimed row
     * @param dueAt when to try again
     * @param message why, in plain words
     * @param remedy what to do, or {@code null}
     * @param countAttempt whether this counts as an attempt (a wait for a dependency does not)
     */
    public void retryLater(OutboxQueue.Claimed row, Instant dueAt, String message, String remedy, boolean countAttempt) {
        // The batch id stays: a batch that failed as a whole may still have been applied, and is sent again as it was.
        if (sql.update("UPDATE qbo_outbox SET attempts = attempts + ?, due_at = ?, last_error = ?, last_remedy = ?, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND change_count = ?",
                countAttempt ? 1 : 0,
                dueAt, Jdbc.cut(message), Jdbc.cut(remedy), row.id(), row.changeCount()) == 0) {
            release(row);
        }
    }

    /**
     * The record waits for a record it depends on (an invoice for its failed customer). It leaves its run, so the run
     * can end and send its digest (which names the wait); the row is looked at again after {@code dueAt}, counted in
     * whatever pass pushes it then.
     *
     * @param row the claimed row
     * @param dueAt when to look again
     * @param message what it waits for
     * @param remedy what to do
     */
    public void waitForDependency(OutboxQueue.Claimed row, Instant dueAt, String message, String remedy) {
        if (sql.update("UPDATE qbo_outbox SET due_at = ?, last_error = ?, last_remedy = ?, run_id = NULL, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND change_count = ?",
                dueAt, Jdbc.cut(message), Jdbc.cut(remedy), row.id(), row.changeCount()) == 0) {
            release(row);
        }
    }

    /**
     * A permanent failure, or the last attempt: the row stops (retriable by a new change or a re-sync).
     *
     * @param row the claimed row
     * @param message what happened
     * @param remedy what to do
     * @param refused whether QuickBooks refused the write outright (its next create is a new request, never a replay
     *        of the refusal); false for a failure that may have been applied (the last of several timeouts)
     */
    public void fail(OutboxQueue.Claimed row, String message, String remedy, boolean refused) {
        if (sql.update("UPDATE qbo_outbox SET state = 'FAILED', attempts = attempts + 1, last_error = ?, "
                + "last_remedy = ?, claimed_by = NULL, claimed_until = NULL, batch_id = NULL, "
                + "create_refusals = create_refusals + ? WHERE id = ? AND change_count = ?",
                Jdbc.cut(message), Jdbc.cut(remedy), refused ? 1 : 0, row.id(), row.changeCount()) == 0) {
            release(row);
        }
    }

    /**
     * The record has an open conflict: the row waits, not due, until the conflict is resolved (a new change makes it
     * due again, and it waits again while the conflict is open).
     *
     * @param row the claimed row
     * @param message the conflict's summary
     * @param remedy where to resolve it
     */
    public void park(OutboxQueue.Claimed row, String message, String remedy) {
        if (sql.update("UPDATE qbo_outbox SET state = '" + Outbox.CONFLICT + "', last_error = ?, last_remedy = ?, "
                + "run_id = NULL, claimed_by = NULL, claimed_until = NULL, batch_id = NULL "
                + "WHERE id = ? AND change_count = ?", Jdbc.cut(message), Jdbc.cut(remedy), row.id(),
                row.changeCount()) == 0) {
            release(row);
        }
    }

    private void release(OutboxQueue.Claimed row) {
        sql.update("UPDATE qbo_outbox SET claimed_by = NULL, claimed_until = NULL, batch_id = NULL WHERE id = ?",
                row.id());
    }
}
