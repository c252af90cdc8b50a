package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.QboEntity;
import io.ledgerbridge.qbo.client.query.QboQuery;
import io.ledgerbridge.qbo.store.CdcWatermarks;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.InboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The full reconcile that replaces change-data-capture when a company's gap is older than QuickBooks' 30-day change
 * log: every linked record is read again, {@value CdcCatchUp#PAGE} per query, and goes into the inbox as a change; a
 * linked record QuickBooks no longer has (deleted, or merged away) goes in as a DELETE.
 */
final class Reconciler {
    /** How a read record becomes an inbox entry (the catch-up's own rule, so both paths agree). */
    interface Entries {
        InboxEntry entry(TenantId tenant, String realm, EntityType<?> type, QboEntity entity, Instant fallbackTime);
    }

    private final CdcWatermarks links;
    private final Entries entries;

    Reconciler(CdcWatermarks links, Entries entries) {
        this.links = links;
        this.entries = entries;
    }

    /**
     * @param now the time, for records QuickBooks no longer has
     * @return how many new changes went into the inbox
     */
    int reconcile(TenantId tenant, String realm, QboClient client, Inbox inbox, Instant now) {
        int added = 0;
        for (EntityType<?> type : InboundEntities.WATCHED) {
            List<String> ids = new ArrayList<>(linked(tenant, realm, type));
            for (int from = 0; from < ids.size(); from += CdcCatchUp.PAGE) {
                List<String> page = ids.subList(from, Math.min(ids.size(), from + CdcCatchUp.PAGE));
                added += inbox.record(page(tenant, realm, client, type, page, now));
            }
        }
        return added;
    }

    private List<InboxEntry> page(TenantId tenant, String realm, QboClient client, EntityType<?> type,
            List<String> ids, Instant now) {
        QboQuery<? extends QboEntity> query = QboQuery.from(type).whereIn("Id", ids.toArray())
                .maxResults(CdcCatchUp.PAGE);
        if (type == EntityType.CUSTOMER) {
            query = query.includeInactive();
        }
        List<InboxEntry> out = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (QboEntity e : client.queryByPost(query).items()) {
            found.add(e.getId());
            out.add(entries.entry(tenant, realm, type, e, now));
        }
        for (String id : ids) {
            if (!found.contains(id)) {
                out.add(new InboxEntry(tenant, realm, type.name(), id, RemoteChange.Operation.DELETE.name(), now,
                        null, SyncTrigger.CDC, null));
            }
        }
        return out;
    }

    private Set<String> linked(TenantId tenant, String realm, EntityType<?> type) {
        Set<String> ids = new LinkedHashSet<>();
        for (RecordType record : RecordType.values()) {
            if (InboundEntities.of(record) == type) {
                ids.addAll(links.linkedQboIds(tenant, realm, record));
            }
        }
        return ids;
    }
}
