package io.ledgerbridge.qbo.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Intuit's {@code intuit-signature}: Base64(HMAC-SHA256(key = the app's verifier token, message = the raw
 * body)), compared in constant time. Holds the token only as the HMAC key, in memory; it is never written anywhere.
 */
public final class WebhookVerifier {
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param verifierToken the app's webhook verifier token */
    public WebhookVerifier(String verifierToken) {
        if (verifierToken == null || verifierToken.isBlank()) {
            throw new IllegalArgumentException("a verifier token is required");
        }
        this.key = new SecretKeySpec(verifierToken.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /**
     * @param signature the header's value (Base64)
     * @param body the raw body
     * @return whether the body was signed with this token
     */
    public boolean verify(String signature, byte[] body) {
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(body), given);
    }

    /**
     * @param body a body
     * @return its signature bytes
     */
    byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookVerifier[HmacSHA256]";
    }
}
