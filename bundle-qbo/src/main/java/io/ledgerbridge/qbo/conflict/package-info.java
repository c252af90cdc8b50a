/**
 * Conflicts between host records and edits made in QuickBooks: finding them against the snapshot of what QuickBooks
 * held after LedgerBridge's last write, and carrying out an administrator's keep, apply or dismiss.
 */
package io.ledgerbridge.qbo.conflict;
