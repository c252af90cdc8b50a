package io.ledgerbridge.qbo.metrics;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.client.http.QboCallListener;
import io.ledgerbridge.qbo.client.limit.ThrottleLimits;
import io.ledgerbridge.qbo.inbound.WebhookListener;
import io.ledgerbridge.qbo.store.CompanyFigures;
import io.ledgerbridge.qbo.store.OperationsQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The connector's meters: QuickBooks calls and webhook deliveries counted as they happen on this node, and every
 * company's figures from the database ({@link FiguresCache}). JMX ({@link JmxExporter}) and Micrometer (a
 * {@link MeterSink}) read the same values.
 */
public final class ConnectorMetrics implements QboCallListener, WebhookListener {
    /** How long figures read from the database are served: shorter than any scrape interval worth having. */
    public static final Duration FIGURES_MAX_AGE = Duration.ofSeconds(10);

    private final Function<String, Optional<TenantId>> tenantOfRealm;
    private final ThrottleLimits limits;
    private final String nodeId;
    private final Clock clock;
    private final FiguresCache figures;
    private final Map<String, TenantId> tenantByRealm = new ConcurrentHashMap<>();
    private final Map<TenantId, CompanyCalls> calls = new ConcurrentHashMap<>();
    private final CompanyCalls unattributed;
    private final Map<TenantId, LongAdder> webhookChanges = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> webhooksRefused = new ConcurrentHashMap<>();
    private final LongAdder webhooksAccepted = new LongAdder();
    private final List<MeterSink> sinks = new CopyOnWriteArrayList<>();

    /**
     * @param queries the aggregate reads
     * @param tenantOfRealm the tenant connected to a QuickBooks company (read once per company)
     * @param limits the per-company throttle (its request window and ceiling give throttle use)
     * @param nodeId this node's name
     * @param clock the clock
     */
    public ConnectorMetrics(OperationsQueries queries, Function<String, Optional<TenantId>> tenantOfRealm,
            ThrottleLimits limits, String nodeId, Clock clock) {
        this.tenantOfRealm = tenantOfRealm;
        this.limits = limits;
        this.nodeId = nodeId;
        this.clock = clock;
        this.figures = new FiguresCache(queries, clock, FIGURES_MAX_AGE);
        this.unattributed = new CompanyCalls(limits.requestWindow());
        figures.onRefresh(s -> sinks.forEach(sink -> sink.tenants(s)));
    }

    @Override
    public void onCall(String realmId, String operation, int batchItems, int status, long nanos) {
        int units = batchItems > 0 && limits.batchItemsCountAsRequests() ? batchItems : 1;
        Optional<TenantId> tenant = tenant(realmId);
        // A company being connected is called before its tenant is linked to it: counted for the node only.
        CompanyCalls company = tenant.map(t -> calls.computeIfAbsent(t, x -> new CompanyCalls(limits.requestWindow())))
                .orElse(unattributed);
        company.record(status, units, nanos, clock.instant());
        tenant.ifPresent(t -> sinks.forEach(s -> s.call(t, StatusClass.of(status), nanos)));
    }

    @Override
    public void accepted(TenantId tenant, int changes) {
        webhooksAccepted.increment();
        webhookChanges.computeIfAbsent(tenant, t -> new LongAdder()).add(changes);
        sinks.forEach(s -> s.webhookAccepted(tenant, changes));
    }

    @Override
    public void refused(String reason) {
        webhooksRefused.computeIfAbsent(reason, r -> new LongAdder()).increment();
        sinks.forEach(s -> s.webhookRefused(reason));
    }

    private Optional<TenantId> tenant(String realmId) {
        TenantId known = tenantByRealm.get(realmId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<TenantId> found = tenantOfRealm.apply(realmId);
        found.ifPresent(t -> tenantByRealm.put(realmId, t));
        return found;
    }

    /** @return this node's name */
    public String nodeId() {
        return nodeId;
    }

    /** @return the throttle the ceiling comes from */
    public ThrottleLimits limits() {
        return limits;
    }

    /** @return every company's figures, read again when older than {@link #FIGURES_MAX_AGE} */
    public FiguresCache.Snapshot figures() {
        return figures.get();
    }

    /** @return the figures cache (JMX registers company MBeans as tenants appear there) */
    FiguresCache figuresCache() {
        return figures;
    }

    /**
     * @param tenant a tenant
     * @return its company's calls on this node since start, if any
     */
    public Optional<CompanyCalls> calls(TenantId tenant) {
        return Optional.ofNullable(calls.get(tenant));
    }

    /** @return every company's calls on this node, by tenant */
    public Map<TenantId, CompanyCalls> calls() {
        return Map.copyOf(calls);
    }

    /** @return calls of companies not (yet) linked to a tenant, e.g. while one is connected */
    public CompanyCalls unattributedCalls() {
        return unattributed;
    }

    /**
     * @param tenant a tenant
     * @return its share of QuickBooks' request ceiling used in the last request window on this node, in percent
     */
    public double throttleUsePercent(TenantId tenant) {
        Instant now = clock.instant();
        return calls(tenant).map(c -> 100.0 * c.unitsInWindow(now) / limits.requestsPerWindow()).orElse(0.0);
    }

    /**
     * @param tenant a tenant
     * @return its webhook changes accepted on this node since start
     */
    public long webhookChangesAccepted(TenantId tenant) {
        LongAdder n = webhookChanges.get(tenant);
        return n == null ? 0 : n.sum();
    }

    /** @return webhook deliveries accepted on this node since start */
    public long webhooksAccepted() {
        return webhooksAccepted.sum();
    }

    /** @return webhook deliveries refused on this node since start, by reason */
    public Map<String, Long> webhooksRefused() {
        Map<String, Long> out = new TreeMap<>();
        webhooksRefused.forEach((r, n) -> out.put(r, n.sum()));
        return out;
    }

    /** @return companies whose lease this node holds, as of the figures */
    public long companiesHeld() {
        return figures().byTenant().values().stream().filter(f -> nodeId.equals(f.leaseHolder())).count();
    }

    /**
     * @param tenant a tenant
     * @return its figures, if the connector knows the tenant
     */
    public Optional<CompanyFigures> figures(TenantId tenant) {
        return figures().of(tenant);
    }

    /**
     * Feeds {@code sink} from now on, starting with the tenants known now.
     *
     * @param sink e.g. Micrometer's registry
     */
    public void addSink(MeterSink sink) {
        sinks.add(sink);
        sink.tenants(figures());
    }

    /** @param sink no longer fed; its meters are removed */
    public void removeSink(MeterSink sink) {
        if (sinks.remove(sink)) {
            sink.close();
        }
    }
}
