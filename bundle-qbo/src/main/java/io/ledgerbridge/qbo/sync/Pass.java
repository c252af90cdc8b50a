package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.mapping.MappingTables;
import io.ledgerbridge.qbo.store.OutboxQueue;
import java.util.HashMap;
import java.util.Map;

/**
 * One company's turn, seen from one outbox row: the tenant's settings and mapping tables as they were when the turn
 * began, the company's facts (read once, on first need), small caches of names already found in QuickBooks (shared
 * by every row of the turn), and the row being pushed, fixed for the life of this object: its id and change count
 * key the requestids, so a write's requestid never depends on which row happens to be current elsewhere.
 */
final class Pass {
    final TenantId tenant;
    final String realmId;
    final ConnectorSettings settings;
    final MappingTables tables;
    final Map<String, String> itemIds;
    final Map<String, String> vendorIds;
    /** Look-ups fetched ahead in batch calls for this turn, by entity|field|value; each is used once. */
    final Map<String, java.util.List<com.fasterxml.jackson.databind.node.ObjectNode>> lookups;
    /** The outbox row this pass pushes, or {@code null} for the turn itself (nothing is written under it). */
    final OutboxQueue.Claimed row;
    private final CompanyCache company;

    Pass(TenantId tenant, ConnectorSettings settings, MappingTables tables, CompanyCache company) {
        this(tenant, settings, tables, company, new HashMap<>(), null);
    }

    private Pass(TenantId tenant, ConnectorSettings settings, MappingTables tables, CompanyCache company,
            Map<String, java.util.List<com.fasterxml.jackson.databind.node.ObjectNode>> lookups,
            OutboxQueue.Claimed row) {
        this.tenant = tenant;
        this.realmId = company.realmId;
        this.settings = settings;
        this.tables = tables;
        this.company = company;
        this.itemIds = company.itemIds;
        this.vendorIds = company.vendorIds;
        this.lookups = lookups;
        this.row = row;
    }

    /**
     * @param pushed the outbox row to push
     * @return the same turn seen from that row (the caches are shared)
     */
    Pass forRow(OutboxQueue.Claimed pushed) {
        return new Pass(tenant, settings, tables, company, lookups, pushed);
    }

    QboGateway.CompanyFacts facts() {
        return company.facts();
    }

    /** @return what the company's turns share (customers paged in, their count) */
    CompanyCache company() {
        return company;
    }

    /**
     * @return the key of the row's identity: stable while the row lives and its creates are not refused, so a create
     *         that may have happened is replayed; a new key after each outright refusal, so the create sent again once
     *         the cause is fixed is a new request rather than QuickBooks' replay of its refusal
     */
    String rowKey() {
        if (row == null) {
            return "inline";
        }
        return "row" + row.id() + (row.createRefusals() == 0 ? "" : "r" + row.createRefusals());
    }

    /** @return the key of the current row's change (a newer change is a different write) */
    String changeKey() {
        return row == null ? "inline" : "row" + row.id() + "." + row.changeCount();
    }
}
