package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic {@code requestid}s: a hash of what identifies one write (tenant, record, the outbox row and its change,
 * the step and the SyncToken written against). A retry of the same write after a crash or a timeout sends the same
 * id, so QuickBooks replays its first answer instead of writing twice; a different write never reuses an id.
 */
public final class RequestIds {
    private RequestIds() {
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @param parts what else identifies the write
     * @return 32 hex characters (QuickBooks allows 50, and 36 on batch calls)
     */
    public static String of(TenantId tenant, RecordRef record, Object... parts) {
        StringBuilder key = new StringBuilder(tenant.value()).append('|').append(record.type()).append('|')
                .append(record.hostId());
        for (Object p : parts) {
            key.append('|').append(p);
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
