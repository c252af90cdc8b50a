package io.ledgerbridge.api.settings;

import io.ledgerbridge.api.Checks;

/**
 * One row of a mapping table. Created by the host's settings page or the connector.
 *
 * @param kind the table
 * @param hostKey the host's key (service code, department, rate code, payment method, category, customer id, or
 *        custom field name)
 * @param remoteId the remote ledger's id (or, for {@link MappingKind#CUSTOM_FIELD}, the template)
 * @param extra the extra remote value the kind defines, or {@code null}
 */
public record Mapping(MappingKind kind, String hostKey, String remoteId, String extra) {
    public Mapping {
        Checks.required(kind, "kind");
        Checks.requiredText(hostKey, "hostKey");
        Checks.requiredText(remoteId, "remoteId");
        extra = Checks.blankToNull(extra);
    }
}
