package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key for {@link TokenCipher}: derived from the host's {@code encryption.secret} with PBKDF2 when one is
 * configured (so every node sharing the database derives the same key), else a random 256-bit key kept in
 * {@code ledgerbridge-token.key} in the data directory, created once, atomically, readable by the owner only where the
 * file system has POSIX permissions. An existing key file that group or others can read is refused (whoever reads it
 * can decrypt every stored token); a file system without POSIX permissions gets a warning at every start, since
 * nothing here can restrict who reads the file there.
 */
public final class TokenKeys {
    /** The key file's name in the data directory. */
    public static final String KEY_FILE = "ledgerbridge-token.key";

    // A fixed salt: every node must derive the same key from the same secret, and the secret, not the salt, is
    // what keeps it unguessable. The version in the salt lets a later key scheme coexist.
    private static final byte[] SALT = "io.ledgerbridge.qbo/token-key/v1".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 210_000;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger LOG = LoggerFactory.getLogger(TokenKeys.class);

    private final SecureRandom random;
    private final Consumer<String> warnings;

    /** @param random the source of a generated key */
    public TokenKeys(SecureRandom random) {
        this(random, LOG::warn);
    }

    /**
     * @param random the source of a generated key
     * @param warnings where a warning about the key file's protection goes (the log)
     */
    public TokenKeys(SecureRandom random, Consumer<String> warnings) {
        this.random = random;
        this.warnings = warnings;
    }

    /**
     * @param config the connector's configuration
     * @return a cipher with the configured or generated key
     */
    public TokenCipher cipherFor(ConnectorConfig config) {
        SecretKey key = config.encryptionSecret() != null
                ? derive(config.encryptionSecret())
                : fromFile(config.dataDirectory().resolve(KEY_FILE));
        return new TokenCipher(key, random);
    }

    /**
     * @param secret the host's secret
     * @return the AES key derived from it
     */
    public SecretKey derive(String secret) {
        try {
            SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] bytes = pbkdf2.generateSecret(new PBEKeySpec(secret.toCharArray(), SALT, ITERATIONS, 256))
                    .getEncoded();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * @param file the key file; created with a new random key when missing
     * @return the key in it
     */
    public SecretKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            checkProtection(file);
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) {
                throw new LedgerBridgeException("The token key file " + file + " is damaged",
                        "restore it from a backup; without it, tenants must disconnect and reconnect");
            }
            return new SecretKeySpec(key, "AES");
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerBridgeException("Cannot read or create the token key file " + file + ": " + e.getMessage(),
                    "let the host write to data.directory, or set encryption.secret", e);
        }
    }

    /** Refuses a key file others can read; warns where the file system cannot say who may read it. */
    private void checkProtection(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            warnings.accept("The token key file " + file + " is on a file system without POSIX permissions: "
                    + "LedgerBridge cannot restrict who reads it. Restrict the data directory to the host's service "
                    + "account with the operating system's access controls, or set encryption.secret.");
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        Set<PosixFilePermission> others = EnumSet.noneOf(PosixFilePermission.class);
        others.addAll(permissions);
        others.removeAll(OWNER_ONLY);
        others.remove(PosixFilePermission.OWNER_EXECUTE);
        if (!others.isEmpty()) {
            throw new LedgerBridgeException("The token key file " + file + " can be read or changed by other users ("
                    + PosixFilePermissions.toString(permissions) + "); whoever reads it can decrypt the stored tokens",
                    "restrict it to the host's service account (chmod 600 " + file + "), and if others may have read "
                    + "it, disconnect and reconnect every company; or set encryption.secret instead");
        }
    }

    private void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        random.nextBytes(key);
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        // Written in full under a temporary name, then published in one step, so no reader ever sees half a key.
        // On POSIX file systems it is created owner-only, so it is never readable by others, not even for a moment;
        // elsewhere it takes the directory's access rules (checkProtection warns about that).
        Path tmp = Files.createTempFile(dir, ".ledgerbridge-token", ".tmp", attrs);
        try {
            Files.write(tmp, Base64.getEncoder().encode(key));
            try {
                // A hard link fails if another node or thread published its key first; then theirs is used.
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                return;
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
