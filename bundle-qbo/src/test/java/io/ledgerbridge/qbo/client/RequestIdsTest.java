package io.ledgerbridge.qbo.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void theSamePartsGiveTheSameShortId() {
        String id = RequestIds.derive("create", "invoice", "INV-9001", "3");

        assertThat(id).hasSize(32).matches("[0-9a-f]+").isEqualTo(RequestIds.derive("create", "invoice", "INV-9001", "3"));
        assertThat(id.length()).isLessThanOrEqualTo(QboClient.MAX_BATCH_REQUEST_ID);
    }

    @Test
    void differentPartsGiveDifferentIds() {
        assertThat(RequestIds.derive("ab", "c")).isNotEqualTo(RequestIds.derive("a", "bc"));
        assertThat(RequestIds.derive("create", "invoice", "INV-9001", "3"))
                .isNotEqualTo(RequestIds.derive("create", "invoice", "INV-9001", "4"));
    }
}
