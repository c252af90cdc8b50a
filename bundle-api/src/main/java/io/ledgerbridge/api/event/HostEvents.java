package io.ledgerbridge.api.event;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts {@link HostEvent}s to and from EventAdmin event properties, so publisher and subscriber agree on one
 * wire form without either depending on the EventAdmin API. Used by OSGi hosts and by the connector's handler.
 */
public final class HostEvents {
    private HostEvents() {
    }

    /**
     * @param event the event
     * @return its properties, for {@code new org.osgi.service.event.Event(event.kind().topic(), properties)}
     */
    public static Map<String, Object> toProperties(HostEvent event) {
        Map<String, Object> p = new HashMap<>();
        p.put(HostTopics.PROP_TENANT, event.tenant().value());
        p.put(HostTopics.PROP_RECORD_ID, event.recordId());
        p.put(HostTopics.PROP_EVENT_ID, event.eventId());
        p.put(HostTopics.PROP_TIMESTAMP, event.occurredAt().toEpochMilli());
        event.payment().ifPresent(payment -> {
            p.put(HostTopics.PROP_PAYMENT_ID, payment.hostPaymentId());
            p.put(HostTopics.PROP_PAYMENT_AMOUNT, payment.amount().amount().toPlainString());
            p.put(HostTopics.PROP_PAYMENT_CURRENCY, payment.amount().currency().getCurrencyCode());
            p.put(HostTopics.PROP_PAYMENT_DATE, payment.paidOn().toString());
            if (payment.method() != null) {
                p.put(HostTopics.PROP_PAYMENT_METHOD, payment.method());
            }
            if (payment.reference() != null) {
                p.put(HostTopics.PROP_PAYMENT_REFERENCE, payment.reference());
            }
        });
        return p;
    }

    /**
     * @param topic the EventAdmin topic the event arrived on
     * @param properties its properties
     * @return the typed event
     * @throws InvalidInputException naming the property that is missing or malformed
     */
    public static HostEvent fromProperties(String topic, Map<String, ?> properties) {
        HostEventKind kind = HostEventKind.ofTopic(topic);
        String recordId = text(properties, HostTopics.PROP_RECORD_ID);
        Optional<HostPayment> payment = Optional.empty();
        if (kind == HostEventKind.INVOICE_PAID) {
            payment = Optional.of(new HostPayment(text(properties, HostTopics.PROP_PAYMENT_ID), recordId,
                    Money.of(text(properties, HostTopics.PROP_PAYMENT_AMOUNT),
                            text(properties, HostTopics.PROP_PAYMENT_CURRENCY)),
                    date(properties, HostTopics.PROP_PAYMENT_DATE),
                    optionalText(properties, HostTopics.PROP_PAYMENT_METHOD),
                    optionalText(properties, HostTopics.PROP_PAYMENT_REFERENCE)));
        }
        return new HostEvent(text(properties, HostTopics.PROP_EVENT_ID),
                TenantId.of(text(properties, HostTopics.PROP_TENANT)), kind, recordId, timestamp(properties), payment);
    }

    private static String text(Map<String, ?> properties, String key) {
        String value = optionalText(properties, key);
        if (value == null) {
            throw new InvalidInputException(key, "is missing from the event", "set " + key + " when publishing");
        }
        return value;
    }

    private static String optionalText(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new InvalidInputException(key, "must be a String, not " + value.getClass().getSimpleName(),
                    "publish " + key + " as a String");
        }
        return s.isBlank() ? null : s;
    }

    private static Instant timestamp(Map<String, ?> properties) {
        Object value = properties.get(HostTopics.PROP_TIMESTAMP);
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        throw new InvalidInputException(HostTopics.PROP_TIMESTAMP, "must be epoch milliseconds as a Long",
                "publish " + HostTopics.PROP_TIMESTAMP + " as a Long");
    }

    private static LocalDate date(Map<String, ?> properties, String key) {
        String value = text(properties, key);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key, "'" + value + "' is not a date", "publish the date as yyyy-MM-dd");
        }
    }
}
