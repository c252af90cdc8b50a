package io.ledgerbridge.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.Money;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostEventsTest {
    private static final TenantId ACME = TenantId.of("acme");

    @Test
    void invoicePaidEventSurvivesTheEventAdminWireForm() {
        HostPayment payment = new HostPayment("pay-1", "inv-7", Money.of("120.50", "USD"), LocalDate.of(2026, 3, 2),
                "cheque", "#1044");
        HostEvent sent = HostEvent.invoicePaid(ACME, payment);

        Map<String, Object> properties = HostEvents.toProperties(sent);
        HostEvent received = HostEvents.fromProperties(HostTopics.INVOICE_PAID, properties);

        assertThat(received).isEqualTo(sent);
        assertThat(received.payment()).contains(payment);
    }

    @Test
    void plainEventKeepsItsIdentityAndKind() {
        HostEvent sent = HostEvent.of(ACME, HostEventKind.CUSTOMER_CHANGED, "cust-1");

        HostEvent received = HostEvents.fromProperties(sent.kind().topic(), HostEvents.toProperties(sent));

        assertThat(received.kind()).isEqualTo(HostEventKind.CUSTOMER_CHANGED);
        assertThat(received.recordType()).isEqualTo(RecordType.CUSTOMER);
        assertThat(received.eventId()).isEqualTo(sent.eventId());
        assertThat(received.occurredAt()).isEqualTo(sent.occurredAt());
    }

    @Test
    void missingPropertyIsNamedWithItsRemedy() {
        Map<String, Object> properties = HostEvents.toProperties(HostEvent.of(ACME, HostEventKind.INVOICE_CHANGED, "i"));
        properties.remove(HostTopics.PROP_TENANT);

        assertThatThrownBy(() -> HostEvents.fromProperties(HostTopics.INVOICE_CHANGED, properties))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(HostTopics.PROP_TENANT)
                .satisfies(e -> assertThat(((InvalidInputException) e).remedy()).contains("set " + HostTopics.PROP_TENANT));
    }

    @Test
    void unknownTopicIsRefused() {
        assertThatThrownBy(() -> HostEvents.fromProperties("io/ledgerbridge/host/unicorn/CHANGED", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a LedgerBridge host topic");
    }

    @Test
    void paidEventWithoutPaymentIsRefused() {
        assertThatThrownBy(() -> new HostEvent("e", ACME, HostEventKind.INVOICE_PAID, "inv-1",
                java.time.Instant.now(), java.util.Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("payment");
    }
}
