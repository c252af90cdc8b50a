package io.ledgerbridge.qbo.repair;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.RepairOperations;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.RemoteRecord;
import io.ledgerbridge.api.sync.RemoteView;
import io.ledgerbridge.api.sync.Repair;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.mapping.Readable;
import io.ledgerbridge.qbo.mapping.OwnedFields;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.RecordLink;
import io.ledgerbridge.qbo.store.SyncLog;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import io.ledgerbridge.qbo.sync.QboFault;
import io.ledgerbridge.qbo.sync.QboGateway;
import io.ledgerbridge.qbo.sync.TenantRecords;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unlink, link to a chosen QuickBooks record, re-create a deleted copy, follow a merge's survivor, and the read-only
 * view of what QuickBooks holds now. Every operation checks the record exists in the caller's tenant first (through
 * the host's records port), and writes who decided, when and from which page to the sync log. Nothing here writes to
 * QuickBooks: a re-create only queues the record for the workers, and linking never pushes.
 */
public final class RepairService implements RepairOperations {
    static final String REMEDY_UNKNOWN = "open the record from the host's own list and use its QuickBooks panel";

    private final TenantRecords records;
    private final LinkStore links;
    private final QboGateway qbo;
    private final CompanyAccess access;
    private final SyncOperations sync;
    private final ConflictStore conflicts;
    private final OutboxQueue queue;
    private final SyncLog log;
    private final WebLinks web;
    private final RemoteSearch search;
    private final Clock clock;

    /**
     * @param records the host's records (the tenant check)
     * @param links the links
     * @param qbo QuickBooks through the company's client and throttle
     * @param access the connection gate (which company a tenant is connected to)
     * @param sync re-sync, for a re-create, and the record's status
     * @param conflicts open conflicts (closed when their link is repaired)
     * @param queue the outbox, to let pushes parked behind a closed conflict go on
     * @param log the sync log (the audit)
     * @param web where a person opens a QuickBooks record
     * @param clock the clock
     */
    public RepairService(HostRecords records, LinkStore links, QboGateway qbo, CompanyAccess access,
            SyncOperations sync, ConflictStore conflicts, OutboxQueue queue, SyncLog log, WebLinks web, Clock clock) {
        this.records = new TenantRecords(records);
        this.links = links;
        this.qbo = qbo;
        this.access = access;
        this.sync = sync;
        this.conflicts = conflicts;
        this.queue = queue;
        this.log = log;
        this.web = web;
        this.search = new RemoteSearch(qbo, links);
        this.clock = clock;
    }

    @Override
    public RemoteView remote(TenantId tenant, RecordRef record) {
        records.requireExists(tenant, record, REMEDY_UNKNOWN);
        Optional<RecordLink> link = links.find(tenant, record).filter(l -> l.qboId() != null);
        if (link.isEmpty()) {
            return new RemoteView(record, RemoteView.State.NOT_LINKED, null, null, null, null, Map.of(),
                    EnumSet.of(Repair.LINK));
        }
        RecordLink l = link.get();
        if (l.mergedIntoQboId() != null) {
            Optional<ObjectNode> survivor = read(tenant, record.type(), l.mergedIntoQboId());
            // What is left to open is the survivor.
            return new RemoteView(record, RemoteView.State.MERGED, l.qboId(),
                    web.of(record.type(), l.qboRealmId(), l.mergedIntoQboId()), l.mergedIntoQboId(),
                    survivor.map(s -> s.path("DisplayName").asText()).orElse(null),
                    survivor.map(s -> Readable.fields(record.type(), s)).orElse(Map.of()),
                    EnumSet.of(Repair.FOLLOW_SURVIVOR, Repair.RECREATE, Repair.LINK));
        }
        Optional<ObjectNode> now = read(tenant, record.type(), l.qboId());
        if (now.isEmpty()) {
            return new RemoteView(record, RemoteView.State.DELETED, l.qboId(), null, null, null, Map.of(),
                    EnumSet.of(Repair.RECREATE, Repair.LINK, Repair.UNLINK));
        }
        boolean active = now.get().path("Active").asBoolean(true);
        return new RemoteView(record, active ? RemoteView.State.LINKED : RemoteView.State.INACTIVE, l.qboId(),
                web.of(record.type(), l.qboRealmId(), l.qboId()),
                null, null, Readable.fields(record.type(), now.get()), EnumSet.of(Repair.UNLINK, Repair.LINK));
    }

