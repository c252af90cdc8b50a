package io.ledgerbridge.qbo.inbound.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.conflict.ConflictDetector;
import io.ledgerbridge.qbo.conflict.TakenBackPayment;
import io.ledgerbridge.qbo.mapping.OwnedFields;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.RecordLink;
import io.ledgerbridge.qbo.sync.QboFault;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings QuickBooks' payments of a linked invoice to the host, automatically and without a conflict (product docs:
 * the one auto-applied change): each payment LedgerBridge did not push is recorded once
 * ({@code HostLedger.recordPayment}, host id {@value #PAYMENT_PREFIX} + QuickBooks' id, then remembered as a link),
 * partial ones too; an invoice QuickBooks shows fully paid (Balance 0 with payments, not voided) is marked PAID.
 * The way back is not automatic: a host payment linked to a QuickBooks payment that QuickBooks no longer applies to
 * the invoice (voided, deleted, or its lines moved) goes into the invoice's conflict for an administrator.
 */
final class InvoicePayments {
    /** The prefix of the host id of a payment brought from QuickBooks: the same payment always gets the same id. */
    static final String PAYMENT_PREFIX = "qbo-payment-";
    /** Host states "fully paid" leaves alone: already paid, or closed another way. */
    private static final Set<InvoiceStatus> CLOSED = EnumSet.of(InvoiceStatus.PAID, InvoiceStatus.VOIDED,
            InvoiceStatus.WRITTEN_OFF);

    private final QboGateway qbo;
    private final LinkStore links;
    private final HostRecords records;
    private final HostLedger ledger;
    private final ConflictDetector conflicts;
    private final Clock clock;

    InvoicePayments(QboGateway qbo, LinkStore links, HostRecords records, HostLedger ledger,
            ConflictDetector conflicts, Clock clock) {
        this.qbo = qbo;
        this.links = links;
        this.records = records;
        this.ledger = ledger;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @param link the invoice's link
     * @param invoice QuickBooks' invoice as it is now
     */
    void apply(TenantId tenant, RecordLink link, ObjectNode invoice) {
        HostInvoice host = records.invoice(tenant, link.hostRecordId()).orElse(null);
        if (host == null || OwnedFields.isVoided(invoice)) {
            return; // a void is a conflict, never a payment
        }
        List<String> paymentIds = new ArrayList<>();
        for (JsonNode linked : invoice.path("LinkedTxn")) {
            if ("Payment".equals(linked.path("TxnType").asText())) {
                paymentIds.add(linked.path("TxnId").asText());
            }
        }
        LocalDate lastPaid = null;
        for (String paymentId : paymentIds) {
            LocalDate paidOn = record(tenant, link, host, paymentId, invoice.path("Id").asText());
            if (paidOn != null && (lastPaid == null || paidOn.isAfter(lastPaid))) {
                lastPaid = paidOn;
            }
        }
        boolean fullyPaid = !paymentIds.isEmpty() && invoice.path("Balance").decimalValue().signum() == 0
                && invoice.path("TotalAmt").decimalValue().signum() > 0;
        if (fullyPaid && !CLOSED.contains(host.status())) {
            ledger.markPaid(tenant, host.hostInvoiceId(), lastPaid != null ? lastPaid
                    : LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        }
        List<TakenBackPayment> takenBack = takenBack(tenant, host, invoice, Set.copyOf(paymentIds));
        if (!takenBack.isEmpty()) {
            conflicts.takenBack(link, invoice, takenBack);
        }
    }

    /**
     * The host's linked payments QuickBooks no longer applies to the invoice. Costs no call unless QuickBooks shows
     * less paid (TotalAmt − Balance) than the host's linked payments add up to, or no longer lists one of them; then
     * the unlisted ones are read, and the listed ones only while the shortfall is not explained.
     *
     * @param listed the payments the invoice lists (LinkedTxn)
     */
    private List<TakenBackPayment> takenBack(TenantId tenant, HostInvoice host, ObjectNode invoice,
            Set<String> listed) {
        Set<String> raised = conflicts.open(tenant, RecordRef.of(RecordType.INVOICE, host.hostInvoiceId()))
                .map(c -> c.remoteValues().keySet()).orElse(Set.of());
        List<Linked> unlisted = new ArrayList<>();
        List<Linked> stillListed = new ArrayList<>();
        BigDecimal hostPaid = BigDecimal.ZERO;
        for (HostPayment p : records.payments(tenant, host.hostInvoiceId())) {
            Optional<RecordLink> link = links.find(tenant, RecordRef.of(RecordType.PAYMENT, p.hostPaymentId()))
                    .filter(l -> !l.broken() && l.qboId() != null);
            // One already in the open conflict waits for its decision: neither counted nor read again.
            if (link.isPresent() && !raised.contains(OwnedFields.payment(p.hostPaymentId()))) {
                hostPaid = hostPaid.add(p.amount().amount());
                (listed.contains(link.get().qboId()) ? stillListed : unlisted).add(new Linked(p, link.get().qboId()));
            }
        }
        BigDecimal shortfall = hostPaid.subtract(invoice.path("TotalAmt").decimalValue()
                .subtract(invoice.path("Balance").decimalValue()));
        if (unlisted.isEmpty() && shortfall.signum() <= 0) {
            return List.of();
        }
        List<TakenBackPayment> out = new ArrayList<>();
        String invoiceQboId = invoice.path("Id").asText();
        for (Linked p : unlisted) {
            gone(tenant, p, invoiceQboId).ifPresent(out::add);
        }
        for (TakenBackPayment p : out) {
            shortfall = shortfall.subtract(new BigDecimal(p.amount()));
        }
        for (int i = 0; i < stillListed.size() && shortfall.signum() > 0; i++) {
            Optional<TakenBackPayment> gone = gone(tenant, stillListed.get(i), invoiceQboId);
            if (gone.isPresent()) {
                out.add(gone.get());
                shortfall = shortfall.subtract(stillListed.get(i).payment().amount().amount());
            }
        }
        return out;
    }

    /** @return the payment as taken back, when QuickBooks no longer applies it to the invoice */
    private Optional<TakenBackPayment> gone(TenantId tenant, Linked p, String invoiceQboId) {
        TakenBackPayment.How how;
        try {
            ObjectNode payment = qbo.read(tenant, "Payment", p.qboPaymentId());
            if (applied(payment, invoiceQboId).signum() > 0) {
                return Optional.empty();
            }
            how = OwnedFields.isVoided(payment) ? TakenBackPayment.How.VOIDED : TakenBackPayment.How.UNAPPLIED;
        } catch (QboFault f) {
            if (f.kind() != QboFault.Kind.NOT_FOUND) {
                throw f;
            }
            how = TakenBackPayment.How.DELETED;
        }
        HostPayment h = p.payment();
        return Optional.of(new TakenBackPayment(h.hostPaymentId(), h.amount().amount().toPlainString(),
                h.paidOn().toString(), p.qboPaymentId(), how));
    }

    /** A host payment and the QuickBooks payment its link names. */
    private record Linked(HostPayment payment, String qboPaymentId) {
    }

    /** @return what a QuickBooks payment applies to one invoice */
    private static BigDecimal applied(JsonNode payment, String invoiceQboId) {
        BigDecimal amount = BigDecimal.ZERO;
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode linked : line.path("LinkedTxn")) {
                if ("Invoice".equals(linked.path("TxnType").asText())
                        && invoiceQboId.equals(linked.path("TxnId").asText())) {
                    amount = amount.add(line.path("Amount").decimalValue());
                }
            }
        }
        return amount;
    }

    /** @return the payment's date when it was recorded now, else {@code null} (ours, or recorded before) */
    private LocalDate record(TenantId tenant, RecordLink invoiceLink, HostInvoice host, String paymentId,
            String invoiceQboId) {
        if (links.isLinked(tenant, invoiceLink.qboRealmId(), RecordType.PAYMENT, paymentId)) {
            return null; // pushed by LedgerBridge, or already brought to the host
        }
        ObjectNode payment = qbo.read(tenant, "Payment", paymentId);
        BigDecimal amount = applied(payment, invoiceQboId);
        if (amount.signum() <= 0) {
            return null; // voided, or a zero payment applying a credit
        }
        LocalDate paidOn = payment.hasNonNull("TxnDate") ? LocalDate.parse(payment.path("TxnDate").asText())
                : LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        String hostPaymentId = PAYMENT_PREFIX + paymentId;
        ledger.recordPayment(tenant, new HostPayment(hostPaymentId, host.hostInvoiceId(),
                new Money(amount.setScale(host.currency().getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP),
                        host.currency()), paidOn, null, payment.path("PaymentRefNum").asText(null)));
        // Remembered only once the host took it: a failure before retries the whole change, the host id keeps it once.
        links.pushed(tenant, RecordRef.of(RecordType.PAYMENT, hostPaymentId), invoiceLink.qboRealmId(), paymentId,
                payment.path("SyncToken").asText(), null, null, clock.instant());
        return paidOn;
    }

    /**
     * @param payment a QuickBooks payment
     * @return the ids of the invoices it pays
     */
    static Set<String> invoicesOf(JsonNode payment) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode linked : line.path("LinkedTxn")) {
                if ("Invoice".equals(linked.path("TxnType").asText())) {
                    ids.add(linked.path("TxnId").asText());
                }
            }
        }
        return ids;
    }
}
