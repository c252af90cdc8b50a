package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.Notification;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.SyncError;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;

/**
 * Ends a tenant's runs whose records are all done, and sends each finished run's failures to the notification
 * recipients as one digest (one mail per run, never one per record, and never twice across nodes).
 */
public final class RunFinisher {
    private final SyncRuns runs;
    private final OutboxQueue queue;
    private final HostNotifier notifier;
    private final Clock clock;

    /**
     * @param runs the sync history
     * @param queue the outbox, workers' side
     * @param notifier the host's mail channel
     * @param clock the clock
     */
    public RunFinisher(SyncRuns runs, OutboxQueue queue, HostNotifier notifier, Clock clock) {
        this.runs = runs;
        this.queue = queue;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @param settings its settings (the recipients)
     */
    public void finishDone(TenantId tenant, ConnectorSettings settings) {
        for (String runId : runs.runningEnqueued(tenant)) {
            if (queue.pendingOfRun(tenant, runId) == 0 && runs.finish(runId, SyncRunState.FINISHED, clock.instant())) {
                runs.find(tenant, runId).ifPresent(run -> digest(tenant, settings, run));
            }
        }
    }

    private void digest(TenantId tenant, ConnectorSettings settings, SyncRun run) {
        if (run.failed() == 0 || settings.notificationRecipients().isEmpty() || !runs.claimNotification(run.runId())) {
            return;
        }
        StringBuilder body = new StringBuilder("The QuickBooks sync (" + run.trigger().name().toLowerCase()
                .replace('_', ' ') + ", started " + run.startedAt() + ") ended with " + run.failed()
                + " failed record(s); " + run.created() + " created, " + run.updated() + " updated, " + run.skipped()
                + " skipped.\n\n");
        for (SyncError e : run.errors()) {
            body.append("- ").append(e.record() == null ? "the run" : e.record().toString()).append(": ")
                    .append(e.message());
            if (e.remedy() != null) {
                body.append("\n  What to do: ").append(e.remedy());
            }
            body.append('\n');
        }
        try {
            notifier.send(tenant, new Notification(settings.notificationRecipients(),
                    "QuickBooks sync: " + run.failed() + " record(s) failed", body.toString()));
        } catch (RuntimeException e) {
            // The host's mail channel failed: keep it visible in the run rather than only in a log.
            runs.addError(run.runId(), tenant, null, "Could not send the failure e-mail: " + e.getMessage(),
                    "check the host's mail settings", clock.instant());
        }
    }
}
