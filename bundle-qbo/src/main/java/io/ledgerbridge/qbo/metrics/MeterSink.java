package io.ledgerbridge.qbo.metrics;

import io.ledgerbridge.api.TenantId;

/**
 * A second home for the connector's meters (Micrometer's registry where the host has one), fed the same events as
 * the connector's own counters. Kept free of Micrometer types so the connector runs without it.
 */
public interface MeterSink extends AutoCloseable {
    /**
     * @param tenant the tenant whose company was called
     * @param status the answer's class
     * @param nanos how long it took
     */
    void call(TenantId tenant, StatusClass status, long nanos);

    /**
     * @param tenant the tenant
     * @param changes its changes accepted from one delivery
     */
    void webhookAccepted(TenantId tenant, int changes);

    /** @param reason why a delivery was refused */
    void webhookRefused(String reason);

    /**
     * The tenants known now: gauges are added for new ones and removed for those gone.
     *
     * @param snapshot the figures just read
     */
    void tenants(FiguresCache.Snapshot snapshot);

    /** Removes every meter this sink added. */
    @Override
    void close();
}
