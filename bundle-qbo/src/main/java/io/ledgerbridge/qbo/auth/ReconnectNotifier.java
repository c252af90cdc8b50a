package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostNotifier;
import io.ledgerbridge.api.host.Notification;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the one "reconnect required" e-mail to a tenant's notification recipients. {@link TokenManager} decides
 * that it is the one (the connection row remembers it was sent), so a thousand failing calls make one e-mail.
 */
public final class ReconnectNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(ReconnectNotifier.class);

    private final HostNotifier host;
    private final Function<TenantId, List<String>> recipients;

    /**
     * @param host the host's mail channel
     * @param recipients the tenant's notification recipients (from its settings)
     */
    public ReconnectNotifier(HostNotifier host, Function<TenantId, List<String>> recipients) {
        this.host = host;
        this.recipients = recipients;
    }

    /**
     * @param tenant the tenant whose grant Intuit refused
     * @param companyName the company's name, or {@code null}
     * @param realmId the company's realm id
     * @param cause why QuickBooks refused, as the connection says it
     * @return whether an e-mail was handed to the host (false when the tenant has no recipients)
     */
    public boolean refreshFailed(TenantId tenant, String companyName, String realmId, String cause) {
        List<String> to = recipients.apply(tenant);
        if (to == null || to.isEmpty()) {
            LOG.warn("QuickBooks needs reconnecting for tenant {} but it has no notification recipients; the "
                    + "Integrations page shows it", tenant);
            return false;
        }
        String company = (companyName != null ? companyName + " " : "") + "(realm " + realmId + ")";
        host.send(tenant, new Notification(to, "QuickBooks: reconnect required",
                "QuickBooks refused LedgerBridge's access to the company " + company + ".\n\n"
                        + cause + ". " + ConnectionTexts.RECONNECT_REMEDY + ".\n\n"
                        + "Syncing with QuickBooks is paused. Nothing is lost: every change waits and is sent "
                        + "once QuickBooks is reconnected.\n"));
        return true;
    }
}
