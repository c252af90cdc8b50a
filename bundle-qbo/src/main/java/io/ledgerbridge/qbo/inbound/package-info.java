/**
 * Changes coming from QuickBooks: the webhook endpoint and its durable inbox, change-data-capture catch-up, and the
 * handler that turns each reported change into host updates or conflicts.
 */
package io.ledgerbridge.qbo.inbound;
