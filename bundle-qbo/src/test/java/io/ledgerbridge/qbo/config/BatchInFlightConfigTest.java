package io.ledgerbridge.qbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchInFlightConfigTest {

    @Test
    void fourBatchCallsInFlightUnlessConfigured() {
        assertThat(ConnectorConfig.fromMap(Map.of()).batchInFlight()).isEqualTo(4);
        assertThat(ConnectorConfig.fromMap(Map.of("batch.in.flight", "10")).batchInFlight()).isEqualTo(10);
    }

    @Test
    void moreBatchCallsThanTheThrottleLetsRunAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> ConnectorConfig.fromMap(Map.of("batch.in.flight", "6", "throttle.in.flight", "5")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("batch.in.flight"))
                .hasMessageContaining("throttle.in.flight (5)");
        assertThatThrownBy(() -> ConnectorConfig.fromMap(Map.of("batch.in.flight", "0")))
                .isInstanceOf(InvalidInputException.class);
    }
}
