package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.mapping.MappingTables;
import io.ledgerbridge.qbo.store.OutboxQueue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One worker pass over one company: the tenant's settings and mapping tables as they were when the pass began, the
 * company's facts (read once, on first need), and small per-pass caches of names already found in QuickBooks.
 */
final class Pass {
    final TenantId tenant;
    final String realmId;
    final ConnectorSettings settings;
    final MappingTables tables;
    final Map<String, String> itemIds = new HashMap<>();
    final Map<String, String> vendorIds = new HashMap<>();
    /** Look-ups fetched ahead in batch calls, by entity|field|value; each is used once. */
    final Map<String, java.util.List<com.fasterxml.jackson.databind.node.ObjectNode>> lookups = new HashMap<>();
    /** The company's customers, paged in once when that is cheaper than looking each first link up. */
    io.ledgerbridge.qbo.matching.CompanyCustomers companyCustomers;
    /** How many customers the company holds, once counted in this pass. */
    Integer companyCustomerCount;
    private final Supplier<QboGateway.CompanyFacts> factsReader;
    private QboGateway.CompanyFacts facts;
    /** The outbox row being pushed (its id and change count key the requestids). */
    OutboxQueue.Claimed row;

    Pass(TenantId tenant, String realmId, ConnectorSettings settings, MappingTables tables,
            Supplier<QboGateway.CompanyFacts> factsReader) {
        this.tenant = tenant;
        this.realmId = realmId;
        this.settings = settings;
        this.tables = tables;
        this.factsReader = factsReader;
    }

    QboGateway.CompanyFacts facts() {
        if (facts == null) {
            facts = factsReader.get();
        }
        return facts;
    }

    /** @return the key of the current row's identity (stable while the row lives) */
    String rowKey() {
        return row == null ? "inline" : "row" + row.id();
    }

    /** @return the key of the current row's change (a newer change is a different write) */
    String changeKey() {
        return row == null ? "inline" : "row" + row.id() + "." + row.changeCount();
    }
}
