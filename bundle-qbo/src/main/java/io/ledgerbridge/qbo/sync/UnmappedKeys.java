package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The host keys a mapping table is missing: every key the host's records use (service codes, departments, tax rates,
 * payment methods, expense categories, customers) that has no row yet. Reads at most {@link #SCAN_LIMIT} records of
 * a type, so a large host answers in bounded time; the mappings page lists these first.
 */
final class UnmappedKeys {
    /** Records read per type. */
    static final int SCAN_LIMIT = 2_000;

    private final HostRecords records;

    UnmappedKeys(HostRecords records) {
        this.records = records;
    }

    List<String> unmapped(TenantId tenant, MappingKind kind, List<Mapping> mapped) {
        Set<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Consumer<String> used = key -> {
            if (key != null && !key.isBlank()) {
                keys.add(key);
            }
        };
        switch (kind) {
            case ITEM -> lines(tenant, line -> used.accept(line.serviceCode()));
            case DEPARTMENT_CLASS -> lines(tenant, line -> used.accept(line.department()));
            // A line without a rate is mapped under NONE, as the invoice mapper looks it up.
            case TAX_CODE -> lines(tenant, line -> used.accept(line.taxRateCode() == null ? "NONE" : line.taxRateCode()));
            case PAYMENT_DEPOSIT_ACCOUNT -> ids(tenant, RecordType.INVOICE, id -> records.payments(tenant, id).stream()
                    .map(HostPayment::method).forEach(used));
            case EXPENSE_PAYMENT_ACCOUNT -> ids(tenant, RecordType.EXPENSE, id -> records.expense(tenant, id)
                    .ifPresent(e -> used.accept(e.paymentMethod())));
            case EXPENSE_CATEGORY_ACCOUNT -> ids(tenant, RecordType.EXPENSE, id -> records.expense(tenant, id)
                    .ifPresent(e -> used.accept(e.category())));
            case CUSTOMER_LINK, CUSTOM_FIELD -> {
                // Every customer may be linked and custom fields are named remotely: nothing is "missing" here.
            }
        }
        mapped.forEach(m -> keys.remove(m.hostKey()));
        return new ArrayList<>(keys);
    }

    private void lines(TenantId tenant, Consumer<HostInvoiceLine> sink) {
        ids(tenant, RecordType.INVOICE, id -> records.invoice(tenant, id).ifPresent(i -> i.lines().forEach(sink)));
    }

    private void ids(TenantId tenant, RecordType type, Consumer<String> sink) {
        for (String id : sample(records, tenant, type, SCAN_LIMIT)) {
            sink.accept(id);
        }
    }

    /**
     * @param records the host
     * @param tenant the tenant
     * @param type the record type
     * @param limit at most this many
     * @return the first ids the host lists
     */
    static List<String> sample(HostRecords records, TenantId tenant, RecordType type, int limit) {
        List<String> ids = new ArrayList<>();
        // The host streams every id; the rest are let pass rather than held.
        records.forEachChangedSince(tenant, type, null, id -> {
            if (ids.size() < limit) {
                ids.add(id);
            }
        });
        return ids;
    }
}
