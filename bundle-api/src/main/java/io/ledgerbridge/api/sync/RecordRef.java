package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.event.RecordType;

/**
 * Names one host record: its type and the host's id.
 *
 * @param type the record's type
 * @param hostId the host's id of the record
 */
public record RecordRef(RecordType type, String hostId) {
    public RecordRef {
        Checks.required(type, "type");
        Checks.requiredText(hostId, "hostId");
    }

    /**
     * @param type the record's type
     * @param hostId the host's id
     * @return the reference
     */
    public static RecordRef of(RecordType type, String hostId) {
        return new RecordRef(type, hostId);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " " + hostId;
    }
}
