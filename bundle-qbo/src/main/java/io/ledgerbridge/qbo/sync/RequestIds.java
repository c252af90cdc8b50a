package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic {@code requestid}s: a hash of what identifies one write (tenant, record, the outbox row and its change,
 * the step and the SyncToken written against). QuickBooks answers a requestid it has already seen for the company with
 * the first answer instead of running the write again, so a retry of the same write after a crash or a timeout sends
 * the same id and is replayed rather than written twice; a different write never reuses an id.
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
        StringBuilder name = new StringBuilder();
        append(name, tenant.value());
        append(name, record.type().name());
        append(name, record.hostId());
        for (Object part : parts) {
            append(name, String.valueOf(part));
        }
        // a name-based UUID without dashes, as Intuit's SDK formats its ids
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** Length-prefixed, so ("ab", "c") and ("a", "bc") differ. */
    private static void append(StringBuilder name, String part) {
        name.append(part.length()).append(':').append(part).append('|');
    }
}
