package io.ledgerbridge.qbo.repair;

import io.ledgerbridge.api.event.RecordType;

/** The QuickBooks entity a host record type is pushed as. */
final class QboEntities {
    private QboEntities() {
    }

    static String of(RecordType type) {
        return switch (type) {
            case CUSTOMER, PROJECT -> "Customer"; // a project is a sub-customer (Job)
            case INVOICE -> "Invoice";
            case EXPENSE -> "Purchase";
            case PAYMENT -> "Payment";
        };
    }
}
