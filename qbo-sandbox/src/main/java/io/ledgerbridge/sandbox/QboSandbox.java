package io.ledgerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.admin.AdminHandler;
import io.ledgerbridge.sandbox.api.ApiHandler;
import io.ledgerbridge.sandbox.http.SandboxHttpServer;
import io.ledgerbridge.sandbox.oauth.OAuthHandler;
import io.ledgerbridge.sandbox.seed.SeedLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A local QuickBooks Online: OAuth 2.0, the Accounting API v3, throttles, faults and webhooks, over HTTP on
 * 127.0.0.1. Start one with {@code QboSandbox.builder().port(0).start()} and point a client at {@link #baseUrl()}.
 */
public final class QboSandbox implements AutoCloseable {
    /** The port the standalone jar uses when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8089;
    /** The app of the default seed. */
    public static final String DEFAULT_CLIENT_ID = "ledgerbridge-dev";
    public static final String DEFAULT_CLIENT_SECRET = "ledgerbridge-dev-secret";
    public static final String DEFAULT_WEBHOOK_VERIFIER = "ledgerbridge-dev-verifier";
    /** The companies of the default seed. */
    public static final String US_REALM = "9130350000000001";
    public static final String CA_REALM = "9130350000000002";

    private final SandboxCore core;
    private final SandboxHttpServer server;
    private final SandboxAdmin admin;
    private final String baseUrl;
    private volatile LatencyModel latency;

    private QboSandbox(Builder b) {
        JsonNode seed = b.seed != null ? b.seed : SeedLoader.defaultSeed();
        this.core = new SandboxCore(b.clock, b.timeScale, seed, b.snapshotFile);
        this.latency = b.latency;
        double scale = b.timeScale;
        // the admin API is the test's, not Intuit's: only what stands for Intuit is slowed down
        this.server = new SandboxHttpServer(b.port, b.threads, request -> request.path().startsWith("/_sandbox")
                ? Duration.ZERO : latency.next(scale));
        this.baseUrl = "http://127.0.0.1:" + server.port();
        this.admin = new SandboxAdmin(core);
        OAuthHandler oauth = new OAuthHandler(core.apps, core.tokens, core.companies, () -> baseUrl);
        ApiHandler api = new ApiHandler(core.companies, core.tokens, core.throttle, core.faults, core.log, core.replays,
                core.clock, core.entities);
        server.route("/v3/", api);
        server.route("/_sandbox", new AdminHandler(admin, oauth));
        server.route("/", request -> {
            var response = oauth.handle(request);
            core.log.add(core.clock.now(), null, request.method(), request.path(), request.method() + " " + request.path(),
                    "oauth", null, response.status(), null, null, false, null, OAuthHandler.mediaType(request));
            return response;
        });
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** E.g. {@code http://127.0.0.1:8089}; every endpoint (API, OAuth, admin) hangs off it. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.port();
    }

    /**
     * Changes the latency added from now on (a benchmark sets up thousands of companies without it, then measures with
     * it).
     *
     * @param model the new latency
     */
    public void latency(LatencyModel model) {
        this.latency = java.util.Objects.requireNonNull(model, "model");
    }

    /** The latency added to each Accounting API and OAuth answer (before time scaling); off unless configured. */
    public LatencyModel latency() {
        return latency;
    }

    /** The typed admin handle: read entities, request log, faults, clock, apps and companies, QuickBooks-user actions. */
    public SandboxAdmin admin() {
        return admin;
    }

    /** Stops serving; writes the snapshot first when a snapshot file is set. */
    @Override
    public void close() {
        core.saveSnapshot();
        core.webhooks.close();
        server.close();
    }

    /** Options for a sandbox; every one has a default. */
    public static final class Builder {
        private int port;
        private double timeScale = 1.0;
        private SandboxClock clock = SandboxClock.system();
        private JsonNode seed;
        private Path snapshotFile;
        private LatencyModel latency = LatencyModel.off();
        private int threads = SandboxHttpServer.DEFAULT_THREADS;

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Divides every throttle window, webhook retry delay and latency draw: 60 turns the one-minute window into one second. */
        public Builder timeScale(double timeScale) {
            if (!(timeScale > 0)) {
                throw new IllegalArgumentException("timeScale must be positive");
            }
            this.timeScale = timeScale;
            return this;
        }

        public Builder clock(SandboxClock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** A seed document in the seed file format (see README); the default seed is used when none is given. */
        public Builder seed(JsonNode seed) {
            this.seed = seed;
            return this;
        }

        public Builder seed(Path seedFile) {
            this.seed = SeedLoader.read(seedFile);
            return this;
        }

        /** Loads companies from this file when it exists and writes them back on {@link #close()} and on demand. */
        public Builder snapshotFile(Path file) {
            this.snapshotFile = file;
            return this;
        }

        /**
         * Holds back every answer of the Accounting API and OAuth endpoints by a draw from {@code latency} (divided by
         * the time scale); {@link LatencyModel#off()} by default, e.g. {@code latency(LatencyModel.intuit())} for benchmarks.
         */
        public Builder latency(LatencyModel latency) {
            this.latency = Objects.requireNonNull(latency);
            return this;
        }

        /**
         * The most API requests served at once, every company together ({@value SandboxHttpServer#DEFAULT_THREADS} by
         * default). A held-back answer (latency) holds none; a slow-answer fault holds one for its wait, at most 10 per
         * company and app (Intuit's in-flight limit).
         *
         * @throws IllegalArgumentException when below {@value SandboxHttpServer#MIN_THREADS}
         */
        public Builder threads(int threads) {
            if (threads < SandboxHttpServer.MIN_THREADS) {
                throw new IllegalArgumentException("threads must be at least " + SandboxHttpServer.MIN_THREADS
                        + " (got " + threads + ")");
            }
            this.threads = threads;
            return this;
        }

        public QboSandbox start() {
            return new QboSandbox(this);
        }
    }
}
