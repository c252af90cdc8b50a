package io.ledgerbridge.qbo.metrics.micrometer;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.metrics.ConnectorMetrics;
import io.ledgerbridge.qbo.metrics.FiguresCache;
import io.ledgerbridge.qbo.metrics.MeterSink;
import io.ledgerbridge.qbo.metrics.StatusClass;
import io.ledgerbridge.qbo.store.CompanyFigures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The connector's meters in a host's Micrometer registry, named {@code ledgerbridge.qbo.*} with a {@code tenant} tag:
 * gauges read the cached figures (one query per scrape whatever the number of tenants), calls and webhooks are
 * recorded as they happen. Only loaded where Micrometer is present.
 */
public final class MicrometerMeters implements MeterSink {
    /** Latency buckets, as the JMX histogram has them. */
    private static final Duration[] SLOS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final ConnectorMetrics metrics;
    private final List<Meter> nodeMeters = new ArrayList<>();
    private final Map<TenantId, List<Meter>> tenantMeters = new ConcurrentHashMap<>();

    /**
     * @param registry the host's registry
     * @param metrics the connector's meters
     */
    public MicrometerMeters(MeterRegistry registry, ConnectorMetrics metrics) {
        this.registry = registry;
        this.metrics = metrics;
        Tags node = Tags.of("node", metrics.nodeId());
        nodeMeters.add(Gauge.builder("ledgerbridge.qbo.companies.held", metrics, m -> m.companiesHeld()).tags(node)
                .description("Companies whose lease this node holds").register(registry));
        nodeMeters.add(Gauge.builder("ledgerbridge.qbo.companies", metrics, m -> m.figures().byTenant().size())
                .tags(node).description("Tenants known to the connector").register(registry));
    }

    @Override
    public void call(TenantId tenant, StatusClass status, long nanos) {
        Timer.builder("ledgerbridge.qbo.call.latency").tag("tenant", tenant.value()).serviceLevelObjectives(SLOS)
                .description("QuickBooks call latency").register(registry).record(nanos, TimeUnit.NANOSECONDS);
        Counter.builder("ledgerbridge.qbo.calls").tag("tenant", tenant.value()).tag("status", status.tag())
                .description("QuickBooks calls by answer").register(registry).increment();
    }

    @Override
    public void webhookAccepted(TenantId tenant, int changes) {
        Counter.builder("ledgerbridge.qbo.webhooks.accepted").tag("tenant", tenant.value())
                .description("Webhook changes accepted").register(registry).increment(changes);
    }

    @Override
    public void webhookRefused(String reason) {
        Counter.builder("ledgerbridge.qbo.webhooks.refused").tag("reason", reason)
                .description("Webhook deliveries refused").register(registry).increment();
    }

    @Override
    public void tenants(FiguresCache.Snapshot snapshot) {
        for (TenantId tenant : snapshot.byTenant().keySet()) {
            tenantMeters.computeIfAbsent(tenant, this::gauges);
        }
        for (TenantId gone : List.copyOf(tenantMeters.keySet())) {
            if (!snapshot.byTenant().containsKey(gone)) {
                Optional.ofNullable(tenantMeters.remove(gone)).ifPresent(l -> l.forEach(registry::remove));
            }
        }
    }

    private List<Meter> gauges(TenantId tenant) {
        List<Meter> out = new ArrayList<>();
        out.add(gauge(tenant, "ledgerbridge.qbo.records.waiting", "Records waiting to be pushed",
                CompanyFigures::waiting));
        out.add(gauge(tenant, "ledgerbridge.qbo.records.failed", "Records whose push failed, for an administrator",
                CompanyFigures::failed));
        out.add(gauge(tenant, "ledgerbridge.qbo.records.held", "Records held back by an open conflict",
                CompanyFigures::held));
        out.add(gauge(tenant, "ledgerbridge.qbo.records.pushed.last.hour", "Records pushed in the last hour",
                CompanyFigures::pushedLastHour));
        out.add(gauge(tenant, "ledgerbridge.qbo.records.failed.last.hour", "Pushes failed in the last hour",
                CompanyFigures::failedLastHour));
        out.add(gauge(tenant, "ledgerbridge.qbo.inbox.depth", "QuickBooks changes waiting to be applied",
                CompanyFigures::inboxDepth));
        out.add(gauge(tenant, "ledgerbridge.qbo.conflicts.open", "Open conflicts", CompanyFigures::openConflicts));
        out.add(Gauge.builder("ledgerbridge.qbo.oldest.due.age", metrics, m -> oldestDueSeconds(m, tenant))
                .tag("tenant", tenant.value()).baseUnit("seconds")
                .description("How long the oldest record due has waited").register(registry));
        out.add(Gauge.builder("ledgerbridge.qbo.throttle.use", metrics, m -> m.throttleUsePercent(tenant))
                .tag("tenant", tenant.value()).baseUnit("percent")
                .description("Share of QuickBooks' request ceiling used in the last minute").register(registry));
        return out;
    }

    private Meter gauge(TenantId tenant, String name, String description, ToDoubleFunction<CompanyFigures> value) {
        return Gauge.builder(name, metrics, m -> m.figures(tenant).map(value::applyAsDouble).orElse(0.0))
                .tag("tenant", tenant.value()).description(description).register(registry);
    }

    private static double oldestDueSeconds(ConnectorMetrics m, TenantId tenant) {
        FiguresCache.Snapshot s = m.figures();
        return s.of(tenant).map(CompanyFigures::oldestDue)
                .map(due -> (double) Math.max(0, Duration.between(due, s.at()).toSeconds())).orElse(0.0);
    }

    @Override
    public void close() {
        nodeMeters.forEach(registry::remove);
        tenantMeters.values().forEach(l -> l.forEach(registry::remove));
        tenantMeters.clear();
        // Counters and timers of calls and webhooks stay with the registry's other meters of this name.
        registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("ledgerbridge.qbo."))
                .forEach(registry::remove);
    }
}
