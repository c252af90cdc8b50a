package io.ledgerbridge.qbo.metrics;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.CompanyFigures;
import io.ledgerbridge.qbo.store.OperationsQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every tenant's figures, read in one query and kept for a short while, so a scrape of 10,000 tenants' gauges costs
 * one query, not 10,000. A read older than {@code maxAge} reads again; a failed read keeps the last figures (metrics
 * never fail a scrape; the database check reports the failure).
 */
public final class FiguresCache {
    /** More tenants than any host has; the figures of all are read at once. */
    static final int ALL = 1_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(FiguresCache.class);

    private final OperationsQueries queries;
    private final Clock clock;
    private final Duration maxAge;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());
    private Instant tried = Instant.EPOCH;

    /**
     * @param queries the aggregate reads
     * @param clock the clock
     * @param maxAge how long figures are served before they are read again
     */
    public FiguresCache(OperationsQueries queries, Clock clock, Duration maxAge) {
        this.queries = queries;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Every tenant's figures at one moment.
     *
     * @param at when they were read
     * @param byTenant the figures by tenant, ordered by tenant id
     */
    public record Snapshot(Instant at, Map<TenantId, CompanyFigures> byTenant) {
        /**
         * @param tenant a tenant
         * @return its figures, if the snapshot has them
         */
        public Optional<CompanyFigures> of(TenantId tenant) {
            return Optional.ofNullable(byTenant.get(tenant));
        }
    }

    /** @return the figures, read again first if older than the maximum age */
    public Snapshot get() {
        Snapshot fresh;
        synchronized (this) {
            Instant now = clock.instant();
            if (!tried.plus(maxAge).isBefore(now)) {
                return snapshot;
            }
            tried = now;
            try {
                Map<TenantId, CompanyFigures> byTenant = new LinkedHashMap<>();
                for (CompanyFigures f : queries.figures(now, "", ALL)) {
                    byTenant.put(f.tenant(), f);
                }
                snapshot = new Snapshot(now, Collections.unmodifiableMap(byTenant));
            } catch (RuntimeException e) {
                LOG.warn("Could not read the connector's figures for its metrics, serving those of {}: {}",
                        snapshot.at(), e.getMessage());
                return snapshot;
            }
            fresh = snapshot;
        }
        listeners.forEach(l -> l.accept(fresh));
        return fresh;
    }

    /** @return the figures as last read, without reading */
    public synchronized Snapshot last() {
        return snapshot;
    }

    /** @param listener told of each new snapshot (meters of new tenants are added there) */
    void onRefresh(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }
}
