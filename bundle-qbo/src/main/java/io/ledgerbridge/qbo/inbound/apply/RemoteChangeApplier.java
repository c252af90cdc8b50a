package io.ledgerbridge.qbo.inbound.apply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.conflict.ConflictDecisions;
import io.ledgerbridge.qbo.conflict.ConflictDetector;
import io.ledgerbridge.qbo.inbound.RemoteChange;
import io.ledgerbridge.qbo.inbound.RemoteChangeHandler;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.RecordLink;
import io.ledgerbridge.qbo.sync.QboFault;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one reported QuickBooks change does. Only linked records matter (bringing unlinked ones in is the import's
 * job). Deleted: the link is broken, with the repair steps. Merged: the link is broken as merged, naming the survivor,
 * until an administrator follows the survivor or re-creates the record (never a silent overwrite). Otherwise the entity (read through the company's client
 * and throttle unless the change carries it) is compared with the snapshot: our own echo is ignored, a host-owned
 * field that moved opens the record's conflict (a void too); a conflict whose edit was undone in QuickBooks closes
 * itself. Invoices and payments also bring QuickBooks' payments to the host, and a payment QuickBooks took back into
 * the invoice's conflict ({@link InvoicePayments}). Handling the same change again changes nothing more.
 */
public final class RemoteChangeApplier implements RemoteChangeHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteChangeApplier.class);
    private static final List<RecordType> CUSTOMERS = List.of(RecordType.CUSTOMER, RecordType.PROJECT);
    /** Who closed a conflict whose QuickBooks edit was undone in QuickBooks. */
    public static final String UNDONE_BY = "QuickBooks (the change was undone there)";

    private final QboGateway qbo;
    private final LinkStore links;
    private final ConflictDetector conflicts;
    private final ConflictDecisions decisions;
    private final Clock clock;
    private final HostRecords records;
    private final InvoicePayments payments;
    private final ObjectMapper json;

    /**
     * @param qbo QuickBooks through the company's client and throttle ({@code SyncModule.gateway()})
     * @param links the links and their snapshots
     * @param conflictStore the conflicts
     * @param decisions closes a conflict once and releases the pushes that waited for it
     * @param records the host's records
     * @param ledger the host's ledger (payments, "fully paid")
     * @param json the QuickBooks client's mapper ({@code QboJson.newObjectMapper()}), to read an entity a change
     *        carries
     * @param clock the clock
     */
    public RemoteChangeApplier(QboGateway qbo, LinkStore links, ConflictStore conflictStore,
            ConflictDecisions decisions, HostRecords records, HostLedger ledger, ObjectMapper json, Clock clock) {
        this.qbo = qbo;
        this.links = links;
        this.conflicts = new ConflictDetector(links, conflictStore, clock);
        this.decisions = decisions;
        this.clock = clock;
        this.records = records;
        this.payments = new InvoicePayments(qbo, links, records, ledger, conflicts, clock);
        this.json = json;
    }

    @Override
    public void handle(RemoteChange change) {
        switch (change.entityName()) {
            case "Customer" -> record(change, CUSTOMERS);
            case "Invoice" -> record(change, List.of(RecordType.INVOICE));
            case "Purchase" -> record(change, List.of(RecordType.EXPENSE));
            case "Payment" -> payment(change);
            default -> LOG.debug("Ignored a QuickBooks {} change: LedgerBridge does not link that entity",
                    change.entityName());
        }
    }

    private void record(RemoteChange change, List<RecordType> types) {
        if (change.operation() == RemoteChange.Operation.MERGE) {
            merged(change, types);
            return;
        }
        Optional<RecordLink> found = link(change, types, change.qboId());
        if (found.isEmpty()) {
            LOG.debug("Ignored a change to QuickBooks {} {} of tenant {}: no host record is linked to it (Import brings"
                    + " unlinked records in)", change.entityName(), change.qboId(), change.tenant());
            return;
        }
        if (found.get().broken()) {
            LOG.info("Ignored a change to QuickBooks {} {} of tenant {}: the link of host {} {} is broken",
                    change.entityName(), change.qboId(), change.tenant(), found.get().recordType(),
                    found.get().hostRecordId());
            return;
        }
        RecordLink link = found.get();
        if (change.operation() == RemoteChange.Operation.DELETE
                || change.entity() != null && change.entity().isDeleted()) {
            broken(link, "was deleted");
            return;
        }
        Optional<ObjectNode> entity = carried(change);
        if (entity.isEmpty()) {
            broken(link, "was deleted");
            return;
        }
        compare(change.tenant(), link, entity.get());
    }

    private void compare(TenantId tenant, RecordLink link, ObjectNode entity) {
        Map<String, String> expected = Map.of();
        if (RecordType.INVOICE.name().equals(link.recordType())) {
            payments.apply(tenant, link, entity);
            expected = billTo(tenant, link.hostRecordId());
        } else if (RecordType.PROJECT.name().equals(link.recordType())) {
            expected = records.project(tenant, link.hostRecordId()).flatMap(p -> current(tenant,
                    RecordRef.of(RecordType.CUSTOMER, p.hostCustomerId()))).map(id -> Map.of("ParentRef", id))
                    .orElse(Map.of());
        }
        ConflictDetector.Outcome outcome = conflicts.compare(link, entity, expected);
        if (outcome == ConflictDetector.Outcome.CONFLICT) {
            LOG.info("QuickBooks changed a field the host owns (QuickBooks id {}, SyncToken {}): the conflict of {}"
                    + " {} is open", entity.path("Id").asText(), entity.path("SyncToken").asText(), link.recordType(),
                    link.hostRecordId());
            return;
        }
        if (outcome == ConflictDetector.Outcome.ACCEPTED) {
            Map<String, String> settledBy = expected;
            conflicts.open(tenant, ref(link)).filter(open -> conflicts.settled(open, entity, settledBy))
                    .ifPresent(open -> undone(tenant, open));
        }
        LOG.debug("QuickBooks {} {} of {} {}: {}", entity.path("Id").asText(), entity.path("SyncToken").asText(),
                link.recordType(), link.hostRecordId(), outcome);
    }

    /**
     * QuickBooks holds every field of the conflict as LedgerBridge does again (the edit was undone there; a payment
     * taken back never is): the conflict has nothing left to decide. It is closed as dismissed, by QuickBooks, and
     * the pushes that waited for it go on.
     */
    private void undone(TenantId tenant, ConflictStore.Stored open) {
        if (decisions.close(open, ConflictResolution.DISMISS, UNDONE_BY, clock.instant(), SyncTrigger.EVENT)) {
            LOG.info("The conflict of {} closed itself: QuickBooks holds LedgerBridge's values again", open.record());
        }
    }

    /**
     * A merge moves an invoice (and a job) to the surviving customer: once the link followed, that is the customer the
     * host bills now, not an edit.
     */
    private Map<String, String> billTo(TenantId tenant, String hostInvoiceId) {
        return records.invoice(tenant, hostInvoiceId).flatMap(invoice -> {
            Optional<String> project = invoice.hostProjectId() == null ? Optional.empty()
                    : current(tenant, RecordRef.of(RecordType.PROJECT, invoice.hostProjectId()));
            return project.or(() -> current(tenant, RecordRef.of(RecordType.CUSTOMER, invoice.hostCustomerId())));
        }).map(id -> Map.of("CustomerRef", id)).orElse(Map.of());
    }

    /**
     * {@code qboId} was merged away into {@code mergedIntoId}. Intuit's notification names the survivor as the entity
     * and the merged-away one as {@code deletedId}; a transport that passed them the other way round is recognised by
     * which of the two QuickBooks still has.
     */
    private void merged(RemoteChange change, List<RecordType> types) {
        TenantId tenant = change.tenant();
        String gone = change.qboId();
        String survivor = change.mergedIntoId();
        Optional<RecordLink> found = link(change, types, gone);
        if (found.isEmpty() && survivor != null) {
            Optional<RecordLink> other = link(change, types, survivor).filter(l -> !l.broken());
            if (other.isEmpty()) {
                return;
            }
            Optional<ObjectNode> still = readIfExists(tenant, change.entityName(), survivor);
            if (still.isPresent()) {
                compare(tenant, other.get(), still.get()); // the survivor is linked: the merge may have changed it
                return;
            }
            found = other;
            survivor = gone;
        }
        if (found.isEmpty() || found.get().broken()) {
            return;
        }
        RecordLink link = found.get();
        if (survivor == null) {
            broken(link, "was merged into another record");
            return;
        }
        // Never a silent overwrite of the survivor: the link waits for an administrator to follow the survivor (no
        // push) or re-create the record; the merge is told as a merge, naming the survivor as QuickBooks shows it.
        String name = readIfExists(tenant, change.entityName(), survivor).map(s -> s.path("DisplayName").asText())
                .filter(n -> !n.isBlank()).orElse(change.entityName().toLowerCase(Locale.ROOT) + " " + survivor);
        Optional<RecordLink> taken = link(change, types, survivor);
        String what = "The QuickBooks " + entity(ref(link)) + " " + link.qboId() + " was merged into " + name
                + " in QuickBooks" + taken.map(t -> ", which host " + t.recordType().toLowerCase(Locale.ROOT) + " "
                        + t.hostRecordId() + " is linked to").orElse("");
        links.markMerged(tenant, ref(link), survivor, what);
        LOG.info("{}: the link of {} waits for an administrator", what, ref(link));
    }

    /**
     * The QuickBooks record a host customer or project stands for now: its link's, or the survivor its copy was merged
     * into (QuickBooks moved the invoices and jobs there, so that is not an edit to review).
     */
    private Optional<String> current(TenantId tenant, RecordRef ref) {
        return links.find(tenant, ref).map(l -> l.mergedIntoQboId() != null ? l.mergedIntoQboId()
                : l.broken() ? null : l.qboId());
    }

    /** @return the entity the change carries, else as QuickBooks holds it now; empty when it no longer exists */
    private Optional<ObjectNode> carried(RemoteChange change) {
        return change.entity() != null ? Optional.of(json.valueToTree(change.entity()))
                : readIfExists(change.tenant(), change.entityName(), change.qboId());
    }

    private Optional<ObjectNode> readIfExists(TenantId tenant, String entity, String id) {
        try {
            return Optional.of(qbo.read(tenant, entity, id));
        } catch (QboFault f) {
            if (f.kind() == QboFault.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw f;
        }
    }

    private void payment(RemoteChange change) {
        if (change.operation() == RemoteChange.Operation.DELETE
                || change.entity() != null && change.entity().isDeleted()) {
            // Gone, it names no invoice (nor does a voided one: its lines are emptied). Its invoices report their own
            // change, as their balance moves; that change finds it taken back (InvoicePayments).
            return;
        }
        Optional<ObjectNode> payment = carried(change);
        for (String invoiceId : payment.map(InvoicePayments::invoicesOf).orElse(java.util.Set.of())) {
            Optional<RecordLink> invoice = links.findByQboId(change.tenant(), change.realmId(), RecordType.INVOICE,
                    invoiceId);
            if (invoice.isPresent() && !invoice.get().broken()) {
                readIfExists(change.tenant(), "Invoice", invoiceId).ifPresentOrElse(
                        current -> compare(change.tenant(), invoice.get(), current),
                        () -> broken(invoice.get(), "was deleted"));
            }
        }
    }

    /** @return the link to {@code qboId} in the company the change came from (ids collide between companies) */
    private Optional<RecordLink> link(RemoteChange change, List<RecordType> types, String qboId) {
        for (RecordType type : types) {
            Optional<RecordLink> link = links.findByQboId(change.tenant(), change.realmId(), type, qboId);
            if (link.isPresent()) {
                return link;
            }
        }
        return Optional.empty();
    }

    private static String entity(RecordRef ref) {
        return ref.type() == RecordType.EXPENSE ? "purchase"
                : ref.type() == RecordType.PROJECT ? "sub-customer" : ref.type().name().toLowerCase(Locale.ROOT);
    }

    private void broken(RecordLink link, String what) {
        RecordRef ref = ref(link);
        String entity = entity(ref);
        links.markBroken(TenantId.of(link.tenantId()), ref, "The QuickBooks " + entity + " " + link.qboId() + " "
                + what + ", so the sync link is broken");
        LOG.info("The link of {} is broken: QuickBooks {} {} {}", ref, entity, link.qboId(), what);
    }

    private static RecordRef ref(RecordLink link) {
        return RecordRef.of(RecordType.valueOf(link.recordType()), link.hostRecordId());
    }
}
