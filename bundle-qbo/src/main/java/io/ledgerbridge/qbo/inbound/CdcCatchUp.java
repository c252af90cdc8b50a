package io.ledgerbridge.qbo.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.CdcResult;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.error.QboException;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.MetaData;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.store.CdcWatermarks;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.InboxEntry;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.Backoff;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.CompanyWorker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Change-data-capture catch-up of one company, so a missed webhook delays a change but never loses it: from the
 * saved watermark (minus an overlap, for changes QuickBooks committed late), the watched entities' changes go into
 * the same inbox as webhooks (deduplicated there), page by page, and the watermark moves only after a page's changes
 * are stored. A gap older than QuickBooks' 30-day lookback is closed by a full reconcile of the linked records
 * instead. Runs on the node holding the company's lease, on a schedule and right after a (re)connect.
 *
 * <p>Its client does not wait (see {@link CompanyMustWait}): a company whose throttle is full or that QuickBooks
 * answered 429 is made due again ({@code next_due_at}) for the instant it may go on, and a failing one (5xx, timeout)
 * after a back-off, so a catch-up never holds a thread that other companies need.
 */
public final class CdcCatchUp {
    /** Re-read before the watermark: a change committed just before it may show up late. */
    public static final Duration OVERLAP = Duration.ofMinutes(5);
    /** QuickBooks' CDC looks back 30 days; an hour less leaves room for clock skew. */
    static final Duration LOOKBACK = Duration.ofDays(30).minusHours(1);
    /** QuickBooks returns at most this many objects per CDC call. */
    static final int PAGE = 1000;
    private static final int MAX_PAGES = 50;
    private static final Logger LOG = LoggerFactory.getLogger(CdcCatchUp.class);

