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
import io.ledgerbridge.qbo.mapping.OwnedFields;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.RecordLink;
import io.ledgerbridge.qbo.sync.QboGateway;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings QuickBooks' payments of a linked invoice to the host, automatically and without a conflict (product docs:
 * the one auto-applied change): each payment LedgerBridge did not push is recorded once
 * ({@code HostLedger.recordPayment}, host id {@value #PAYMENT_PREFIX} + QuickBooks' id, then remembered as a link),
 * partial ones too; an invoice QuickBooks shows fully paid (Balance 0 with payments, not voided) is marked PAID.
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
    private final Clock clock;

    InvoicePayments(QboGateway qbo, LinkStore links, HostRecords records, HostLedger ledger, Clock clock) {
        this.qbo = qbo;
        this.links = links;
        this.records = records;
        this.ledger = ledger;
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
    }

    /** @return the payment's date when it was recorded now, else {@code null} (ours, or recorded before) */
    private LocalDate record(TenantId tenant, RecordLink invoiceLink, HostInvoice host, String paymentId,
            String invoiceQboId) {
        if (links.isLinked(tenant, RecordType.PAYMENT, paymentId)) {
            return null; // pushed by LedgerBridge, or already brought to the host
        }
        ObjectNode payment = qbo.read(tenant, "Payment", paymentId);
        BigDecimal amount = BigDecimal.ZERO;
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode linked : line.path("LinkedTxn")) {
                if ("Invoice".equals(linked.path("TxnType").asText())
                        && invoiceQboId.equals(linked.path("TxnId").asText())) {
                    amount = amount.add(line.path("Amount").decimalValue());
                }
            }
        }
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
