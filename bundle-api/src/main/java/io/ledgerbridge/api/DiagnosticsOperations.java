package io.ledgerbridge.api;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Diagnostics downloads. Implemented by the connector; called by the host's diagnostics page.
 */
@ProviderType
public interface DiagnosticsOperations {

    /**
     * Streams one remote list as a JSON array, page by page, without holding it in memory.
     *
     * @param tenant the tenant
     * @param dump which list
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    void dump(TenantId tenant, DiagnosticsDump dump, OutputStream out) throws IOException;
}
