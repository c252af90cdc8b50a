package io.ledgerbridge.qbo.inbound;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.client.QboClient;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.store.CdcWatermarks;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.Inbox;
import io.ledgerbridge.qbo.store.SettingsStore;
import io.ledgerbridge.qbo.sync.Backoff;
import io.ledgerbridge.qbo.sync.CompanyAccess;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The inbound side's parts, built together for the composition root: the webhook intake, the inbox and its worker,
 * and the change-data-capture catch-up. {@link #start()} begins polling; {@link #close()} stops it (the inbox keeps
 * whatever was not applied).
 */
public final class InboundModule implements io.ledgerbridge.qbo.Stoppable {
    private final WebhookIntake intake;
    private final InboundEngine engine;
    private final Inbox inbox;

    /**
     * Threads catching companies up and applying their changes unless configured ({@code inbound.threads}): a catch-up
     * mostly waits on QuickBooks (about 0.3 s with Intuit's latency), so 4 keep each of 10,000 companies on a
     * 15-minute interval (11 catch-ups a second); 2 fell behind.
     */
    public static final int DEFAULT_THREADS = 4;

    /**
     * @param database the connector's database
     * @param clients the QuickBooks client of a tenant's company (with the company's one throttle), built not to wait
     * @param access whether a company may be worked
     * @param tenantOfRealm the tenant connected to a QuickBooks company
     * @param handler applies each change
     * @param verifierToken the app's webhook verifier token, or {@code null} (webhooks are then refused)
     * @param cdcInterval the time between catch-ups of a company
     * @param clock the clock
     * @param nodeId this node's name
     * @param poll how often the engine looks for work
     */
    public InboundModule(Database database, Function<TenantId, QboClient> clients, CompanyAccess access,
            Function<String, Optional<TenantId>> tenantOfRealm, RemoteChangeHandler handler, String verifierToken,
            Duration cdcInterval, Clock clock, String nodeId, Duration poll) {
        this(database, clients, access, tenantOfRealm, handler, verifierToken, cdcInterval, clock, nodeId, poll,
                DEFAULT_THREADS, WebhookListener.NONE, () -> { });
    }

    /**
     * @param database the connector's database
     * @param clients the QuickBooks client of a tenant's company (with the company's one throttle), built not to wait
     * @param access whether a company may be worked
     * @param tenantOfRealm the tenant connected to a QuickBooks company
     * @param handler applies each change
     * @param verifierToken the app's webhook verifier token, or {@code null} (webhooks are then refused)
     * @param cdcInterval the time between catch-ups of a company
     * @param clock the clock
     * @param nodeId this node's name
     * @param poll how often the engine looks for work
     * @param threads threads catching companies up and applying their changes, shared by all companies
     * @param webhooks told of each webhook delivery's outcome (metrics)
     * @param pollDone runs after each completed poll (health's heartbeat)
     */
    public InboundModule(Database database, Function<TenantId, QboClient> clients, CompanyAccess access,
            Function<String, Optional<TenantId>> tenantOfRealm, RemoteChangeHandler handler, String verifierToken,
            Duration cdcInterval, Clock clock, String nodeId, Duration poll, int threads, WebhookListener webhooks,
            Runnable pollDone) {
        this.inbox = new Inbox(database.dataSource(), clock);
        SettingsStore settings = new SettingsStore(database, clock);
        CompanyLease lease = new CompanyLease(database.dataSource());
        CdcWatermarks watermarks = new CdcWatermarks(database.dataSource());
        var json = QboJson.newObjectMapper();
        this.intake = new WebhookIntake(verifierToken == null ? null : new WebhookVerifier(verifierToken),
                tenantOfRealm, inbox, webhooks);
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30),
                () -> ThreadLocalRandom.current().nextLong(5_000));
        InboxWorker worker = new InboxWorker(inbox, handler, access, settings, lease, backoff, json, clock, nodeId);
        CdcCatchUp cdc = new CdcCatchUp(clients, inbox, watermarks, access, settings, lease, json, clock, nodeId,
                cdcInterval);
        this.engine = new InboundEngine(inbox, worker, cdc, clock, threads, poll, pollDone);
    }

    /** @return the webhook intake */
    public WebhookIntake webhooks() {
        return intake;
    }

    /** @return the inbox */
    public Inbox inbox() {
        return inbox;
    }

    /** @return the engine (for {@link InboundEngine#drain()} in tests) */
    public InboundEngine engine() {
        return engine;
    }

    /** Starts polling. */
    public void start() {
        engine.start();
    }

    @Override
    public void stopTaking() {
        engine.stopTaking();
    }

    @Override
    public void stop(java.time.Instant deadline) {
        engine.stop(deadline);
    }
}
