/**
 * Sync status types: the connection's state, each record's sync state, sync runs with their counts and errors, and
 * conflicts between the host and the remote ledger.
 */
@Export
@Version("1.2.0")
package io.ledgerbridge.api.sync;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
