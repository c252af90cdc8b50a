package io.ledgerbridge.qbo.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.qbo.auth.TokenCipher;
import io.ledgerbridge.qbo.auth.TokenKeys;
import io.ledgerbridge.qbo.store.EmbeddedDatabase;
import io.ledgerbridge.qbo.store.NodeRegistry;
import io.ledgerbridge.qbo.store.SchemaMigrator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nodes sharing one database learn at start when their token keys cannot work together. */
class NodeKeyCheckTest {
    @TempDir
    Path dir;
    private EmbeddedDatabase db;
    private NodeKeyCheck check;

    @BeforeEach
    void setUp() {
        db = EmbeddedDatabase.open(dir.resolve("db"));
        new SchemaMigrator(db.dataSource()).migrate();
        check = new NodeKeyCheck(new NodeRegistry(db.dataSource()));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static TokenCipher fileKey(Path nodeDir) {
        return new TokenCipher(new TokenKeys(new SecureRandom()).fromFile(nodeDir.resolve(TokenKeys.KEY_FILE)),
                new SecureRandom());
    }

    private static TokenCipher secretKey(String secret) {
        return new TokenCipher(new TokenKeys(new SecureRandom()).derive(secret), new SecureRandom());
    }

    @Test
    void aNodeAloneIsNotWarned() {
        assertThat(check.atStart("node-a", false, fileKey(dir.resolve("a")).keyCheck())).isEmpty();
        assertThat(check.atStart("node-a", false, fileKey(dir.resolve("a")).keyCheck())).as("its own restart").isEmpty();
    }

    @Test
    void twoNodesWithTheirOwnKeyFilesAreWarnedThatTheyCannotReadEachOthersTokens() {
        check.atStart("node-a", false, fileKey(dir.resolve("a")).keyCheck());

        List<String> warnings = check.atStart("node-b", false, fileKey(dir.resolve("b")).keyCheck());

        assertThat(warnings).singleElement().asString().contains("node-a").contains("node-b")
                .contains("different token key").contains("Set the same encryption.secret on every node");
    }

    @Test
    void nodesSharingOneKeyFileAreToldToSetASecret() {
        check.atStart("node-a", false, fileKey(dir.resolve("shared")).keyCheck());

        List<String> warnings = check.atStart("node-b", false, fileKey(dir.resolve("shared")).keyCheck());

        assertThat(warnings).singleElement().asString()
                .contains("Several nodes share this database without encryption.secret")
                .contains("node-b, node-a");
    }

    @Test
    void nodesWithTheSameSecretAreFineAndADifferentSecretIsNot() {
        check.atStart("node-a", true, secretKey("one").keyCheck());
        assertThat(check.atStart("node-b", true, secretKey("one").keyCheck())).isEmpty();

        assertThat(check.atStart("node-c", true, secretKey("two").keyCheck())).singleElement().asString()
                .contains("Nodes node-a, node-b share this database with node node-c but use a different token key");
    }

    @Test
    void aNodeNotSeenForDaysNoLongerCounts() throws Exception {
        check.atStart("node-old", false, fileKey(dir.resolve("old")).keyCheck());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE qbo_node SET seen_at = DATEADD('DAY', -3, CURRENT_TIMESTAMP)");
        }

        assertThat(check.atStart("node-new", false, fileKey(dir.resolve("new")).keyCheck())).isEmpty();
    }
}
