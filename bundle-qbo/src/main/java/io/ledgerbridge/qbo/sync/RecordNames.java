package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.RecordRef;
import java.util.Locale;
import java.util.Optional;

/**
 * Names records as the host shows them ("Invoice 1010", "Customer Bayside Bakery"), for e-mails and lists: people
 * know their invoices by number, not by the host's internal id. A record the host no longer has keeps its id.
 */
public final class RecordNames {
    private final HostRecords records;

    /** @param records the host's records */
    public RecordNames(HostRecords records) {
        this.records = records;
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return its name as the host shows it, e.g. "Invoice 1010"; its type and id when the host cannot say
     */
    public String name(TenantId tenant, RecordRef record) {
        Optional<String> shown;
        try {
            shown = switch (record.type()) {
                case CUSTOMER -> records.customer(tenant, record.hostId()).map(c -> c.displayName());
                case PROJECT -> records.project(tenant, record.hostId()).map(p -> p.name());
                case INVOICE -> records.invoice(tenant, record.hostId()).map(i -> i.invoiceNumber());
                case EXPENSE -> records.expense(tenant, record.hostId())
                        .map(e -> e.vendorName() + ", " + e.amount() + " on " + e.spentOn());
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            shown = Optional.empty(); // the host could not answer: the id still names the record
        }
        String type = record.type().name().toLowerCase(Locale.ROOT);
        String word = Character.toUpperCase(type.charAt(0)) + type.substring(1);
        return word + " " + shown.filter(s -> !s.isBlank()).orElse(record.hostId());
    }
}
