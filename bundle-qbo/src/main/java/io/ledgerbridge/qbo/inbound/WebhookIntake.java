package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.api.WebhookResult;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.InboxEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook endpoint's work, shared by the servlet on the OSGi whiteboard and hosts that route the POST
 * themselves: signature first (before a byte is parsed), then the bounded body, then the changes stored in the inbox
 * in one transaction. Never calls QuickBooks; the workers do, later. A company no tenant is connected to is
 * acknowledged and ignored, so Intuit does not retry it forever.
 */
public final class WebhookIntake implements WebhookOperations {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookIntake.class);

    private final WebhookVerifier verifier;
    private final Function<String, Optional<TenantId>> tenantOfRealm;
    private final Inbox inbox;
    private final WebhookListener listener;

    /**
     * @param verifier the signature check, or {@code null} when no verifier token is configured (all refused)
     * @param tenantOfRealm the tenant connected to a QuickBooks company
     * @param inbox where changes are stored
     */
    public WebhookIntake(WebhookVerifier verifier, Function<String, Optional<TenantId>> tenantOfRealm, Inbox inbox) {
        this(verifier, tenantOfRealm, inbox, WebhookListener.NONE);
    }

    /**
     * @param verifier the signature check, or {@code null} when no verifier token is configured (all refused)
     * @param tenantOfRealm the tenant connected to a QuickBooks company
     * @param inbox where changes are stored
     * @param listener told of each delivery's outcome (metrics)
     */
    public WebhookIntake(WebhookVerifier verifier, Function<String, Optional<TenantId>> tenantOfRealm, Inbox inbox,
            WebhookListener listener) {
        this.listener = listener;
        this.verifier = verifier;
        this.tenantOfRealm = tenantOfRealm;
        this.inbox = inbox;
    }

    @Override
    public WebhookResult receive(String signature, InputStream body) {
        if (verifier == null) {
            LOG.warn("Refused a QuickBooks webhook: no verifier token is configured. Remedy: set "
                    + "webhook.verifier.token to the app's verifier token (Intuit developer portal, Webhooks)");
            return refuse("no-verifier", 401, "webhook verifier token not configured");
        }
        if (signature == null || signature.isBlank()) {
            LOG.warn("Refused a QuickBooks webhook without the {} header", SIGNATURE_HEADER);
            return refuse("unsigned", 401, "missing " + SIGNATURE_HEADER);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            return refuse("unreadable", 400, "the body could not be read");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            LOG.warn("Refused a QuickBooks webhook larger than {} bytes", MAX_BODY_BYTES);
            return refuse("too-large", 400, "body larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (!verifier.verify(signature, bytes)) {
            LOG.warn("Refused a QuickBooks webhook whose {} does not match its body. Remedy: check that "
                    + "webhook.verifier.token is the verifier token of the app that sends it", SIGNATURE_HEADER);
            return refuse("bad-signature", 401, "invalid " + SIGNATURE_HEADER);
        }
        List<ReportedChange> changes;
        try {
            changes = WebhookPayloads.parse(bytes);
        } catch (MalformedWebhookException e) {
            LOG.warn("Refused a signed but malformed QuickBooks webhook: {}", e.getMessage());
            return refuse("malformed", 400, "malformed: " + e.getMessage());
        }
        try {
            List<InboxEntry> entries = entries(changes);
            int added = inbox.record(entries);
            entries.stream().collect(Collectors.groupingBy(InboxEntry::tenant, Collectors.counting()))
                    .forEach((t, n) -> listener.accepted(t, n.intValue()));
            return new WebhookResult(200, "stored " + added + " of " + changes.size() + " changes");
        } catch (LedgerBridgeException e) {
            LOG.error("Could not store a QuickBooks webhook (QuickBooks sends it again): {}", e.getMessage());
            return refuse("not-stored", 503, "not stored, send again");
        }
    }

    private WebhookResult refuse(String reason, int status, String message) {
        listener.refused(reason);
        return new WebhookResult(status, message);
    }

    private List<InboxEntry> entries(List<ReportedChange> changes) {
        Map<String, Optional<TenantId>> tenants = new HashMap<>();
        List<InboxEntry> entries = new ArrayList<>();
        for (ReportedChange c : changes) {
            Optional<TenantId> tenant = tenants.computeIfAbsent(c.realmId(), this::tenant);
            if (tenant.isEmpty()) {
                continue;
            }
            entries.add(new InboxEntry(tenant.get(), c.realmId(), c.entityName(), c.qboId(), c.operation().name(),
                    c.lastUpdated(), c.mergedIntoId(), SyncTrigger.WEBHOOK, null));
        }
        return entries;
    }

    private Optional<TenantId> tenant(String realmId) {
        Optional<TenantId> tenant = tenantOfRealm.apply(realmId);
        if (tenant.isEmpty()) {
            LOG.info("Ignored QuickBooks webhook changes of company {}: no tenant is connected to it", realmId);
        }
        return tenant;
    }
}
