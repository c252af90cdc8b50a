package io.ledgerbridge.qbo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void passwordsInQueryStringsAndH2SettingsAreMasked() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://db:5432/lb?user=lb&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/lb?user=lb&password=***&ssl=true");
        assertThat(JdbcUrls.masked("jdbc:postgresql://db/lb?PASSWORD=s3cr3t"))
                .isEqualTo("jdbc:postgresql://db/lb?PASSWORD=***");
        assertThat(JdbcUrls.masked("jdbc:h2:tcp://db/lb;USER=sa;PASSWORD=s3cr3t;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:tcp://db/lb;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(JdbcUrls.masked("jdbc:postgresql://db/lb?pwd=s3cr3t")).isEqualTo("jdbc:postgresql://db/lb?pwd=***");
    }

    @Test
    void userInformationInTheAuthorityIsMasked() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://lb:s3cr3t@db:5432/lb"))
                .isEqualTo("jdbc:postgresql://lb:***@db:5432/lb");
    }

    @Test
    void urlsWithoutPasswordsAreUnchanged() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://db:5432/lb?user=lb")).isEqualTo("jdbc:postgresql://db:5432/lb?user=lb");
        assertThat(JdbcUrls.masked("jdbc:h2:file:/var/lb/db;MODE=PostgreSQL")).isEqualTo("jdbc:h2:file:/var/lb/db;MODE=PostgreSQL");
        assertThat(JdbcUrls.masked(null)).isNull();
    }

    @Test
    void theConfigurationNeverPrintsAPasswordFromItsUrl() {
        ConnectorConfig config = ConnectorConfig.fromMap(Map.of("jdbc.url",
                "jdbc:postgresql://lb:userinfo-secret@db/lb?password=query-secret"));
        assertThat(config.toString()).doesNotContain("userinfo-secret").doesNotContain("query-secret")
                .contains("jdbcUrl=jdbc:postgresql://lb:***@db/lb?password=***");
    }
}
