package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.Mapped;
import io.ledgerbridge.qbo.mapping.TransactionMapper;
import io.ledgerbridge.qbo.store.LinkStore;
import java.util.Optional;

/**
 * Pushes one payment as a QuickBooks Payment applied to its invoice (LinkedTxn) for the amount paid. Partial payments
 * add up: each is its own Payment. A payment already linked is left as it is.
 */
final class PaymentPusher {
    private final LinkStore links;
    private final EntityWriter writer;

    PaymentPusher(LinkStore links, EntityWriter writer) {
        this.links = links;
        this.writer = writer;
    }

    Written push(Pass pass, HostPayment payment, String customerQboId, String invoiceQboId) {
        return step(pass, payment, customerQboId, invoiceQboId).now();
    }

    Step step(Pass pass, HostPayment payment, String customerQboId, String invoiceQboId) {
        RecordRef ref = RecordRef.of(RecordType.PAYMENT, payment.hostPaymentId());
        Optional<String> linked = links.qboId(pass.tenant, ref);
        if (linked.isPresent()) {
            return Step.done(new Written(io.ledgerbridge.qbo.store.SyncRuns.Outcome.SKIPPED, linked.get(), null,
                    "Already in QuickBooks", null));
        }
        Mapped mapped = TransactionMapper.payment(payment, customerQboId, invoiceQboId, pass.tables);
        return writer.step(pass, ref, mapped, null, null, false);
    }
}
