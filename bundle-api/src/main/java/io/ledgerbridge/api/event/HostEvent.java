package io.ledgerbridge.api.event;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostPayment;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A change in the host: identity and kind only. The connector reads the record's current state through
 * {@link io.ledgerbridge.api.host.HostRecords} when it processes the event, so a burst of changes to one record
 * becomes one push. Created by the host; an OSGi host posts it on EventAdmin (see {@link HostEvents}), a host
 * without OSGi hands it to {@link io.ledgerbridge.api.AccountingConnector#accept}.
 *
 * @param eventId the host's unique id of this event
 * @param tenant the tenant
 * @param kind what happened
 * @param recordId the host's id of the record (for {@link HostEventKind#INVOICE_PAID}, the invoice)
 * @param occurredAt when it happened, to the millisecond
 * @param payment the payment, present exactly for {@link HostEventKind#INVOICE_PAID}
 */
public record HostEvent(String eventId, TenantId tenant, HostEventKind kind, String recordId, Instant occurredAt,
        Optional<HostPayment> payment) {
    public HostEvent {
        Checks.requiredText(eventId, "eventId");
        Checks.required(tenant, "tenant");
        Checks.required(kind, "kind");
        Checks.requiredText(recordId, "recordId");
        // The EventAdmin wire form carries epoch milliseconds; keeping the same precision here makes an event equal
        // to itself after the round trip.
        occurredAt = Checks.required(occurredAt, "occurredAt").truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        payment = payment == null ? Optional.empty() : payment;
        if (kind == HostEventKind.INVOICE_PAID && payment.isEmpty()) {
            throw new InvalidInputException("payment", "an invoice-paid event must carry the payment",
                    "pass the payment received with the event");
        }
        if (kind != HostEventKind.INVOICE_PAID && payment.isPresent()) {
            throw new InvalidInputException("payment", "only an invoice-paid event carries a payment",
                    "leave the payment empty for " + kind);
        }
        if (payment.isPresent() && !payment.get().hostInvoiceId().equals(recordId)) {
            throw new InvalidInputException("payment.hostInvoiceId",
                    "the payment is for invoice " + payment.get().hostInvoiceId() + ", not " + recordId,
                    "publish the event for the invoice the payment was made against");
        }
    }

    /**
     * @param tenant the tenant
     * @param kind what happened (not {@link HostEventKind#INVOICE_PAID})
     * @param recordId the record's id
     * @return a new event with a random id, happening now
     */
    public static HostEvent of(TenantId tenant, HostEventKind kind, String recordId) {
        return new HostEvent(UUID.randomUUID().toString(), tenant, kind, recordId, Instant.now(), Optional.empty());
    }

    /**
     * @param tenant the tenant
     * @param payment the payment received
     * @return a new invoice-paid event with a random id, happening now
     */
    public static HostEvent invoicePaid(TenantId tenant, HostPayment payment) {
        return new HostEvent(UUID.randomUUID().toString(), tenant, HostEventKind.INVOICE_PAID,
                payment.hostInvoiceId(), Instant.now(), Optional.of(payment));
    }

    /** @return the type of the record the event is about */
    public RecordType recordType() {
        return kind.recordType();
    }
}
