package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncError;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Ends a tenant's runs whose records are all done, and sends each finished run's failures to the notification
 * recipients as one digest (one mail per run, never one per record, and never twice across nodes). Event-driven
 * pushes share one run per company per window ({@link SyncRuns#start}), which ends only once its window has passed:
 * so a company gets at most one digest per window, however many edits failed in it.
 */
public final class RunFinisher {
    /** Failed records a digest lists at most; the count says how many there are. */
    static final int DIGEST_LIMIT = 200;

    private final SyncRuns runs;
    private final OutboxQueue queue;
    private final RecordNames names;
    private final HostNotifier notifier;
    private final java.util.function.Consumer<TenantId> windowEnded;
    private final Clock clock;

    /**
     * @param runs the sync history
     * @param queue the outbox, workers' side
     * @param names the records' names as the host shows them
     * @param notifier the host's mail channel
     * @param windowEnded told of each company whose auto-sync window ended (a scheduled run finished): the
     *     books-match report is asked for then, so no poll visits every company to find out
     * @param clock the clock
     */
    public RunFinisher(SyncRuns runs, OutboxQueue queue, RecordNames names, HostNotifier notifier,
            java.util.function.Consumer<TenantId> windowEnded, Clock clock) {
        this.runs = runs;
        this.windowEnded = windowEnded;
        this.queue = queue;
        this.names = names;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @param settings its settings (the recipients)
     */
    public void finishDone(TenantId tenant, ConnectorSettings settings) {
        for (String runId : runs.runningEnqueued(tenant, clock.instant())) {
            if (queue.pendingOfRun(tenant, runId) == 0 && runs.finish(runId, SyncRunState.FINISHED, clock.instant())) {
                runs.find(tenant, runId).ifPresent(run -> {
                    ended(tenant, run);
                    digest(tenant, settings, run);
                });
            }
        }
    }

    /**
     * Ends a run that had nothing to push (a sweep that found no change) as soon as it started.
     *
     * @param tenant the tenant
     * @param runId the run
     */
    public void finishEmpty(TenantId tenant, String runId) {
        if (runs.finish(runId, SyncRunState.FINISHED, clock.instant())) {
            runs.find(tenant, runId).ifPresent(run -> ended(tenant, run));
        }
    }

    private void ended(TenantId tenant, SyncRun run) {
        if (run.trigger() == io.ledgerbridge.api.sync.SyncTrigger.SCHEDULE) {
            windowEnded.accept(tenant);
        }
    }

    /**
     * Ends the event runs whose window has passed with no push since (workers end the others as they go): called
     * periodically, on any node.
     *
     * @param settings a tenant's settings
     */
    public void finishPassedWindows(Function<TenantId, ConnectorSettings> settings) {
        for (TenantId tenant : runs.withPassedEventWindows(clock.instant())) {
            finishDone(tenant, settings.apply(tenant));
        }
    }

    private void digest(TenantId tenant, ConnectorSettings settings, SyncRun run) {
        if (run.failed() == 0 || settings.notificationRecipients().isEmpty()) {
            return;
        }
        // One line per record, its latest error: a record failing twice in a window is one failure. A record is
        // "failed" when it is still stopped now; waits, conflicts and records since pushed are told apart.
        Set<RecordRef> stopped = new HashSet<>(queue.failed(tenant, 10_000));
        Map<RecordRef, SyncError> failed = new LinkedHashMap<>();
        Map<RecordRef, SyncError> other = new LinkedHashMap<>();
        List<SyncError> general = new ArrayList<>();
        for (SyncError e : run.errors()) { // newest first
            if (e.record() == null) {
                general.add(e);
            } else if (stopped.contains(e.record())) {
                failed.putIfAbsent(e.record(), e);
            } else if (!failed.containsKey(e.record())) {
                other.putIfAbsent(e.record(), e);
            }
        }
        if (failed.isEmpty() || !runs.claimNotification(run.runId())) {
            return; // every failure was fixed before the run ended: nothing to tell
        }
        StringBuilder body = new StringBuilder("The QuickBooks sync (" + run.trigger().name().toLowerCase()
                .replace('_', ' ') + ", started " + run.startedAt() + ") ended with " + failed.size()
                + " failed record(s); " + run.created() + " created, " + run.updated() + " updated, " + run.skipped()
                + " skipped.\n\nFailed:\n");
        failed.values().stream().limit(DIGEST_LIMIT).forEach(e -> line(body, tenant, e));
        if (failed.size() > DIGEST_LIMIT) {
            body.append("- and ").append(failed.size() - DIGEST_LIMIT).append(" more: see Settings → Integrations → "
                    + "QuickBooks → Accounting sync\n");
        }
        if (!other.isEmpty()) {
            body.append("\nAlso not pushed yet (not counted as failed):\n");
            other.values().stream().limit(DIGEST_LIMIT).forEach(e -> line(body, tenant, e));
        }
        general.forEach(e -> line(body, tenant, e));
        try {
            notifier.send(tenant, new Notification(settings.notificationRecipients(),
                    "QuickBooks sync: " + failed.size() + " record(s) failed", body.toString()));
        } catch (RuntimeException e) {
            // The host's mail channel failed: keep it visible in the run rather than only in a log.
            runs.addError(run.runId(), tenant, null, "Could not send the failure e-mail: " + e.getMessage(),
                    "check the host's mail settings", clock.instant());
        }
    }

    private void line(StringBuilder body, TenantId tenant, SyncError e) {
        body.append("- ").append(e.record() == null ? "The run" : names.name(tenant, e.record())).append(": ")
                .append(e.message());
        if (e.remedy() != null) {
            body.append("\n  What to do: ").append(e.remedy());
        }
        body.append('\n');
    }
}
