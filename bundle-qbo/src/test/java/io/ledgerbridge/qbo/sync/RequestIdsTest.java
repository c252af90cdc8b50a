package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.client.QboClient;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final RecordRef INVOICE = RecordRef.of(RecordType.INVOICE, "INV-9001");

    @Test
    void theSamePartsGiveTheSameShortId() {
        String id = RequestIds.of(ACME, INVOICE, "row7.1", "update", "3");

        assertThat(id).hasSize(32).matches("[0-9a-f]+").isEqualTo(RequestIds.of(ACME, INVOICE, "row7.1", "update", "3"));
        assertThat(id.length()).isLessThanOrEqualTo(QboClient.MAX_BATCH_REQUEST_ID);
    }

    @Test
    void keepsTheIdsSentBeforeTheDerivationMovedHere() {
        // computed by the former client.RequestIds.derive("acme", "INVOICE", "INV-9001", "row7.1", "update", "3"):
        // a retry after an upgrade must send the id its first attempt sent, or QuickBooks writes twice
        assertThat(RequestIds.of(ACME, INVOICE, "row7.1", "update", "3")).isEqualTo("c706a30e9d6a3bfe90bd052f2a9a5d2f");
    }

    @Test
    void differentPartsGiveDifferentIds() {
        assertThat(RequestIds.of(ACME, INVOICE, "ab", "c")).isNotEqualTo(RequestIds.of(ACME, INVOICE, "a", "bc"));
        assertThat(RequestIds.of(ACME, INVOICE, "row7.1", "update", "3"))
                .isNotEqualTo(RequestIds.of(ACME, INVOICE, "row7.1", "update", "4"));
    }
}
