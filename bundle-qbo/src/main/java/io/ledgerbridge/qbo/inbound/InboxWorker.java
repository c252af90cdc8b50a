package io.ledgerbridge.qbo.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.client.error.QboAuthenticationException;
import io.ledgerbridge.qbo.client.error.QboThrottledException;
import io.ledgerbridge.qbo.client.limit.CompanyMustWait;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.InboxEntry;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.Backoff;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.CompanyWorker;
import io.ledgerbridge.qbo.sync.QboFault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works one company's inbox on the node holding the company's lease: claims due changes oldest first, hands each to
 * the {@link RemoteChangeHandler} and marks it done, or due again after a back-off when the handler failed. An
 * authorisation failure stops the pass without counting an attempt (the company waits for its reconnect); after
 * {@link #MAX_ATTEMPTS} failures a change stops, kept with its error. Changes wait while the company's sync is off.
 * When the handler's QuickBooks call may not go now ({@link CompanyMustWait}: a full throttle, a 429), the pass stops
 * and its changes are due again ({@code due_at}) when the company may go on, no attempt counted: no thread waits.
 */
public final class InboxWorker {
    /** Failed attempts after which a change stops (about 2.5 hours of back-off). */
    public static final int MAX_ATTEMPTS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration PAUSED = Duration.ofMinutes(1);
    private static final int CLAIM_BATCH = 50;

    private final Inbox inbox;
    private final RemoteChangeHandler handler;
    private final CompanyAccess access;
    private final SettingsStore settings;
    private final CompanyLease lease;
    private final Backoff backoff;
    private final ObjectMapper json;
    private final Clock clock;
    private final String nodeId;

    /**
     * @param inbox the inbox
     * @param handler applies each change
     * @param access whether the company may be worked (connected, tokens valid)
     * @param settings the tenants' settings (the enable switch)
     * @param lease the per-company lease shared with the push workers
     * @param backoff waits between failed attempts
     * @param json reads the entities CDC stored
     * @param clock the clock
     * @param nodeId this node's name
     */
    public InboxWorker(Inbox inbox, RemoteChangeHandler handler, CompanyAccess access, SettingsStore settings,
            CompanyLease lease, Backoff backoff, ObjectMapper json, Clock clock, String nodeId) {
        this.inbox = inbox;
        this.handler = handler;
        this.access = access;
        this.settings = settings;
        this.lease = lease;
        this.backoff = backoff;
        this.json = json;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /**
     * Works the company's due changes, if this node can take its lease.
     *
     * @param tenant the tenant
     * @return how many changes were ended (done, due again later or stopped)
     */
    public int work(TenantId tenant) {
        if (!settings.find(tenant).map(ConnectorSettings::enabled).orElse(false)) {
            return 0;
        }
        CompanyAccess.Access company = access.check(tenant);
        if (!company.canSync() || !lease.tryAcquire(tenant, nodeId, CompanyWorker.LEASE)) {
            return 0;
        }
        int ended = 0;
        while (true) {
            Instant now = clock.instant();
            List<Inbox.Claimed> claimed = inbox.claimDue(tenant, nodeId, now, now.plus(CLAIM), CLAIM_BATCH);
            if (claimed.isEmpty()) {
                return ended;
            }
            for (int i = 0; i < claimed.size(); i++) {
                // A lost lease (a long stall) or a lost connection: the rest go back, unattempted.
                if (!lease.tryAcquire(tenant, nodeId, CompanyWorker.LEASE)) {
                    release(claimed.subList(i, claimed.size()));
                    return ended;
                }
                boolean goOn;
                try {
                    goOn = handle(claimed.get(i), company.realmId());
                } catch (CompanyMustWait wait) {
                    // The company's throttle is full or QuickBooks answered 429: this change and the rest claimed
                    // are due again when the company may go on (no attempt counted), and the thread is free.
                    claimed.subList(i, claimed.size()).forEach(c -> inbox.retryLater(c, wait.until(), null, false));
                    return ended;
                }
                ended++;
                if (!goOn) {
                    release(claimed.subList(i + 1, claimed.size()));
                    return ended;
                }
            }
        }
    }

    private void release(List<Inbox.Claimed> unattempted) {
        unattempted.forEach(c -> inbox.retryLater(c, clock.instant(), null, false));
    }

    /** @return false when the company must stop */
    private boolean handle(Inbox.Claimed claimed, String connectedRealm) {
        InboxEntry c = claimed.entry();
        if (!c.realmId().equals(connectedRealm)) {
            // Stored before the tenant switched companies: its ids name records of a company no longer connected.
            LOG.info("Ignored QuickBooks change {} {} {} of tenant {}: it belongs to company {}, and the tenant is "
                    + "connected to {} now", c.operation(), c.entityName(), c.qboId(), c.tenant(), c.realmId(),
                    connectedRealm);
            inbox.complete(claimed);
            return true;
        }
        try {
            handler.handle(change(claimed.entry()));
            inbox.complete(claimed);
            return true;
        } catch (CompanyMustWait wait) {
            throw wait; // not a failure of the change: the company waits (see work)
        } catch (QboAuthenticationException e) {
            return paused(claimed, e);
        } catch (QboFault f) {
            if (f.kind() == QboFault.Kind.AUTHORIZATION) {
                return paused(claimed, f);
            }
            return failed(claimed, f, f.retryAfter());
        } catch (QboThrottledException e) {
            return failed(claimed, e, e.retryAfter().orElse(null));
        } catch (RuntimeException e) {
            return failed(claimed, e, null);
        }
    }

    private boolean paused(Inbox.Claimed claimed, RuntimeException e) {
        inbox.retryLater(claimed, clock.instant().plus(PAUSED), message(e), false);
        return false;
    }

    private boolean failed(Inbox.Claimed claimed, RuntimeException e, Duration atLeast) {
        int attempt = claimed.attempts() + 1;
        InboxEntry c = claimed.entry();
        if (attempt >= MAX_ATTEMPTS) {
            LOG.warn("Gave up applying QuickBooks change {} {} {} of tenant {} after {} attempts: {}", c.operation(),
                    c.entityName(), c.qboId(), c.tenant(), attempt, message(e));
            inbox.fail(claimed, message(e));
        } else {
            inbox.retryLater(claimed, clock.instant().plus(backoff.next(attempt, atLeast)), message(e), true);
        }
        return true;
    }

    private RemoteChange change(InboxEntry e) {
        return new RemoteChange(e.tenant(), e.realmId(), e.entityName(), e.qboId(),
                RemoteChange.Operation.valueOf(e.operation()), e.lastUpdated(), e.mergedIntoId(), e.source(),
                entity(e));
    }

    private QboEntity entity(InboxEntry e) {
        if (e.entityJson() == null) {
            return null;
        }
        EntityType<?> type = EntityType.named(e.entityName()).orElseThrow(() -> new IllegalStateException(
                "the inbox holds an entity of unknown type " + e.entityName()));
        try {
            return json.readValue(e.entityJson(), type.type());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("the stored " + e.entityName() + " " + e.qboId() + " cannot be read: "
                    + x.getOriginalMessage(), x);
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
