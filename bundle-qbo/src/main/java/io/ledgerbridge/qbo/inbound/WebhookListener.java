package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.TenantId;

/** Told of each webhook delivery's outcome, for metrics. Quick and never throwing. */
public interface WebhookListener {
    /** Listens to nothing. */
    WebhookListener NONE = new WebhookListener() {
        @Override
        public void accepted(TenantId tenant, int changes) {
        }

        @Override
        public void refused(String reason) {
        }
    };

    /**
     * A signed delivery's changes of one tenant were stored.
     *
     * @param tenant the tenant
     * @param changes its changes in the delivery
     */
    void accepted(TenantId tenant, int changes);

    /**
     * A delivery was refused (answered 4xx or 503).
     *
     * @param reason {@code unsigned}, {@code bad-signature}, {@code too-large}, {@code unreadable}, {@code malformed},
     *        {@code no-verifier}
     *        or {@code not-stored}
     */
    void refused(String reason);
}
