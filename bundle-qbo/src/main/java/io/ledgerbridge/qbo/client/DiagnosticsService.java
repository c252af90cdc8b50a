package io.ledgerbridge.qbo.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.DiagnosticsDump;
import io.ledgerbridge.api.DiagnosticsOperations;
import io.ledgerbridge.api.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The diagnostics downloads (product-docs 004: "Get QBO customers / jobs / invoices as JSON"): the tenant's
 * company's list streamed page by page through its client, so a large company never sits in memory.
 */
public final class DiagnosticsService implements DiagnosticsOperations {
    private static final int PAGE_SIZE = 1000;

    private final Function<TenantId, QboClient> clients;
    private final ObjectMapper mapper;

    /**
     * @param clients the client of a tenant's connected company (throws "No active QuickBooks connection" when none)
     * @param mapper the QuickBooks JSON mapper
     */
    public DiagnosticsService(Function<TenantId, QboClient> clients, ObjectMapper mapper) {
        this.clients = clients;
        this.mapper = mapper;
    }

    @Override
    public void dump(TenantId tenant, DiagnosticsDump dump, OutputStream out) throws IOException {
        new QboDiagnostics(clients.apply(tenant), mapper, PAGE_SIZE).write(dump, out);
    }
}
