package io.ledgerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.api.EntityService;
import io.ledgerbridge.sandbox.api.RequestIdCache;
import io.ledgerbridge.sandbox.api.RequestLog;
import io.ledgerbridge.sandbox.faults.FaultInjector;
import io.ledgerbridge.sandbox.oauth.AppRegistry;
import io.ledgerbridge.sandbox.oauth.TokenService;
import io.ledgerbridge.sandbox.seed.SeedLoader;
import io.ledgerbridge.sandbox.seed.Snapshot;
import io.ledgerbridge.sandbox.store.CompanyRegistry;
import io.ledgerbridge.sandbox.throttle.Throttle;
import io.ledgerbridge.sandbox.webhook.WebhookDispatcher;
import java.nio.file.Files;
import java.nio.file.Path;

/** The parts of one running sandbox, wired together; shared by the HTTP handlers and the admin handle. */
final class SandboxCore {
    final SandboxClock clock;
    final CompanyRegistry companies = new CompanyRegistry();
    final AppRegistry apps = new AppRegistry();
    final TokenService tokens;
    final FaultInjector faults = new FaultInjector();
    final Throttle throttle;
    final RequestLog log = new RequestLog();
    final RequestIdCache replays = new RequestIdCache();
    final EntityService entities;
    final WebhookDispatcher webhooks;
    final JsonNode seed;
    final Path snapshotFile;

    SandboxCore(SandboxClock clock, double timeScale, JsonNode seed, Path snapshotFile) {
        this.clock = clock;
        this.seed = seed;
        this.snapshotFile = snapshotFile;
        this.tokens = new TokenService(clock);
        this.throttle = new Throttle(() -> System.nanoTime() + clock.advancedNanos(), timeScale);
        this.entities = new EntityService(companies, clock, faults);
        this.webhooks = new WebhookDispatcher(apps, tokens, throttle::timeScale, faults);
        companies.addListener(webhooks);
        if (snapshotFile != null && Files.exists(snapshotFile)) {
            JsonNode saved = SeedLoader.read(snapshotFile);
            if (Snapshot.isSnapshot(saved)) {
                Snapshot.load(saved, companies, apps, tokens, clock.now());
                return;
            }
        }
        SeedLoader.load(seed, companies, apps, clock.now());
    }

    /** Back to the seed: companies and apps reloaded; log, faults, throttle windows, replays and webhooks cleared. */
    void reset() {
        companies.clear();
        apps.clear();
        SeedLoader.load(seed, companies, apps, clock.now());
        log.clear();
        faults.clear();
        throttle.clear();
        replays.clear();
        webhooks.clear();
    }

    void saveSnapshot() {
        if (snapshotFile != null) {
            Snapshot.write(snapshotFile, companies, apps, tokens);
        }
    }
}
