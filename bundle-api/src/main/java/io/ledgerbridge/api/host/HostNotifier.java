package io.ledgerbridge.api.host;

import io.ledgerbridge.api.TenantId;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends notifications (sync failure digests, "reconnect required") by the host's own mail channel. Implemented by
 * the host; called by the connector outside any event thread. A failure to send is the host's to log; the
 * connector keeps every failure visible on its own pages either way.
 */
@ConsumerType
public interface HostNotifier {

    /**
     * @param tenant the tenant the notification is about
     * @param notification the message
     */
    void send(TenantId tenant, Notification notification);
}
