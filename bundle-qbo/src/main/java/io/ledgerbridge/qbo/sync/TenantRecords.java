package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.RecordRef;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks, through the host's records port, that a record an operation names exists in the caller's tenant before
 * anything is queued or changed for it: an id of another tenant is refused as an unknown one (nothing is queued, and
 * the refusal says nothing about the other tenant).
 */
public final class TenantRecords {
    private final HostRecords records;

    /** @param records the host's records */
    public TenantRecords(HostRecords records) {
        this.records = records;
    }

    /**
     * @param tenant the caller's tenant
     * @param record the record named
     * @param remedy what to do instead (names a page that exists)
     * @throws InvalidInputException when the tenant has no such record
     */
    public void requireExists(TenantId tenant, RecordRef record, String remedy) {
        if (record == null) {
            throw new InvalidInputException("record", "is required", remedy);
        }
        Optional<?> found = switch (record.type()) {
            case CUSTOMER -> records.customer(tenant, record.hostId());
            case PROJECT -> records.project(tenant, record.hostId());
            case INVOICE -> records.invoice(tenant, record.hostId());
            case EXPENSE -> records.expense(tenant, record.hostId());
            // Payments travel with their invoice: re-syncing or repairing one alone is not offered.
            case PAYMENT -> Optional.empty();
        };
        if (found.isEmpty()) {
            throw new InvalidInputException("record", "this organisation has no "
                    + record.type().name().toLowerCase(Locale.ROOT) + " " + record.hostId(), remedy);
        }
    }
}
