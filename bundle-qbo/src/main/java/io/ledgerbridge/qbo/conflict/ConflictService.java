package io.ledgerbridge.qbo.conflict;

import io.ledgerbridge.api.ConflictOperations;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.SyncOperations;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictCounts;
import io.ledgerbridge.api.sync.ConflictPage;
import io.ledgerbridge.api.sync.ConflictQuery;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.mapping.MappingException;
import io.ledgerbridge.qbo.mapping.OwnedFields;
import io.ledgerbridge.qbo.store.ConflictStore;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.OutboxQueue;
import io.ledgerbridge.qbo.store.PaymentPayload;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists conflicts and carries out an administrator's decision, once, with who and when. Keep: the host's values are
 * pushed through the normal outbox (throttle and retries apply) against QuickBooks' SyncToken of the conflict, so the
 * push overwrites exactly the state that was reviewed. Apply: QuickBooks' values go into the host
 * ({@code HostLedger.applyValues}) and become the baseline. Dismiss: QuickBooks' state becomes the baseline and the
 * host is left as it is. A payment QuickBooks took back: keep records it in QuickBooks again (a new payment); apply
 * removes it from the host ({@code payments.<id>}); dismiss leaves both sides; after apply or dismiss its link is
 * broken, with the reason, so it is never raised or sent again. Never calls QuickBooks itself, so it is quick enough
 * for a page request.
 */
