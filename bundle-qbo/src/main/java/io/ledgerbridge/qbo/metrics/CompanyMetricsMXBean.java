package io.ledgerbridge.qbo.metrics;

/**
 * One tenant's company as JMX shows it: {@code ledgerbridge.qbo:type=Company,node=<node id>,tenant=<tenant>}. Record
 * figures come from the database (every node shows the same); call, throttle and webhook figures are this node's.
 */
public interface CompanyMetricsMXBean {
    /** @return the tenant */
    String getTenant();

    /** @return the connection's state */
    String getConnectionState();

    /** @return records waiting to be pushed */
    long getRecordsWaiting();

    /** @return records whose push failed, waiting for an administrator */
    long getRecordsFailed();

    /** @return records held back by an open conflict */
    long getRecordsHeld();

    /** @return records QuickBooks accepted in the last hour */
    long getRecordsPushedLastHour();

    /** @return push attempts that failed for good in the last hour */
    long getRecordsFailedLastHour();

    /** @return seconds the oldest record due has waited, 0 when none is due */
    long getOldestDueAgeSeconds();

    /** @return QuickBooks changes waiting to be applied */
    long getInboxDepth();

    /** @return open conflicts */
    long getOpenConflicts();

    /** @return QuickBooks calls answered 2xx on this node since start */
    long getCalls2xx();

    /** @return answered 4xx other than 429 */
    long getCalls4xx();

    /** @return answered 429 */
    long getCalls429();

    /** @return answered 5xx */
    long getCalls5xx();

    /** @return mean call latency in milliseconds */
    double getCallLatencyMeanMillis();

    /** @return slowest call in milliseconds */
    double getCallLatencyMaxMillis();

    /** @return upper bound (ms) of the latency bucket holding the 99th percentile */
    long getCallLatencyP99Millis();

    /** @return the latency buckets' upper bounds in milliseconds (a last bucket has none) */
    long[] getCallLatencyBucketBoundsMillis();

    /** @return calls at most as slow as each bound, and all calls last */
    long[] getCallLatencyBucketCounts();

    /** @return share of QuickBooks' request ceiling used in the last window, in percent */
    double getThrottleUsePercent();

    /** @return webhook changes accepted on this node since start */
    long getWebhookChangesAccepted();
}
