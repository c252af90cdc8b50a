package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.LedgerBridgeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens for the database with AES-256-GCM. Each value gets a fresh 96-bit nonce; the associated data
 * binds a ciphertext to its tenant, company and purpose, so a value copied into another row does not decrypt.
 * Stored form: {@code v1:} + base64(nonce || ciphertext || tag). Get one from {@link TokenKeys}.
 */
public final class TokenCipher {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random;

    /**
     * @param key a 256-bit AES key
     * @param random the nonce source
     */
    public TokenCipher(SecretKey key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    /**
     * A fingerprint of the key, for nodes to compare theirs without showing it: the first 64 bits of an HMAC-SHA256 of
     * a fixed text under the key. Equal keys give equal fingerprints; the key cannot be found from one.
     *
     * @return 16 hex digits
     */
    public String keyCheck() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal("io.ledgerbridge.qbo/key-check/v1".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * @param plaintext the token
     * @param context what the value belongs to (tenant, realm, purpose); needed again to decrypt
     * @return the stored form
     */
    public String encrypt(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * @param stored the stored form
     * @param context the same context given to {@link #encrypt}
     * @return the token
     * @throws LedgerBridgeException when the value was not made with this key and context (a changed
     *         {@code encryption.secret}, a replaced key file, or a tampered row)
     */
    public String decrypt(String stored, String context) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw undecryptable(null);
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw undecryptable(e);
        }
    }

    private static LedgerBridgeException undecryptable(Exception cause) {
        return new LedgerBridgeException("Token refresh failed: the stored QuickBooks tokens cannot be decrypted",
                "the encryption.secret or the ledgerbridge-token.key file changed since connecting; restore it, "
                        + "or disconnect and reconnect in Settings → Integrations → QuickBooks",
                cause);
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-256-GCM]";
    }
}
