package io.ledgerbridge.qbo.inbound.apply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.conflict.ConflictDetector;
import io.ledgerbridge.qbo.inbound.RemoteChange;
import io.ledgerbridge.qbo.inbound.RemoteChangeHandler;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.Database;
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
 * job). Deleted, or merged into a record another host record already links: the link is broken, with the repair
 * steps. Merged: the link follows to the surviving record. Otherwise the entity (read through the company's client
 * and throttle unless the change carries it) is compared with the snapshot: our own echo is ignored, a host-owned
 * field that moved opens the record's conflict (a void too). Invoices and payments also bring QuickBooks' payments to
 * the host ({@link InvoicePayments}). Handling the same change again changes nothing more.
 */
public final class RemoteChangeApplier implements RemoteChangeHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteChangeApplier.class);
    private static final List<RecordType> CUSTOMERS = List.of(RecordType.CUSTOMER, RecordType.PROJECT);

    private final QboGateway qbo;
    private final LinkStore links;
    private final ConflictDetector conflicts;
    private final HostRecords records;
    private final InvoicePayments payments;
    private final ObjectMapper json;

    /**
     * @param qbo QuickBooks through the company's client and throttle ({@code SyncModule.qbo()})
     * @param database the connector's database (links, snapshots, conflicts)
     * @param records the host's records
     * @param ledger the host's ledger (payments, "fully paid")
     * @param json the QuickBooks client's mapper ({@code QboJson.newObjectMapper()}), to read an entity a change
     *        carries
     * @param clock the clock
     */
    public RemoteChangeApplier(QboGateway qbo, Database database, HostRecords records, HostLedger ledger,
            ObjectMapper json, Clock clock) {
        this.qbo = qbo;
        this.links = new LinkStore(database);
        this.conflicts = new ConflictDetector(links, new ConflictStore(database.dataSource()), clock);
        this.records = records;
        this.payments = new InvoicePayments(qbo, links, records, ledger, clock);
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
        Optional<RecordLink> found = link(change.tenant(), types, change.qboId());
        if (found.isEmpty() || found.get().broken()) {
            return; // not ours (import is another matter), or already known to be gone
        }
        RecordLink link = found.get();
        if (change.operation() == RemoteChange.Operation.DELETE
                || change.entity() != null && change.entity().isDeleted()) {
            broken(link, "was deleted");
            return;
        }
        ObjectNode entity;
        try {
            entity = change.entity() != null ? json.valueToTree(change.entity())
                    : qbo.read(change.tenant(), change.entityName(), change.qboId());
        } catch (QboFault f) {
            if (f.kind() == QboFault.Kind.NOT_FOUND) {
                broken(link, "was deleted");
                return;
            }
            throw f;
        }
        compare(change.tenant(), link, entity);
    }

    private void compare(TenantId tenant, RecordLink link, ObjectNode entity) {
        Map<String, String> expected = Map.of();
        if (RecordType.INVOICE.name().equals(link.recordType())) {
            payments.apply(tenant, link, entity);
            expected = billTo(tenant, link.hostRecordId());
        }
        ConflictDetector.Outcome outcome = conflicts.compare(link, entity, expected);
        LOG.debug("QuickBooks {} {} of {} {}: {}", entity.path("Id").asText(), entity.path("SyncToken").asText(),
                link.recordType(), link.hostRecordId(), outcome);
    }

    /** A merge moves an invoice to the surviving customer: that is the customer the host bills now, not an edit. */
    private Map<String, String> billTo(TenantId tenant, String hostInvoiceId) {
        return records.invoice(tenant, hostInvoiceId).flatMap(invoice -> {
            Optional<String> project = invoice.hostProjectId() == null ? Optional.empty()
                    : links.qboId(tenant, RecordRef.of(RecordType.PROJECT, invoice.hostProjectId()));
            return project.or(() -> links.qboId(tenant, RecordRef.of(RecordType.CUSTOMER, invoice.hostCustomerId())));
        }).map(id -> Map.of("CustomerRef", id)).orElse(Map.of());
    }

    /** {@code qboId} was merged away into {@code mergedIntoId}. */
    private void merged(RemoteChange change, List<RecordType> types) {
        TenantId tenant = change.tenant();
        Optional<RecordLink> found = link(tenant, types, change.qboId());
        if (found.isEmpty()) {
            if (change.mergedIntoId() != null) {
                // The survivor itself may be linked: its fields may have changed in the merge.
                link(tenant, types, change.mergedIntoId()).filter(l -> !l.broken()).ifPresent(l -> compare(tenant, l,
                        qbo.read(tenant, change.entityName(), change.mergedIntoId())));
            }
            return;
        }
        RecordLink link = found.get();
        String survivor = change.mergedIntoId();
        if (survivor == null) {
            broken(link, "was merged into another record");
            return;
        }
        Optional<RecordLink> taken = link(tenant, types, survivor);
        if (taken.isPresent()) {
            broken(link, "was merged into " + survivor + ", which host " + taken.get().recordType().toLowerCase(
                    Locale.ROOT) + " " + taken.get().hostRecordId() + " is linked to");
            return;
        }
        RecordRef ref = ref(link);
        // No SyncToken yet: the survivor's fields are compared with what the host pushed (a conflict if they differ).
        links.repoint(tenant, ref, survivor, null);
        RecordLink moved = links.find(tenant, ref).orElseThrow();
        compare(tenant, moved, qbo.read(tenant, change.entityName(), survivor));
    }

    private void payment(RemoteChange change) {
        if (change.operation() == RemoteChange.Operation.DELETE
                || change.entity() != null && change.entity().isDeleted()) {
            return; // a deleted payment's invoices report their own change (their balance moves)
        }
        ObjectNode payment;
        try {
            payment = change.entity() != null ? json.valueToTree(change.entity())
                    : qbo.read(change.tenant(), "Payment", change.qboId());
        } catch (QboFault f) {
            if (f.kind() == QboFault.Kind.NOT_FOUND) {
                return;
            }
            throw f;
        }
        for (String invoiceId : InvoicePayments.invoicesOf(payment)) {
            Optional<RecordLink> invoice = links.findByQboId(change.tenant(), RecordType.INVOICE, invoiceId);
            if (invoice.isPresent() && !invoice.get().broken()) {
                try {
                    compare(change.tenant(), invoice.get(), qbo.read(change.tenant(), "Invoice", invoiceId));
                } catch (QboFault f) {
                    if (f.kind() != QboFault.Kind.NOT_FOUND) {
                        throw f;
                    }
                    broken(invoice.get(), "was deleted");
                }
            }
        }
    }

    private Optional<RecordLink> link(TenantId tenant, List<RecordType> types, String qboId) {
        for (RecordType type : types) {
            Optional<RecordLink> link = links.findByQboId(tenant, type, qboId);
            if (link.isPresent()) {
                return link;
            }
        }
        return Optional.empty();
    }

    private void broken(RecordLink link, String what) {
        RecordRef ref = ref(link);
        String entity = ref.type() == RecordType.EXPENSE ? "purchase"
                : ref.type() == RecordType.PROJECT ? "sub-customer" : ref.type().name().toLowerCase(Locale.ROOT);
        links.markBroken(TenantId.of(link.tenantId()), ref, "The QuickBooks " + entity + " " + link.qboId() + " "
                + what + ", so the sync link is broken");
        LOG.info("The link of {} is broken: QuickBooks {} {} {}", ref, entity, link.qboId(), what);
    }

    private static RecordRef ref(RecordLink link) {
        return RecordRef.of(RecordType.valueOf(link.recordType()), link.hostRecordId());
    }
}
