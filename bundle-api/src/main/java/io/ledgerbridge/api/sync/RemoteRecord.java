package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;

/**
 * One record of the remote ledger as a search found it, for choosing what to link a host record to.
 *
 * @param remoteId the remote ledger's id
 * @param name its name (a customer's display name; a transaction's customer or payee)
 * @param number its document number, or {@code null}
 * @param email its e-mail address, or {@code null}
 * @param summary a short description (amount and date of a transaction), or {@code null}
 * @param active whether it is active (an inactive record cannot be linked)
 * @param linkedHostId the host record already linked to it, or {@code null}
 * @since 1.2
 */
public record RemoteRecord(String remoteId, String name, String number, String email, String summary,
        boolean active, String linkedHostId) {
    public RemoteRecord {
        Checks.requiredText(remoteId, "remoteId");
        name = Checks.blankToNull(name);
        number = Checks.blankToNull(number);
        email = Checks.blankToNull(email);
        summary = Checks.blankToNull(summary);
        linkedHostId = Checks.blankToNull(linkedHostId);
    }
}
