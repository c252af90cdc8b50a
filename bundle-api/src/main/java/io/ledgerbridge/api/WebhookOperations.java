package io.ledgerbridge.api;

import java.io.InputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The intake of the remote ledger's change notifications (QuickBooks webhooks). OSGi hosts need not call it: the
 * connector registers its own endpoint on the servlet whiteboard. A host without OSGi routes the POST that the remote
 * ledger sends to its public webhook URL here, with the signature header and the raw body, and answers with the
 * returned status. The call checks the signature before reading anything else, stores the changes durably and
 * returns; it never calls the remote ledger. Implemented by the connector; called by the host's HTTP layer.
 */
@ProviderType
public interface WebhookOperations {

    /** The header carrying the body's signature. */
    String SIGNATURE_HEADER = "intuit-signature";

    /** The largest body accepted, in bytes (1 MiB); a longer one is refused unread. */
    int MAX_BODY_BYTES = 1024 * 1024;

    /**
     * Takes one notification.
     *
     * @param signature the value of the {@value #SIGNATURE_HEADER} header, or {@code null} when absent
     * @param body the raw request body; read at most {@value #MAX_BODY_BYTES} bytes plus one, not closed
     * @return the HTTP status and a short plain-text message to answer with: 200 stored (or ignored: an unknown
     *         company), 400 too large or malformed, 401 unsigned or forged, 503 the connector's database failed
     *         (the sender retries)
     */
    WebhookResult receive(String signature, InputStream body);
}
