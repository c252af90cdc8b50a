package io.ledgerbridge.qbo.importer;

import io.ledgerbridge.api.ImportOperations;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.AmbiguousMatch;
import io.ledgerbridge.api.sync.ImportRequest;
import io.ledgerbridge.api.sync.ImportRun;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.ImportStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ImportOperations}: starting records the import and returns at once (the import engine's workers page
 * through QuickBooks); a tenant has at most one running import, and starting again returns it.
 */
public final class ImportService implements ImportOperations {
    private final ImportStore store;
    private final LinkStore links;
    private final CompanyAccess access;
    private final Runnable wake;
    private final Clock clock;

    /**
     * @param store the imports
     * @param links the sync links (for a resolved ambiguity)
     * @param access whether the tenant is connected
     * @param wake asks the engine to look for work now
     * @param clock the clock
     */
    public ImportService(ImportStore store, LinkStore links, CompanyAccess access, Runnable wake, Clock clock) {
        this.store = store;
        this.links = links;
        this.access = access;
        this.wake = wake;
        this.clock = clock;
    }

    @Override
    public ImportRun start(TenantId tenant, ImportRequest request, HostUser by) {
        if (access.check(tenant).realmId() == null) {
            throw new InvalidInputException("tenant", "this organisation is not connected to QuickBooks",
                    "connect QuickBooks in Settings → Integrations → QuickBooks, then import");
        }
        String id = store.startOrRunning(UUID.randomUUID().toString(), tenant, request, by == null ? null
                : by.userId(), clock.instant(), ImportJob.kinds(request).get(0));
        wake.run();
        return store.run(tenant, id).orElseThrow();
    }

    @Override
    public Optional<ImportRun> run(TenantId tenant, String importId) {
        return store.run(tenant, importId);
    }

    @Override
    public List<ImportRun> recentRuns(TenantId tenant, int limit) {
        return store.recent(tenant, limit);
    }

    @Override
    public void resolveMatch(TenantId tenant, String importId, String remoteId, String hostCustomerId, HostUser by) {
        store.run(tenant, importId).orElseThrow(() -> new InvalidInputException("importId", "no import " + importId
                + " for this organisation", "choose an import from the list of recent imports"));
        AmbiguousMatch match = store.ambiguous(importId, remoteId).orElseThrow(() -> new InvalidInputException(
                "remoteId", "the import did not report QuickBooks customer " + remoteId + " as ambiguous",
                "choose one of the ambiguous matches the import lists"));
        RecordRef chosen = match.candidates().stream().filter(c -> c.hostId().equals(hostCustomerId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("hostCustomerId", hostCustomerId + " is not one of the "
                        + "candidates " + match.candidates().stream().map(RecordRef::hostId).toList(),
                        "choose one of the listed host records, or merge the duplicates in QuickBooks"));
        String realm = access.check(tenant).realmId();
        if (realm == null) {
            throw new InvalidInputException("tenant", "this organisation is not connected to QuickBooks",
                    "connect QuickBooks in Settings → Integrations → QuickBooks");
        }
        if (links.hostId(tenant, realm, chosen.type(), remoteId).isPresent() || links.find(tenant, chosen).isPresent()) {
            throw new InvalidInputException("hostCustomerId", "the QuickBooks customer or the host record is "
                    + "already linked", "clear the other link first (re-sync after a repair), or choose another");
        }
        links.linkImported(tenant, chosen, realm, remoteId, store.ambiguousSyncToken(importId, remoteId)
                .orElse(null), null, clock.instant());
        store.resolve(importId, remoteId, hostCustomerId);
    }

    @Override
    public List<io.ledgerbridge.api.sync.ImportPlanEntry> plan(TenantId tenant, String importId, int limit) {
        // Another tenant's import id answers nothing, like an unknown one.
        return store.run(tenant, importId).map(run -> store.plan(importId, limit)).orElse(List.of());
    }
}
