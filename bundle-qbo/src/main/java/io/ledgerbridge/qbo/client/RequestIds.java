package io.ledgerbridge.qbo.client;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic {@code requestid}s. QuickBooks answers a requestid it has already seen for the company with the
 * first answer instead of running the write again, so an id derived from what is being written (the host record,
 * its version, the operation) turns a retried or repeated push into a replay rather than a duplicate.
 */
public final class RequestIds {
    private RequestIds() {
    }

    /**
     * A 32-character id (a name-based UUID without dashes, as Intuit's SDK formats them), short enough for batch
     * calls (36) and ordinary ones (50). The same parts always give the same id.
     *
     * @param parts e.g. {@code "create", "invoice", hostInvoiceId, hostVersion}
     */
    public static String derive(String... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("a requestid needs at least one part");
        }
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            // length-prefixed so ("ab","c") and ("a","bc") differ
            name.append(part.length()).append(':').append(part).append('|');
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
