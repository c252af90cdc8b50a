package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;

/**
 * A contact the connector brings from the remote ledger for the host to create or update. Created by the
 * connector; handed to {@link HostLedger#upsertCustomer}.
 *
 * @param hostCustomerId the host's id when the contact is already linked, or {@code null} to create one
 * @param remoteId the remote ledger's id of the contact
 * @param companyName the company name, or {@code null}
 * @param contactName the contact person's name, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param billingAddress the billing address, or {@code null}
 * @param currencyCode the contact's currency code, or {@code null}
 */
public record ImportedCustomer(String hostCustomerId, String remoteId, String companyName, String contactName,
        String email, String phone, Address billingAddress, String currencyCode) {
    public ImportedCustomer {
        hostCustomerId = Checks.blankToNull(hostCustomerId);
        Checks.requiredText(remoteId, "remoteId");
    }
}
