package io.ledgerbridge.qbo.metrics;

import java.util.Map;

/**
 * This node's connector, as JMX shows it: {@code ledgerbridge.qbo:type=Node,node=<node id>}. Reading it reads the
 * companies' figures again when they are older than ten seconds (and registers the MBeans of new companies).
 */
public interface NodeMetricsMXBean {
    /** @return this node's name ({@code node.id}) */
    String getNode();

    /** @return tenants known to the connector */
    long getCompanies();

    /** @return companies whose lease this node holds (it pushes and applies their changes) */
    long getCompaniesHeld();

    /** @return webhook deliveries accepted on this node since start */
    long getWebhooksAccepted();

    /** @return webhook deliveries refused on this node since start, by reason */
    Map<String, Long> getWebhooksRefused();

    /** @return QuickBooks calls of companies not linked to a tenant yet (a connect in progress) */
    long getUnattributedCalls();
}