    private final Function<TenantId, QboClient> clients;
    private final Inbox inbox;
    private final CdcWatermarks watermarks;
    private final CompanyAccess access;
    private final SettingsStore settings;
    private final CompanyLease lease;
    private final Reconciler reconciler;
    private final ObjectMapper json;
    private final Clock clock;
    private final String nodeId;
    private final Duration interval;
    private volatile Instant lastFullLook;
    private volatile Instant lastLook = Instant.EPOCH;
    /** Catch-ups failed in a row, by company (only those failing): their back-off, kept off the database. */
    private final Map<TenantId, Integer> failures = new ConcurrentHashMap<>();
    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30),
            () -> ThreadLocalRandom.current().nextLong(5_000));

    /**
     * @param clients the QuickBooks client of a tenant's company (with the company's one throttle)
     * @param inbox where changes go
     * @param watermarks where each company's catch-up stands
     * @param access whether the company may be worked
     * @param settings the tenants' settings (the enable switch)
     * @param lease the per-company lease shared with the push workers
     * @param json writes the entities into the inbox
     * @param clock the clock
     * @param nodeId this node's name
     * @param interval the time between catch-ups of a company
     */
    public CdcCatchUp(Function<TenantId, QboClient> clients, Inbox inbox, CdcWatermarks watermarks,
            CompanyAccess access, SettingsStore settings, CompanyLease lease, ObjectMapper json, Clock clock,
            String nodeId, Duration interval) {
        this.clients = clients;
        this.inbox = inbox;
        this.watermarks = watermarks;
        this.access = access;
        this.settings = settings;
        this.lease = lease;
        this.reconciler = new Reconciler(watermarks, this::entry);
        this.json = json;
        this.clock = clock;
        this.nodeId = nodeId;
        this.interval = interval;
    }

    /**
     * The connected companies whose catch-up is due (never run, (re)connected since, or the interval passed), read
     * through the due-time indexes. A poll looks back for (re)connections only to its previous poll (less
     * {@link #OVERLAP}, for other nodes' clocks), and to every connection once an interval.
     *
     * @param now the time
     * @return the tenants
     */
    public Set<TenantId> dueTenants(Instant now) {
        Instant full = lastFullLook;
        boolean lookAtAll = full == null || !full.plus(interval).isAfter(now);
        Instant since = lookAtAll ? Instant.EPOCH : lastLook.minus(OVERLAP);
        Set<TenantId> due = watermarks.dueForCatchUp(now, since);
        if (lookAtAll) {
            lastFullLook = now;
        }
        lastLook = now;
        return due;
    }

    /**
     * @param now the time
     * @return every connected company whose catch-up is due, looking at every connection (for tests)
     */
    public Set<TenantId> allDueTenants(Instant now) {
        return watermarks.dueForCatchUp(now, Instant.EPOCH);
    }

    /**
     * Catches the company up, if its sync is on, it can be reached and this node takes its lease. A company whose
     * sync is off or that cannot be reached is looked at again an interval later (a reconnect brings it back at once).
     *
     * @param tenant the tenant
     * @return how many new changes went into the inbox
     */
    public int catchUp(TenantId tenant) {
        CompanyAccess.Access a = access.check(tenant);
        if (!settings.find(tenant).map(ConnectorSettings::enabled).orElse(false) || !a.canSync()) {
            watermarks.postpone(tenant, clock.instant().plus(interval));
            return 0;
        }
        if (!lease.tryAcquire(tenant, nodeId, CompanyWorker.LEASE)) {
            return 0; // the lease holder catches it up
        }
        String realm = a.realmId();
        Instant now = clock.instant();
        Optional<CdcWatermarks.Watermark> mark = watermarks.find(tenant).filter(m -> m.realmId().equals(realm));
        // First catch-up of this company: from its connection (nothing LedgerBridge linked is older).
        Instant from = mark.map(CdcWatermarks.Watermark::changedSince)
                .or(() -> watermarks.connectedAt(tenant)).orElse(now).minus(OVERLAP);
        try {
            QboClient client = clients.apply(tenant);
            int added;
            if (from.isBefore(now.minus(LOOKBACK))) {
                LOG.info("QuickBooks catch-up of tenant {} starts at {}, beyond QuickBooks' 30-day change log: "
                        + "reconciling every linked record", tenant, from);
                added = reconciler.reconcile(tenant, realm, client, inbox, now);
                saveDone(tenant, realm, now);
            } else {
                added = changesSince(tenant, realm, client, from);
            }
            failures.remove(tenant);
            return added;
        } catch (CompanyMustWait wait) {
            // The company's throttle is full or QuickBooks answered 429: the catch-up goes on from its watermark
            // (the pages read are saved) when the company may, and this thread serves another company meanwhile.
            dueAgain(tenant, realm, from, wait.until());
            LOG.debug("QuickBooks catch-up of tenant {} waits until {}: {}", tenant, wait.until(), wait.getMessage());
            return 0;
        } catch (QboException e) {
            // Unreachable or failing (5xx, timeout): tried again after a back-off, from the watermark.
            int attempt = failures.merge(tenant, 1, Integer::sum);
            Duration wait = backoff.next(attempt, null);
            Instant again = clock.instant().plus(wait.compareTo(interval) > 0 ? interval : wait);
            dueAgain(tenant, realm, from, again);
            LOG.warn("QuickBooks catch-up of tenant {} failed (attempt {}), tried again at {}: {}", tenant, attempt,
                    again, e.getMessage());
            return 0;
        }
    }

    /**
     * Makes the company's catch-up due at {@code at}, keeping where it stands: the saved watermark of this company,
     * else (its first catch-up, not one page saved yet) the window's start, marked as not yet polled.
     */
    private void dueAgain(TenantId tenant, String realm, Instant from, Instant at) {
        if (watermarks.find(tenant).filter(m -> m.realmId().equals(realm)).isPresent()) {
            watermarks.postpone(tenant, at);
        } else {
            watermarks.save(tenant, realm, from.plus(OVERLAP), Instant.EPOCH, at);
        }
    }

    private int changesSince(TenantId tenant, String realm, QboClient client, Instant from) {
        int added = 0;
        Instant since = from;
        for (int page = 0; page < MAX_PAGES; page++) {
            CdcResult result = client.cdc(InboundEntities.WATCHED, since.atOffset(ZoneOffset.UTC));
            Instant serverTime = result.serverTime() != null ? result.serverTime().toInstant() : clock.instant();
            List<InboxEntry> entries = new ArrayList<>();
            Instant newest = since;
            for (EntityType<?> type : InboundEntities.WATCHED) {
                for (QboEntity e : result.changes(type)) {
                    InboxEntry entry = entry(tenant, realm, type, e, serverTime);
                    entries.add(entry);
                    newest = entry.lastUpdated().isAfter(newest) ? entry.lastUpdated() : newest;
                }
            }
            added += inbox.record(entries);
            if (entries.size() < PAGE) {
                saveDone(tenant, realm, serverTime);
                return added;
            }
            if (!newest.isAfter(since)) {
                // More than a page changed at one instant: QuickBooks cannot page within it; move on.
                LOG.warn("More than {} QuickBooks changes of tenant {} at {}; some may be caught only by their "
                        + "webhooks", PAGE, tenant, since);
                newest = since.plusSeconds(1);
            }
            since = newest;
            // A full page: the next one starts at the newest change read (its repeats are deduplicated); the
            // watermark keeps the progress, and stays due so a capped catch-up continues at the next poll.
            watermarks.save(tenant, realm, since, Instant.EPOCH, Instant.EPOCH);
        }
        return added;
    }

    private void saveDone(TenantId tenant, String realm, Instant changedSince) {
        Instant polled = clock.instant();
        watermarks.save(tenant, realm, changedSince, polled, polled.plus(interval));
    }

    /** A CDC object as an inbox entry: a Deleted stub is a DELETE, a record still at SyncToken 0 a CREATE. */
    InboxEntry entry(TenantId tenant, String realm, EntityType<?> type, QboEntity e, Instant fallbackTime) {
        MetaData meta = e.getMetaData();
        Instant updated = meta != null && meta.getLastUpdatedTime() != null
                ? meta.getLastUpdatedTime().toInstant() : fallbackTime;
        RemoteChange.Operation operation = e.isDeleted() ? RemoteChange.Operation.DELETE
                : "0".equals(e.getSyncToken()) ? RemoteChange.Operation.CREATE : RemoteChange.Operation.UPDATE;
        try {
            return new InboxEntry(tenant, realm, type.name(), e.getId(), operation.name(), updated, null,
                    SyncTrigger.CDC, json.writeValueAsString(e));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("cannot store the " + type.name() + " " + e.getId() + ": "
                    + x.getOriginalMessage(), x);
        }
    }
}
