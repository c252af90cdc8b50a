package io.ledgerbridge.qbo.books;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.BooksMatchStore;
import io.ledgerbridge.qbo.store.BooksMatchStore.LinkRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A company's sync links in memory for one report: by host record and by QuickBooks id. */
final class LinkIndex {
    final Map<RecordRef, LinkRow> byHost = new HashMap<>();
    /** Customers and projects (both QuickBooks customers) by QuickBooks id. */
    final Map<String, RecordRef> customerByQbo = new HashMap<>();
    final Map<String, RecordRef> invoiceByQbo = new HashMap<>();
    final Set<String> paymentQboIds = new HashSet<>();

    static LinkIndex load(BooksMatchStore store, TenantId tenant, String realmId) {
        LinkIndex index = new LinkIndex();
        for (RecordType type : new RecordType[] {RecordType.CUSTOMER, RecordType.PROJECT, RecordType.INVOICE,
                RecordType.PAYMENT}) {
            store.forEachLink(tenant, realmId, type, row -> index.add(type, row));
        }
        return index;
    }

    void add(RecordType type, LinkRow row) {
        RecordRef ref = RecordRef.of(type, row.hostId());
        byHost.put(ref, row);
        if (row.qboId() == null) {
            return;
        }
        switch (type) {
            case CUSTOMER, PROJECT -> customerByQbo.put(row.qboId(), ref);
            case INVOICE -> invoiceByQbo.put(row.qboId(), ref);
            case PAYMENT -> paymentQboIds.add(row.qboId());
            default -> { }
        }
    }

    /** @return the record's live link (with a QuickBooks id, not broken), or {@code null} */
    LinkRow live(RecordRef ref) {
        LinkRow row = byHost.get(ref);
        return row == null || row.broken() || row.qboId() == null ? null : row;
    }
}
