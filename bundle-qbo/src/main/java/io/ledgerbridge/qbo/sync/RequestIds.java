package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;

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
     * @return 32 hex characters (QuickBooks allows 50, and 36 on batch calls), by the client's one derivation
     */
    public static String of(TenantId tenant, RecordRef record, Object... parts) {
        String[] all = new String[parts.length + 3];
        all[0] = tenant.value();
        all[1] = record.type().name();
        all[2] = record.hostId();
        for (int i = 0; i < parts.length; i++) {
            all[i + 3] = String.valueOf(parts[i]);
        }
        return io.ledgerbridge.qbo.client.RequestIds.derive(all);
    }
}
