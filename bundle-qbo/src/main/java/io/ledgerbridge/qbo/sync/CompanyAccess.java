package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;

/**
 * Whether a tenant's company may be worked now (connected, tokens valid, not paused by the OAuth side). The adapter
 * over the connection service implements it; the workers ask before every pass.
 */
public interface CompanyAccess {

    /**
     * @param tenant the tenant
     * @return the company's state
     */
    Access check(TenantId tenant);

    /**
     * @param realmId the connected company, or {@code null} when none
     * @param canSync whether pushing may go on
     * @param reason why not, in plain words, or {@code null}
     * @param remedy what to do, or {@code null}
     */
    record Access(String realmId, boolean canSync, String reason, String remedy) {
        /**
         * @param realmId a connected company
         * @return access granted
         */
        public static Access open(String realmId) {
            return new Access(realmId, true, null, null);
        }

        /** @return the state of a tenant with no connection */
        public static Access notConnected() {
            return new Access(null, false, "No active QuickBooks connection",
                    "Reconnect in Settings → Integrations → QuickBooks");
        }
    }
}