public final class ConflictService implements ConflictOperations {
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);
    private final ConflictStore conflicts;
    private final ConflictDecisions decisions;
    private final LinkStore links;
    private final OutboxQueue queue;
    private final SyncOperations sync;
    private final HostRecords records;
    private final HostLedger ledger;
    private final Clock clock;

    /**
     * @param conflicts the conflict store
     * @param decisions claims a decision once and releases the pushes that waited for it
     * @param links the link store (snapshots)
     * @param queue the outbox (a record's push waiting for the decision goes on after it)
     * @param sync re-sync, for keep
     * @param records the host's records (which name a customer's DisplayName comes from)
     * @param ledger the host's ledger, for apply
     * @param clock the clock
     */
    public ConflictService(ConflictStore conflicts, ConflictDecisions decisions, LinkStore links, OutboxQueue queue,
            SyncOperations sync, HostRecords records, HostLedger ledger, Clock clock) {
        this.conflicts = conflicts;
        this.decisions = decisions;
        this.links = links;
        this.queue = queue;
        this.sync = sync;
        this.records = records;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public ConflictPage list(TenantId tenant, ConflictQuery query) {
        return new ConflictPage(conflicts.list(tenant, query.openOnly(), query.recordType(), query.offset(),
                query.limit()).stream().map(ConflictService::toApi).toList(),
                conflicts.count(tenant, query.openOnly(), query.recordType()));
    }

    @Override
    public Optional<Conflict> conflict(TenantId tenant, String conflictId) {
        return conflicts.find(tenant, conflictId).map(ConflictService::toApi);
    }

    @Override
    public ConflictCounts counts(TenantId tenant) {
        return new ConflictCounts(conflicts.openCounts(tenant));
    }

    @Override
    public Conflict resolve(TenantId tenant, String conflictId, ConflictResolution resolution, HostUser by) {
        if (resolution == null) {
            throw new InvalidInputException("resolution", "is required", "choose keep, apply or dismiss");
        }
        if (by == null || !by.administrator() || !by.tenant().equals(tenant)) {
            throw new InvalidInputException("by", "only an administrator of this organisation may resolve conflicts",
                    "sign in as an administrator");
        }
        ConflictStore.Stored c = conflicts.find(tenant, conflictId).orElseThrow(() -> new InvalidInputException(
                "conflictId", "no conflict " + conflictId + " in this organisation",
                "choose a conflict from Settings → Integrations → QuickBooks → Conflicts"));
        if (c.resolution() != null) {
            return repeated(c, resolution);
        }
        // The decision is claimed before anything is done: of two administrators deciding at once, one acts and the
        // other is told who decided what, with nothing of theirs done.
        String who = by.displayName() + " (" + by.userId() + ")";
        if (!decisions.claim(tenant, conflictId, resolution, who, clock.instant())) {
            return repeated(conflicts.find(tenant, conflictId).orElseThrow(), resolution);
        }
        boolean owned;
        try {
            owned = carryOut(tenant, c, resolution);
        } catch (RuntimeException e) {
            decisions.withdraw(tenant, conflictId, resolution, who);
            throw e;
        }
        // A push that waited for the decision goes on; only keep's stays forced (apply and dismiss must not push
        // the old host values over QuickBooks' just because a re-sync was waiting).
        decisions.release(tenant, c.record(), resolution == ConflictResolution.KEEP_HOST && owned ? null
                : SyncTrigger.EVENT);
        return toApi(conflicts.find(tenant, conflictId).orElseThrow());
    }

    /** @return whether the conflict concerns owned fields (not only payments taken back) */
    private boolean carryOut(TenantId tenant, ConflictStore.Stored c, ConflictResolution resolution) {
        List<TakenBackPayment> payments = takenBack(c);
        // Payments taken back are no owned field: the record's baseline and push concern only the others.
        boolean owned = payments.size() < c.remoteValues().size();
        switch (resolution) {
            case KEEP_HOST -> {
                if (owned) {
                    // Queued first: it refuses while sync is off, before anything changed.
                    sync.resync(tenant, c.record());
                    String snapshot = links.find(tenant, c.record()).map(l -> l.remoteSnapshot()).orElse(null);
                    links.accept(tenant, c.record(), c.syncToken(), snapshot);
                }
                payments.forEach(p -> recordAgain(tenant, c, p));
            }
            case APPLY_REMOTE -> {
                ledger.applyValues(tenant, c.record(), hostValues(tenant, c));
                if (owned) {
                    links.accept(tenant, c.record(), c.syncToken(), OwnedFields.toJson(c.remoteSnapshot()));
                }
                payments.forEach(p -> settle(tenant, p, "the host removed it too"));
            }
            case DISMISS -> {
                if (owned) {
                    links.accept(tenant, c.record(), c.syncToken(), OwnedFields.toJson(c.remoteSnapshot()));
                }
                payments.forEach(p -> settle(tenant, p, "the difference was dismissed, so the host keeps it and it "
                        + "is not sent to QuickBooks again"));
            }
            default -> throw new IllegalStateException("unknown resolution " + resolution);
        }
        return owned;
    }

    private static List<TakenBackPayment> takenBack(ConflictStore.Stored c) {
        List<TakenBackPayment> out = new ArrayList<>();
        for (String field : c.remoteValues().keySet()) {
            if (OwnedFields.isPayment(field)) {
                out.add(TakenBackPayment.read(field, c.hostValues().get(field), c.remoteValues().get(field))
                        .orElseThrow(() -> new IllegalStateException("conflict " + c.conflictId() + " holds payment "
                                + field + " in a form LedgerBridge did not write")));
            }
        }
        return out;
    }

    /**
     * Keep: the host still has the payment, so QuickBooks gets it again, as a new payment against the invoice
     * (through the outbox, in the payments' batches).
     */
    private void recordAgain(TenantId tenant, ConflictStore.Stored c, TakenBackPayment p) {
        RecordRef ref = RecordRef.of(RecordType.PAYMENT, p.hostPaymentId());
        Optional<HostPayment> payment = records.payments(tenant, c.record().hostId()).stream()
                .filter(h -> h.hostPaymentId().equals(p.hostPaymentId())).findFirst();
        if (payment.isEmpty()) {
            return; // removed in the host meanwhile: nothing to record
        }
        // Only the payment the conflict names is forgotten: a repeat after it was recorded again creates no second.
        links.recordAgain(tenant, ref, p.qboPaymentId());
        if (links.qboId(tenant, ref).isEmpty()) {
            queue.enqueuePayment(tenant, ref, c.record().hostId(), PaymentPayload.toJson(payment.get()), null);
        }
    }

    /** Apply and dismiss: the payment's link is broken with the reason, so it is never compared or sent again. */
    private void settle(TenantId tenant, TakenBackPayment p, String outcome) {
        RecordRef ref = RecordRef.of(RecordType.PAYMENT, p.hostPaymentId());
        if (links.find(tenant, ref).filter(l -> p.qboPaymentId().equals(l.qboId())).isPresent()) {
            links.markBroken(tenant, ref, "The QuickBooks payment " + p.qboPaymentId() + " was taken back there ("
                    + p.how().remoteValue() + "); " + outcome);
        }
    }

    private Map<String, String> hostValues(TenantId tenant, ConflictStore.Stored c) {
        boolean companyName = c.record().type() == RecordType.CUSTOMER
                && records.customer(tenant, c.record().hostId()).map(h -> h.companyName() != null).orElse(true);
        try {
            return OwnedFields.toHost(c.record().type(), c.remoteValues().keySet(), c.remoteSnapshot(), companyName);
        } catch (MappingException e) {
            throw new InvalidInputException("resolution", e.getMessage(), e.remedy());
        }
    }

    /**
     * Someone decided first: the same decision is answered with the conflict as decided; another one is refused,
     * naming who decided what and when (nothing of the refused decision was done).
     */
    private static Conflict repeated(ConflictStore.Stored c, ConflictResolution asked) {
        if (c.resolution() != asked) {
            throw new InvalidInputException("resolution", "this conflict was already resolved: "
                    + c.resolvedBy() + " chose " + label(c.resolution()) + " at "
                    + WHEN.format(c.resolvedAt()) + "; nothing of your choice was done",
                    "reload the Conflicts page (Settings → Integrations → QuickBooks → Conflicts)");
        }
        return toApi(c);
    }

    private static String label(ConflictResolution resolution) {
        return switch (resolution) {
            case KEEP_HOST -> "keep (the host's values)";
            case APPLY_REMOTE -> "apply (QuickBooks' values)";
            case DISMISS -> "dismiss";
        };
    }

    /** The values as a person reads them (an address as an address, never its JSON); the stored snapshot stays. */
    private static Conflict toApi(ConflictStore.Stored c) {
        return new Conflict(c.conflictId(), c.record(), c.qboId(), readable(c.hostValues()),
                readable(c.remoteValues()), c.detectedAt(), c.resolution(), c.resolvedBy(), c.resolvedAt());
    }

    private static Map<String, String> readable(Map<String, String> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        values.forEach((field, value) -> out.put(field, OwnedFields.isPayment(field) || OwnedFields.VOIDED.equals(
                field) ? value : io.ledgerbridge.qbo.mapping.Readable.value(value)));
        return out;
    }
}
