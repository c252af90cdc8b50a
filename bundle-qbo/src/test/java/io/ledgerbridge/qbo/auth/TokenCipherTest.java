package io.ledgerbridge.qbo.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {
    @TempDir
    Path dir;

    private final TokenKeys keys = new TokenKeys(new SecureRandom());

    @Test
    void roundTripsWithAFreshNonceAndHidesThePlaintext() {
        TokenCipher cipher = new TokenCipher(keys.derive("host secret"), new SecureRandom());
        String a = cipher.encrypt("refresh-token-value", "t1/realm/refresh");
        String b = cipher.encrypt("refresh-token-value", "t1/realm/refresh");

        assertThat(a).startsWith("v1:").doesNotContain("refresh-token-value").isNotEqualTo(b);
        assertThat(cipher.decrypt(a, "t1/realm/refresh")).isEqualTo("refresh-token-value");
        assertThat(cipher.decrypt(b, "t1/realm/refresh")).isEqualTo("refresh-token-value");
    }

    @Test
    void aValueMovedToAnotherRowOrKeyDoesNotDecrypt() {
        TokenCipher cipher = new TokenCipher(keys.derive("host secret"), new SecureRandom());
        String sealed = cipher.encrypt("token", "t1/realm/access");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "t2/realm/access"))
                .isInstanceOf(LedgerBridgeException.class).hasMessageContaining("cannot be decrypted");
        TokenCipher other = new TokenCipher(keys.derive("another secret"), new SecureRandom());
        assertThatThrownBy(() -> other.decrypt(sealed, "t1/realm/access"))
                .isInstanceOf(LedgerBridgeException.class)
                .satisfies(e -> assertThat(((LedgerBridgeException) e).remedy()).contains("encryption.secret"));
    }

    @Test
    void everyNodeDerivesTheSameKeyFromTheSameSecret() {
        TokenCipher node1 = keys.cipherFor(config(Map.of("encryption.secret", "shared secret")));
        TokenCipher node2 = new TokenKeys(new SecureRandom()).cipherFor(config(Map.of("encryption.secret",
                "shared secret")));

        assertThat(node2.decrypt(node1.encrypt("token", "ctx"), "ctx")).isEqualTo("token");
        assertThat(Files.exists(dir.resolve(TokenKeys.KEY_FILE))).isFalse();
    }

    @Test
    void withoutASecretAKeyFileIsCreatedOnceReadableByTheOwnerOnly() throws Exception {
        TokenCipher first = keys.cipherFor(config(Map.of()));
        Path file = dir.resolve(TokenKeys.KEY_FILE);
        String content = Files.readString(file);
        TokenCipher second = new TokenKeys(new SecureRandom()).cipherFor(config(Map.of()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(content);
        assertThat(second.decrypt(first.encrypt("token", "ctx"), "ctx")).isEqualTo("token");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void nodesStartingTogetherAgreeOnOneKeyFile() throws Exception {
        Path file = dir.resolve("shared").resolve(TokenKeys.KEY_FILE);

        List<String> keysSeen = Race.run(8, i -> HexFormat.of().formatHex(
                new TokenKeys(new SecureRandom()).fromFile(file).getEncoded()));

        assertThat(keysSeen).hasSize(8).containsOnly(keysSeen.get(0));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anExistingKeyFileOthersCanReadIsRefusedWithTheRemedy() throws Exception {
        keys.cipherFor(config(Map.of()));
        Path file = dir.resolve(TokenKeys.KEY_FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> new TokenKeys(new SecureRandom()).cipherFor(config(Map.of())))
                .isInstanceOf(LedgerBridgeException.class)
                .hasMessageContaining("can be read or changed by other users (rw-r--r--)")
                .satisfies(e -> assertThat(((LedgerBridgeException) e).remedy()).contains("chmod 600 " + file));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(new TokenKeys(new SecureRandom()).fromFile(file).getEncoded()).hasSize(32);
    }

    @Test
    void aKeyFileOnAFileSystemWithoutPosixPermissionsIsWarnedAbout() throws Exception {
        // a zip file system has no POSIX permissions, as FAT or a Windows share has none
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("data.zip"), Map.of("create", "true"))) {
            Path file = zip.getPath("/data", TokenKeys.KEY_FILE);
            List<String> warnings = new ArrayList<>();

            byte[] key = new TokenKeys(new SecureRandom(), warnings::add).fromFile(file).getEncoded();

            assertThat(key).hasSize(32);
            assertThat(warnings).singleElement().asString().contains("without POSIX permissions")
                    .contains("cannot restrict who reads it").contains("encryption.secret");
        }
    }

    @Test
    void neverPrintsAKey() {
        assertThat(keys.cipherFor(config(Map.of("encryption.secret", "s3cr3t"))).toString()).doesNotContain("s3cr3t");
    }

    private ConnectorConfig config(Map<String, String> extra) {
        Map<String, Object> props = new java.util.HashMap<>(extra);
        props.put("data.directory", dir.toString());
        return ConnectorConfig.fromMap(props);
    }
}