    @Override
    public List<RemoteRecord> search(TenantId tenant, RecordType type, String text, int limit) {
        if (type == null) {
            throw new InvalidInputException("type", "is required", "use Link on a record's QuickBooks panel");
        }
        return call(() -> search.search(tenant, realm(tenant), type, text, Math.max(1, Math.min(limit, 100))));
    }

    @Override
    public RecordSyncStatus unlink(TenantId tenant, RecordRef record, HostUser by, String from) {
        requireAdmin(tenant, record, by);
        Optional<String> was = links.unlink(tenant, record);
        if (was.isEmpty()) {
            throw new InvalidInputException("record", record + " is not linked to QuickBooks",
                    "nothing to unlink: its next push creates it in QuickBooks");
        }
        closeConflict(tenant, record, by);
        audit(tenant, record, "UNLINKED", was.get(), "Unlinked from QuickBooks " + entity(record) + " " + was.get()
                + "; the next push creates it anew", by, from);
        return sync.status(tenant, record);
    }

    @Override
    public RecordSyncStatus link(TenantId tenant, RecordRef record, String remoteId, HostUser by, String from) {
        requireAdmin(tenant, record, by);
        String id = remoteId == null ? "" : remoteId.strip();
        if (id.isEmpty()) {
            throw new InvalidInputException("remoteId", "is required", "choose a QuickBooks record from the search");
        }
        ObjectNode chosen = read(tenant, record.type(), id).orElseThrow(() -> new InvalidInputException("remoteId",
                "QuickBooks has no " + entity(record) + " " + id, "search again and choose one QuickBooks lists"));
        return linkChosen(tenant, record, chosen, "remoteId", "Linked to QuickBooks " + entity(record) + " " + id
                + " (" + RemoteSearch.record(record.type(), chosen, null).name() + ") without pushing", by, from);
    }

    @Override
    public RecordSyncStatus recreate(TenantId tenant, RecordRef record, HostUser by, String from) {
        requireAdmin(tenant, record, by);
        RecordLink link = links.find(tenant, record).filter(l -> l.qboId() != null).orElseThrow(
                () -> new InvalidInputException("record", record + " is not linked to QuickBooks",
                        "use Sync again: its push creates it in QuickBooks"));
        if (link.mergedIntoQboId() == null && read(tenant, record.type(), link.qboId()).isPresent()) {
            throw new InvalidInputException("record", "QuickBooks still has " + entity(record) + " "
                    + link.qboId() + ", so there is nothing to re-create",
                    "use Unlink if you really want a second copy in QuickBooks, or Sync again to update it");
        }
        links.unlink(tenant, record);
        closeConflict(tenant, record, by);
        audit(tenant, record, "RECREATE", link.qboId(), "Re-create in QuickBooks asked (the copy " + link.qboId()
                + " was " + (link.mergedIntoQboId() != null ? "merged away" : "deleted") + ")", by, from);
        return sync.resync(tenant, record);
    }

    @Override
    public RecordSyncStatus followSurvivor(TenantId tenant, RecordRef record, HostUser by, String from) {
        requireAdmin(tenant, record, by);
        RecordLink link = links.find(tenant, record).filter(l -> l.mergedIntoQboId() != null).orElseThrow(
                () -> new InvalidInputException("record", record + " was not merged in QuickBooks",
                        "use Link to choose a QuickBooks record instead"));
        String survivorId = link.mergedIntoQboId();
        ObjectNode survivor = read(tenant, record.type(), survivorId).orElseThrow(() -> new InvalidInputException(
                "record", "the surviving " + entity(record) + " " + survivorId + " no longer exists in QuickBooks",
                "use Re-create in QuickBooks"));
        return linkChosen(tenant, record, survivor, "record", "Followed the merge: linked to the surviving "
                + "QuickBooks " + entity(record) + " " + survivorId + " (" + survivor.path("DisplayName").asText()
                + ") without pushing", by, from);
    }

    /** Links a record to a QuickBooks entity that may be linked (refused with the reason otherwise), audited. */
    private RecordSyncStatus linkChosen(TenantId tenant, RecordRef record, ObjectNode chosen, String field,
            String what, HostUser by, String from) {
        requireLinkable(tenant, record, chosen, field);
        linkTo(tenant, record, chosen);
        closeConflict(tenant, record, by);
        audit(tenant, record, "LINKED", chosen.path("Id").asText(), what, by, from);
        return sync.status(tenant, record);
    }

