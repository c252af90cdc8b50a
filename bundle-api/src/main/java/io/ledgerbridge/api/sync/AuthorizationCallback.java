package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;

/**
 * The query parameters the remote ledger's authorisation page sent back to the redirect URI, as the host received
 * them. Created by the host's callback page; handed to the connector.
 *
 * @param code the authorisation code, or {@code null} when the user declined
 * @param state the state the connector put in the authorisation URL
 * @param companyId the chosen company (QuickBooks {@code realmId}), or {@code null}
 * @param error the error code (e.g. {@code access_denied}), or {@code null}
 * @param errorDescription the error's description, or {@code null}
 * @param confirmCompanySwitch whether the administrator confirmed connecting to a different company than before
 */
public record AuthorizationCallback(String code, String state, String companyId, String error,
        String errorDescription, boolean confirmCompanySwitch) {
    public AuthorizationCallback {
        code = Checks.blankToNull(code);
        state = Checks.blankToNull(state);
        companyId = Checks.blankToNull(companyId);
        error = Checks.blankToNull(error);
        errorDescription = Checks.blankToNull(errorDescription);
    }
}
