/**
 * What a QuickBooks change does to LedgerBridge and the host: echoes ignored, payments and "fully paid" recorded,
 * conflicts raised, deleted and merged links handled.
 */
package io.ledgerbridge.qbo.inbound.apply;