    private void requireAdmin(TenantId tenant, RecordRef record, HostUser by) {
        if (by == null || !by.administrator() || !by.tenant().equals(tenant)) {
            throw new LedgerBridgeException("Only an administrator of this organisation can repair a QuickBooks link",
                    "ask an administrator to open the record's QuickBooks panel");
        }
        records.requireExists(tenant, record, REMEDY_UNKNOWN);
        if (record.type() == RecordType.PAYMENT) {
            throw new InvalidInputException("record", "a payment's link is repaired with its invoice",
                    "open the invoice's QuickBooks panel");
        }
    }

    /** An inactive, wrong-kind, or already-linked record is refused, with the reason. */
    private void requireLinkable(TenantId tenant, RecordRef record, ObjectNode chosen, String field) {
        String id = chosen.path("Id").asText();
        String name = RemoteSearch.record(record.type(), chosen, null).name();
        String what = entity(record) + " " + id + (name == null ? "" : " (" + name + ")");
        if (!chosen.path("Active").asBoolean(true)) {
            throw new InvalidInputException(field, "QuickBooks " + what + " is inactive",
                    "make it active in QuickBooks first, or choose another");
        }
        boolean job = chosen.path("Job").asBoolean(false);
        if (record.type() == RecordType.PROJECT && !job || record.type() == RecordType.CUSTOMER && job) {
            throw new InvalidInputException(field, "QuickBooks " + what + " is " + (job ? "a sub-customer (project)"
                    : "a customer, not a project"), "choose a " + entity(record));
        }
        for (RecordType type : record.type() == RecordType.CUSTOMER || record.type() == RecordType.PROJECT
                ? List.of(RecordType.CUSTOMER, RecordType.PROJECT) : List.of(record.type())) {
            Optional<String> other = links.hostId(tenant, realm(tenant), type, id).filter(h -> !(type == record.type()
                    && h.equals(record.hostId())));
            if (other.isPresent()) {
                throw new InvalidInputException(field, "QuickBooks " + what + " is already linked to host "
                        + type.name().toLowerCase(Locale.ROOT) + " " + other.get(),
                        "unlink that record first, or choose another");
            }
        }
    }

    private void linkTo(TenantId tenant, RecordRef record, ObjectNode entity) {
        String remote = OwnedFields.tracked(record.type())
                ? OwnedFields.toJson(OwnedFields.snapshot(record.type(), entity)) : null;
        links.linkTo(tenant, record, realm(tenant), entity.path("Id").asText(), entity.path("SyncToken").asText(),
                remote, clock.instant());
    }

    private void closeConflict(TenantId tenant, RecordRef record, HostUser by) {
        conflicts.open(tenant, record).ifPresent(open -> {
            if (conflicts.close(tenant, open.conflictId(), ConflictResolution.DISMISS, by.userId(), clock.instant())) {
                queue.releaseParked(tenant, record, SyncTrigger.RESYNC);
            }
        });
    }

    private void audit(TenantId tenant, RecordRef record, String outcome, String qboId, String what, HostUser by,
            String from) {
        String page = from == null || from.isBlank() ? "an administrator's page" : from.strip();
        log.write(tenant, null, record, outcome, qboId, what + ", by " + by.displayName() + " (" + by.userId()
                + ") from the " + page, null, null, null, null, clock.instant());
    }

    private String realm(TenantId tenant) {
        String realm = access.check(tenant).realmId();
        if (realm == null) {
            throw new LedgerBridgeException("No active QuickBooks connection",
                    "Reconnect in Settings → Integrations → QuickBooks");
        }
        return realm;
    }

    /** @return the entity as QuickBooks holds it now, or empty when QuickBooks has no such record */
    private Optional<ObjectNode> read(TenantId tenant, RecordType type, String qboId) {
        return call(() -> {
            try {
                return Optional.of(qbo.read(tenant, QboEntities.of(type), qboId));
            } catch (QboFault f) {
                if (f.kind() == QboFault.Kind.NOT_FOUND) {
                    return Optional.empty();
                }
                throw f;
            }
        });
    }

    /** QuickBooks' faults become the API's exceptions, with the remedy, in this one place. */
    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (QboFault f) {
            throw new LedgerBridgeException("QuickBooks could not be read: " + f.getMessage(),
                    "try again in a minute; Settings → Integrations → QuickBooks → Test connection says whether the "
                            + "connection works");
        }
    }

    private static String entity(RecordRef record) {
        return switch (record.type()) {
            case PROJECT -> "sub-customer";
            case EXPENSE -> "expense";
            default -> record.type().name().toLowerCase(Locale.ROOT);
        };
    }
}
