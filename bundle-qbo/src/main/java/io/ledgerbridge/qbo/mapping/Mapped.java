package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A QuickBooks entity built from a host record: the JSON body in QuickBooks' names, and the host's original values of
 * the fields that were cut or cleaned.
 *
 * @param entity QuickBooks' entity name
 * @param body the entity without Id and SyncToken
 * @param adjustments the originals of changed fields
 */
public record Mapped(String entity, ObjectNode body, Adjustments adjustments) {

    /** @return a SHA-256 of the body, to skip a push of what QuickBooks already holds */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
