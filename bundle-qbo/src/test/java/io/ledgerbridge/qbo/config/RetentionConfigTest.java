package io.ledgerbridge.qbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionConfigTest {

    @Test
    void ninetyDaysUnlessConfiguredAndZeroKeepsEverything() {
        assertThat(ConnectorConfig.fromMap(Map.of()).retention()).isEqualTo(Duration.ofDays(90));
        assertThat(ConnectorConfig.fromMap(Map.of("retention.days", "30")).retention()).isEqualTo(Duration.ofDays(30));
        assertThat(ConnectorConfig.fromMap(Map.of("retention.days", "0")).retention()).isZero();
    }

    @Test
    void lessThanAWeekIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> ConnectorConfig.fromMap(Map.of("retention.days", "3")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("retention.days"))
                .hasMessageContaining("0 (keep for ever) or between 7 and 36500");
    }

    @Test
    void theMetatypeFormDescribesItWithTheSameDefault() throws Exception {
        // bnd writes the form's description from QboConnectorConfiguration when the classes are built
        try (InputStream xml = getClass().getResourceAsStream(
                "/OSGI-INF/metatype/io.ledgerbridge.qbo.config.QboConnectorConfiguration.xml")) {
            assertThat(xml).as("the generated metatype").isNotNull();
            assertThat(new String(xml.readAllBytes(), StandardCharsets.UTF_8))
                    .containsPattern("<AD id=\"retention.days\" type=\"Integer\" name=\"Retention \\(days\\)\" "
                            + "description=\"[^\"]*0 keeps everything for ever[^\"]*\" default=\"90\"/>");
        }
    }
}
