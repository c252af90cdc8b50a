package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.sync.SyncTrigger;
import io.ledgerbridge.sandbox.QboSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One new customer on an idle company every two seconds, timed from its event to its write in QuickBooks. */
final class FreshEvents {
    private static final Duration FRESH_EVERY = Duration.ofSeconds(2);

    private final SandboxEngine e;
    private final QboSandbox sandbox;
    private final TenantHosts hosts;
    private final List<TenantId> idle;
    private final Map<TenantId, String> realms;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final Map<String, TenantId> pendingTenant = new HashMap<>();
    final List<Double> latencies = new ArrayList<>();
    private long lastSent;
    private int sent;
    private volatile boolean stopped;

    FreshEvents(SandboxEngine e, QboSandbox sandbox, TenantHosts hosts, List<TenantId> idle,
            Map<TenantId, String> realms) {
        this.e = e;
        this.sandbox = sandbox;
        this.hosts = hosts;
        this.idle = idle;
        this.realms = realms;
    }

    /** Sends one new customer every two seconds and notes when each reaches QuickBooks, until stopped. */
    void run() {
        while (!stopped) {
            tick();
            Bench.pause(Duration.ofMillis(20));
        }
    }

    void stop() {
        stopped = true;
    }

    private void tick() {
        long now = System.nanoTime();
        if (now - lastSent >= FRESH_EVERY.toNanos()) {
            TenantId tenant = idle.get(sent % idle.size());
            String name = "Fresh " + tenant.value() + " " + sent;
            hosts.of(tenant).add(SandboxSyncTest.customer("f" + sent, name, "fresh" + sent + "@bench.example"));
            pending.put(name, System.nanoTime());
            pendingTenant.put(name, tenant);
            e.outbox.enqueue(TenantsBenchmark.event(tenant, HostEventKind.CUSTOMER_CHANGED, "f" + sent),
                    SyncTrigger.EVENT);
            sent++;
            lastSent = now;
        }
        check();
    }

    private void check() {
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var p = it.next();
            String realm = realms.get(pendingTenant.get(p.getKey()));
            boolean written = sandbox.admin().entities(realm, "Customer").stream()
                    .anyMatch(c -> c.path("DisplayName").asText().equals(p.getKey()));
            if (written) {
                latencies.add((System.nanoTime() - p.getValue()) / 1e9);
                it.remove();
            }
        }
    }

    void finish() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            check();
            Bench.pause(Duration.ofMillis(25));
        }
        assertThat(pending).as("fresh customers never written").isEmpty();
    }

    double p99() {
        List<Double> sorted = latencies.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99)
                - 1));
    }
}
