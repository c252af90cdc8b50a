package io.ledgerbridge.qbo.metrics;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.CompanyFigures;
import io.ledgerbridge.qbo.sync.WorkerThreads;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the connector's MXBeans with the platform MBean server (so JConsole, Karaf's JMX and Jolokia read them):
 * one for the node and one per company, added and removed as tenants come and go in the figures: at every read of the
 * figures, and every {@link #MEMBERSHIP} without reads (one aggregate query), so a scraper that lists the company
 * MBeans first finds new ones. Closing removes them all.
 */
public final class JmxExporter implements AutoCloseable {
    /** The MBeans' domain. */
    public static final String DOMAIN = "ledgerbridge.qbo";
    /** How often the company MBeans follow the tenants when nothing reads them. */
    static final Duration MEMBERSHIP = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(JmxExporter.class);

    private final ConnectorMetrics metrics;
    private final MBeanServer server;
    private final String node;
    private final Set<TenantId> registered = ConcurrentHashMap.newKeySet();
    private final Consumer<FiguresCache.Snapshot> onRefresh = this::companies;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            WorkerThreads.daemons("ledgerbridge-qbo-jmx"));

    /** @param metrics the meters to show */
    public JmxExporter(ConnectorMetrics metrics) {
        this(metrics, ManagementFactory.getPlatformMBeanServer());
    }

    JmxExporter(ConnectorMetrics metrics, MBeanServer server) {
        this.metrics = metrics;
        this.server = server;
        this.node = value(metrics.nodeId());
        register(nodeName(), new Node());
        metrics.figuresCache().onRefresh(onRefresh);
        companies(metrics.figures());
        // figures() reads again only when its figures are older than their maximum age, and never throws.
        timer.scheduleWithFixedDelay(metrics::figures, MEMBERSHIP.toSeconds(), MEMBERSHIP.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** @return the node MBean's name */
    public ObjectName nodeName() {
        return name("type=Node,node=" + node);
    }

    /**
     * @param tenant a tenant
     * @return its company MBean's name
     */
    public ObjectName companyName(TenantId tenant) {
        return name("type=Company,node=" + node + ",tenant=" + tenant.value());
    }

    private void companies(FiguresCache.Snapshot snapshot) {
        for (TenantId tenant : snapshot.byTenant().keySet()) {
            if (registered.add(tenant)) {
                register(companyName(tenant), new Company(tenant));
            }
        }
        for (TenantId tenant : Set.copyOf(registered)) {
            if (!snapshot.byTenant().containsKey(tenant) && registered.remove(tenant)) {
                unregister(companyName(tenant));
            }
        }
    }

    private void register(ObjectName name, Object bean) {
        try {
            server.registerMBean(bean, name);
        } catch (JMException e) {
            // Two connectors with one node id in one JVM: the second shows no MBeans, and says so.
            LOG.warn("Could not register the JMX MBean {}: {}. Give each connector in a JVM its own node.id", name,
                    e.toString());
        }
    }

    private void unregister(ObjectName name) {
        try {
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.warn("Could not unregister the JMX MBean {}: {}", name, e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        metrics.figuresCache().removeListener(onRefresh);
        unregister(nodeName());
        for (TenantId tenant : Set.copyOf(registered)) {
            registered.remove(tenant);
            unregister(companyName(tenant));
        }
    }

    private static ObjectName name(String keys) {
        try {
            return new ObjectName(DOMAIN + ":" + keys);
        } catch (JMException e) {
            throw new IllegalArgumentException("not a JMX name: " + keys, e);
        }
    }

    /** Node ids are free text: quoted when they hold a character an ObjectName value may not. */
    private static String value(String text) {
        return text.matches("[A-Za-z0-9._-]+") ? text : ObjectName.quote(text);
    }

    private final class Node implements NodeMetricsMXBean {
        @Override
        public String getNode() {
            return metrics.nodeId();
        }

        @Override
        public long getCompanies() {
            return metrics.figures().byTenant().size();
        }

        @Override
        public long getCompaniesHeld() {
            return metrics.companiesHeld();
        }

        @Override
        public long getWebhooksAccepted() {
            return metrics.webhooksAccepted();
        }

        @Override
        public Map<String, Long> getWebhooksRefused() {
            return metrics.webhooksRefused();
        }

        @Override
        public long getUnattributedCalls() {
            return metrics.unattributedCalls().latency().count();
        }
    }

    private final class Company implements CompanyMetricsMXBean {
        private final TenantId tenant;

        Company(TenantId tenant) {
            this.tenant = tenant;
        }

        private Optional<CompanyFigures> figures() {
            return metrics.figures(tenant);
        }

        private long figure(java.util.function.ToLongFunction<CompanyFigures> f) {
            return figures().map(f::applyAsLong).orElse(0L);
        }

        private long calls(StatusClass status) {
            return metrics.calls(tenant).map(c -> c.count(status)).orElse(0L);
        }

        private Optional<LatencyHistogram> latency() {
            return metrics.calls(tenant).map(CompanyCalls::latency);
        }

        @Override
        public String getTenant() {
            return tenant.value();
        }

        @Override
        public String getConnectionState() {
            return figures().map(f -> f.state().name()).orElse("UNKNOWN");
        }

        @Override
        public long getRecordsWaiting() {
            return figure(CompanyFigures::waiting);
        }

        @Override
        public long getRecordsFailed() {
            return figure(CompanyFigures::failed);
        }

        @Override
        public long getRecordsHeld() {
            return figure(CompanyFigures::held);
        }

        @Override
        public long getRecordsPushedLastHour() {
            return figure(CompanyFigures::pushedLastHour);
        }

        @Override
        public long getRecordsFailedLastHour() {
            return figure(CompanyFigures::failedLastHour);
        }

        @Override
        public long getOldestDueAgeSeconds() {
            FiguresCache.Snapshot s = metrics.figures();
            return s.of(tenant).map(CompanyFigures::oldestDue)
                    .map(due -> Math.max(0, Duration.between(due, s.at()).toSeconds())).orElse(0L);
        }

        @Override
        public long getInboxDepth() {
            return figure(CompanyFigures::inboxDepth);
        }

        @Override
        public long getOpenConflicts() {
            return figure(CompanyFigures::openConflicts);
        }

        @Override
        public long getCalls2xx() {
            return calls(StatusClass.OK);
        }

        @Override
        public long getCalls4xx() {
            return calls(StatusClass.CLIENT_ERROR);
        }

        @Override
        public long getCalls429() {
            return calls(StatusClass.THROTTLED);
        }

        @Override
        public long getCalls5xx() {
            return calls(StatusClass.SERVER_ERROR);
        }

        @Override
        public double getCallLatencyMeanMillis() {
            return latency().map(LatencyHistogram::meanMillis).orElse(0.0);
        }

        @Override
        public double getCallLatencyMaxMillis() {
            return latency().map(LatencyHistogram::maxMillis).orElse(0.0);
        }

        @Override
        public long getCallLatencyP99Millis() {
            return latency().map(h -> h.quantileUpperBoundMillis(0.99)).orElse(0L);
        }

        @Override
        public long[] getCallLatencyBucketBoundsMillis() {
            return Arrays.copyOf(LatencyHistogram.BOUNDS_MILLIS, LatencyHistogram.BOUNDS_MILLIS.length);
        }

        @Override
        public long[] getCallLatencyBucketCounts() {
            return latency().map(LatencyHistogram::cumulativeCounts)
                    .orElse(new long[LatencyHistogram.BOUNDS_MILLIS.length + 1]);
        }

        @Override
        public double getThrottleUsePercent() {
            return metrics.throttleUsePercent(tenant);
        }

        @Override
        public long getWebhookChangesAccepted() {
            return metrics.webhookChangesAccepted(tenant);
        }
    }
}
