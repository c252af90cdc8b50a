package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncRun;
import io.ledgerbridge.api.sync.SyncRunState;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.IgnoredRecords;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.store.SyncRuns;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sync now, re-sync, status and history. Sync now only queues (the workers push), so it returns at once; running
 * it twice queues the same records twice, which coalesce into one push each.
 */
public final class SyncService implements SyncOperations {
    // Payments are not listed: they travel with their invoice.
    private static final List<RecordType> SWEPT = List.of(RecordType.CUSTOMER, RecordType.PROJECT, RecordType.INVOICE,
            RecordType.EXPENSE);

    private final HostRecords records;
    private final OutboxQueue queue;
    private final SyncRuns runs;
    private final RunFinisher finisher;
    private final RecordStatusReader statuses;
    private final io.ledgerbridge.qbo.store.SettingsStore settings;
    private final SyncLog log;
    private final CompanyAccess access;
    private final IgnoredRecords ignored;
    private final RecordNames names;
    private final Clock clock;
    private final TenantRecords tenantRecords;

    /**
     * @param records the host's records
     * @param queue the outbox, workers' side
     * @param runs the sync history
     * @param statuses per-record status
     * @param settings tenants' settings (the enable switch)
     * @param log the sync log (where ignored failures are audited)
     * @param access the connection gate (Sync now is refused while the company cannot sync)
     * @param ignored the failures ignored (left alone by sweeps until the record changes)
     * @param finisher ends a run at once when it found nothing to push
     * @param clock the clock
     */
    public SyncService(HostRecords records, OutboxQueue queue, SyncRuns runs, RecordStatusReader statuses,
            io.ledgerbridge.qbo.store.SettingsStore settings, SyncLog log, CompanyAccess access,
            IgnoredRecords ignored, RunFinisher finisher, Clock clock) {
        this.finisher = finisher;
        this.settings = settings;
        this.access = access;
        this.ignored = ignored;
        this.names = new RecordNames(records);
        this.log = log;
        this.records = records;
        this.queue = queue;
        this.runs = runs;
        this.statuses = statuses;
        this.clock = clock;
        this.tenantRecords = new TenantRecords(records);
    }

    @Override
    public SyncRun syncNow(TenantId tenant) {
        requireEnabled(tenant);
        // A run started now would only wait, showing "running" with nothing done until a reconnect.
        CompanyAccess.Access a = access.check(tenant);
        if (!a.canSync()) {
            throw new LedgerBridgeException("Sync now cannot run: " + a.reason(), a.remedy());
        }
        return sweep(tenant, SyncTrigger.SYNC_NOW);
    }

    private void requireEnabled(TenantId tenant) {
        if (settings.find(tenant).map(s -> !s.enabled()).orElse(true)) {
            throw new LedgerBridgeException("QuickBooks sync is turned off for this organisation",
                    "Turn it on in Settings → Integrations → QuickBooks → Configuration");
        }
    }

    /**
     * Queues every record changed since the last sync, as Sync now does, for a trigger such as the schedule.
     *
     * @param tenant the tenant
     * @param trigger SYNC_NOW or SCHEDULE
     * @return the run, RUNNING (or FINISHED at once when nothing changed)
     */
    public SyncRun sweep(TenantId tenant, SyncTrigger trigger) {
        Instant since = runs.lastSyncStart(tenant).orElse(null);
        Instant now = clock.instant();
        String runId = runs.start(tenant, trigger, since, now);
        int[] queued = {0};
        Map<RecordRef, Instant> ignoredAt = ignored.all(tenant);
        try {
            for (RecordType type : SWEPT) {
                records.forEachChangedSince(tenant, type, since, id -> {
                    RecordRef record = RecordRef.of(type, id);
                    if (stillIgnored(tenant, record, ignoredAt.get(record))) {
                        return;
                    }
                    queue.enqueueForRun(tenant, record, runId, trigger);
                    queued[0]++;
                });
            }
        } catch (RuntimeException e) {
            runs.addError(runId, tenant, null, "Sync now stopped while listing changed records: " + e.getMessage(),
                    "run Sync now again; records already queued will still be pushed", clock.instant());
            runs.finish(runId, SyncRunState.INTERRUPTED, clock.instant());
            throw new LedgerBridgeException("Sync now could not list the changed records: " + e.getMessage(),
                    "run Sync now again", e);
        }
        runs.markEnqueued(runId);
        if (queued[0] == 0 || queue.pendingOfRun(tenant, runId) == 0) {
            finisher.finishEmpty(tenant, runId);
        }
        return runs.find(tenant, runId).orElseThrow();
    }

    /**
     * An ignored failure stays ignored until the host changes the record after it was ignored (the sweep's
     * watermark may lie before the failure, so "changed since the last sync" alone would bring it back).
     */
    private boolean stillIgnored(TenantId tenant, RecordRef record, Instant ignoredAt) {
        if (ignoredAt == null) {
            return false;
        }
        Optional<Instant> changed = switch (record.type()) {
            case CUSTOMER -> records.customer(tenant, record.hostId()).map(c -> c.updatedAt());
            case PROJECT -> records.project(tenant, record.hostId()).map(p -> p.updatedAt());
            case INVOICE -> records.invoice(tenant, record.hostId()).map(i -> i.updatedAt());
            case EXPENSE -> records.expense(tenant, record.hostId()).map(e -> e.updatedAt());
            default -> Optional.empty();
        };
        if (changed.isPresent() && changed.get().isAfter(ignoredAt)) {
            ignored.forget(tenant, record);
            return false;
        }
        return true;
    }

    @Override
    public RecordSyncStatus resync(TenantId tenant, RecordRef record) {
        tenantRecords.requireExists(tenant, record, "open the record from the host's own list and use its QuickBooks "
                + "panel's Sync again");
        requireEnabled(tenant);
        ignored.forget(tenant, record); // pushed again on purpose
        String runId = runs.start(tenant, SyncTrigger.RESYNC, null, clock.instant());
        queue.enqueueForRun(tenant, record, runId, SyncTrigger.RESYNC);
        runs.markEnqueued(runId);
        return statuses.status(tenant, record);
    }

    @Override
    public RecordSyncStatus status(TenantId tenant, RecordRef record) {
        return statuses.status(tenant, record);
    }

    @Override
    public Optional<SyncRun> run(TenantId tenant, String runId) {
        return runs.find(tenant, runId);
    }

    @Override
    public List<SyncRun> recentRuns(TenantId tenant, int limit) {
        return runs.recent(tenant, limit);
    }

    @Override
    public List<RecordSyncStatus> failures(TenantId tenant, int limit) {
        return queue.failed(tenant, limit).stream().map(r -> statuses.status(tenant, r)).toList();
    }

    @Override
    public RecordSyncStatus ignore(TenantId tenant, RecordRef record, HostUser by) {
        if (record == null || by == null) {
            throw new InvalidInputException(record == null ? "record" : "by", "is required",
                    "use Ignore on the errors list");
        }
        if (!queue.dropFailed(tenant, record)) {
            throw new InvalidInputException("record", record + " has no open sync error",
                    "reload Settings → Integrations → QuickBooks → Accounting sync; it was retried or ignored already");
        }
        ignored.ignore(tenant, record, clock.instant());
        log.write(tenant, null, record, "IGNORED", null, "Error ignored by " + by.displayName() + " ("
                + by.userId() + ")", null, null, null, null, clock.instant());
        return statuses.status(tenant, record);
    }

    @Override
    public String recordName(TenantId tenant, RecordRef record) {
        return names.name(tenant, record);
    }
}
