package io.ledgerbridge.qbo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class JdbcUrlDataSourceTest {

    @Test
    void anUnsupportedUrlIsRefusedWithoutEchoingItsPassword() {
        assertThatThrownBy(() -> JdbcUrlDataSource.of("jdbc:mysql://db/lb?password=query-secret", null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("query-secret").hasMessageContaining("password=***");
    }
}
