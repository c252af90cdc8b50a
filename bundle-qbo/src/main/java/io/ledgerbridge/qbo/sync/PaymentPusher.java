package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.Mapped;
import io.ledgerbridge.qbo.mapping.TransactionMapper;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.RecordLink;
import java.util.Optional;

/**
 * Pushes one payment as a QuickBooks Payment applied to its invoice (LinkedTxn) for the amount paid. Partial payments
 * add up: each is its own Payment. A payment already linked is left as it is, and so is one whose link is broken (its
 * QuickBooks payment was taken back there and an administrator removed it from the host or dismissed the
 * difference).
 */
final class PaymentPusher {
    private final LinkStore links;
    private final EntityWriter writer;

    PaymentPusher(LinkStore links, EntityWriter writer) {
        this.links = links;
        this.writer = writer;
    }

    /**
     * @param tenant the tenant
     * @param payment a host payment
     * @return whether it still has to go to QuickBooks: never pushed, or to be recorded there again; a payment
     *         QuickBooks took back whose conflict an administrator dismissed (its link broken) is not sent again
     */
    boolean unsent(io.ledgerbridge.api.TenantId tenant, RecordRef payment) {
        return links.find(tenant, payment).map(l -> !l.broken() && l.qboId() == null).orElse(true);
    }

    Written push(Pass pass, HostPayment payment, String customerQboId, String invoiceQboId) {
        return step(pass, payment, customerQboId, invoiceQboId).now();
    }

    Step step(Pass pass, HostPayment payment, String customerQboId, String invoiceQboId) {
        RecordRef ref = RecordRef.of(RecordType.PAYMENT, payment.hostPaymentId());
        Optional<RecordLink> link = links.find(pass.tenant, ref);
        if (link.isPresent() && link.get().broken()) {
            return Step.done(Written.skipped(link.get().brokenReason() != null ? link.get().brokenReason()
                    : "Taken back in QuickBooks: not recorded there again"));
        }
        Optional<String> linked = link.map(RecordLink::qboId);
        if (linked.isPresent()) {
            return Step.done(new Written(io.ledgerbridge.qbo.store.SyncRuns.Outcome.SKIPPED, linked.get(), null,
                    "Already in QuickBooks", null));
        }
        Mapped mapped = TransactionMapper.payment(payment, customerQboId, invoiceQboId, pass.tables);
        return writer.step(pass, ref, mapped, null, null, false);
    }
}
