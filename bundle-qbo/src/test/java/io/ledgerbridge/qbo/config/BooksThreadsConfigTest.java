package io.ledgerbridge.qbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code books.threads} and {@code inbound.threads}: the threads running books-match reports, and catching companies
 * up with QuickBooks' changes, for all companies.
 */
class BooksThreadsConfigTest {
    @Test
    void inboundThreadsAreFourUnlessConfiguredAndBoundedNamingTheKey() {
        assertThat(ConnectorConfig.fromMap(Map.of()).inboundThreads()).isEqualTo(4);
        assertThat(ConnectorConfig.fromMap(Map.of("inbound.threads", "6")).inboundThreads()).isEqualTo(6);
        assertThatThrownBy(() -> ConnectorConfig.fromMap(Map.of("inbound.threads", "0")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("inbound.threads"))
                .hasMessageContaining("between 1 and 64");
    }

    @Test
    void fourUnlessConfigured() {
        assertThat(ConnectorConfig.fromMap(Map.of()).booksThreads()).isEqualTo(4);
        assertThat(ConnectorConfig.fromMap(Map.of("books.threads", "8")).booksThreads()).isEqualTo(8);
        assertThat(ConnectorConfig.fromMap(Map.of()).toString()).contains("booksThreads=4");
    }

    @Test
    void noneOrTooManyIsRefusedNamingTheKeyAndTheRemedy() {
        for (String bad : new String[] {"0", "65"}) {
            assertThatThrownBy(() -> ConnectorConfig.fromMap(Map.of("books.threads", bad)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("books.threads");
                        assertThat(e.remedy()).contains("e.g. 4");
                    })
                    .hasMessageContaining("between 1 and 64");
        }
    }

    @Test
    void theMetatypeFormOffersItWithTheSameDefault() throws Exception {
        try (InputStream xml = getClass().getResourceAsStream(
                "/OSGI-INF/metatype/io.ledgerbridge.qbo.config.QboConnectorConfiguration.xml")) {
            assertThat(xml).as("the generated metatype").isNotNull();
            assertThat(new String(xml.readAllBytes(), StandardCharsets.UTF_8))
                    .containsPattern("<AD id=\"books.threads\" type=\"Integer\" name=\"Books-match threads\" "
                            + "description=\"[^\"]*\" default=\"4\"/>");
        }
    }
}
