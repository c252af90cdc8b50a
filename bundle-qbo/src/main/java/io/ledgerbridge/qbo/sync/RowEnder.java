package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.mapping.MappingException;
import io.ledgerbridge.qbo.store.OutboxEndings;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a claimed row one of three ways, once: completed after its write (the link is already stored), retried later
 * (back-off, or a wait for a dependency), or stopped with its message and remedy; each counted in its run and
 * written to the sync log. A failure that stops the whole company (its connection) ends the row and then throws
 * {@link CompanyMustWait}, so the turn ends and the company comes back when it may go on. A company that must wait
 * for its throttle leaves the row as it was: it was never sent, and it is let go with the turn's other rows.
 */
final class RowEnder {
    private static final Duration DEPENDENCY_WAIT = Duration.ofMinutes(1);

    private final OutboxEndings endings;
    private final SyncRuns runs;
    private final SyncLog log;
    private final Backoff backoff;
    private final Clock clock;

    RowEnder(OutboxEndings endings, SyncRuns runs, SyncLog log, Backoff backoff, Clock clock) {
        this.endings = endings;
        this.runs = runs;
        this.log = log;
        this.backoff = backoff;
        this.clock = clock;
    }

    /**
     * Ends a row after its last write.
     *
     * @throws CompanyMustWait when the company must stop (its connection failed) or wait (its throttle)
     */
    void finish(Pass pass, OutboxQueue.Claimed row, String runId, java.util.function.Supplier<Written> w) {
        try {
            Written written = w.get();
            // The link is stored (inside the write); only now may the row leave.
            endings.complete(row);
            runs.count(runId, written.outcome());
            log.write(pass.tenant, runId, row.record(), written.outcome().name(), written.qboId(), written.message(),
                    null, null, written.originals(), null, clock.instant());
        } catch (CompanyMustWait wait) {
            throw wait;
        } catch (MappingException | InvalidInputException e) {
            stopRecord(pass, row, runId, PushFailure.stop(e.getMessage(), e.remedy()), false);
        } catch (QboFault f) {
            decide(pass, row, runId, FaultTranslator.translate(row.record(), f));
        } catch (PushFailure f) {
            decide(pass, row, runId, f);
        } catch (RuntimeException e) {
            // Last: failures outside QuickBooks (host or database) become visible, retried record failures.
            decide(pass, row, runId, PushFailure.unexpected(e));
        }
    }

    /**
     * Ends a row by a failure's decision.
     *
     * @throws CompanyMustWait after ending the row, when the failure stops the whole company
     */
    void decide(Pass pass, OutboxQueue.Claimed row, String runId, PushFailure f) {
        Instant now = clock.instant();
        switch (f.action()) {
            case RETRY -> {
                int attempts = row.attempts() + 1;
                if (attempts >= pass.settings.maxAttempts()) {
                    stopRecord(pass, row, runId, new PushFailure(PushFailure.Action.STOP_RECORD,
                            f.getMessage() + " (gave up after " + attempts + " attempts)", f.remedy(),
                            f.faultCode(), f.intuitTid(), null, f), false); // it may have been applied: replay, never twice
                    return;
                }
                endings.retryLater(row, now.plus(backoff.next(attempts, f.retryAfter())), f.getMessage(), f.remedy(),
                        true);
                log.write(pass.tenant, runId, row.record(), "RETRY", null, f.getMessage(), f.faultCode(),
                        f.intuitTid(), null, null, now);
            }
            case WAIT -> {
                endings.waitForDependency(row, now.plus(DEPENDENCY_WAIT), f.getMessage(), f.remedy());
                if (row.runId() != null) {
                    // Once, in the run that met it: the digest then says why the record did not go.
                    runs.addError(runId, pass.tenant, row.record(), f.getMessage(), f.remedy(), now);
                }
                log.write(pass.tenant, runId, row.record(), "WAITING", null, f.getMessage(), null, null, null, null,
                        now);
            }
            case CONFLICT -> {
                endings.park(row, f.getMessage(), f.remedy());
                runs.count(runId, SyncRuns.Outcome.SKIPPED);
                runs.addError(runId, pass.tenant, row.record(), f.getMessage(), f.remedy(), now);
                log.write(pass.tenant, runId, row.record(), "CONFLICT", null, f.getMessage(), null, null, null, null,
                        now);
            }
            case STOP_COMPANY -> {
                endings.retryLater(row, now.plus(DEPENDENCY_WAIT), f.getMessage(), f.remedy(), false);
                throw new CompanyMustWait(now.plus(DEPENDENCY_WAIT), f.getMessage(), false);
            }
            default -> stopRecord(pass, row, runId, f, f.faultCode() != null); // refused by QuickBooks, or not sent
        }
    }

    /**
     * Stops the record.
     *
     * @param refused whether QuickBooks refused the write outright (the record's next create is a new request)
     */
    void stopRecord(Pass pass, OutboxQueue.Claimed row, String runId, PushFailure f, boolean refused) {
        Instant now = clock.instant();
        endings.fail(row, f.getMessage(), f.remedy(), refused);
        runs.count(runId, SyncRuns.Outcome.FAILED);
        runs.addError(runId, pass.tenant, row.record(), f.getMessage(), f.remedy(), now);
        log.write(pass.tenant, runId, row.record(), "FAILED", null, f.getMessage(), f.faultCode(), f.intuitTid(),
                null, null, now);
    }
}
