/**
 * Host records (immutable snapshots of the host's customers, projects, invoices, payments and expenses) and the
 * host ports: the few interfaces a host implements so the connector can read its records, write back what it brings
 * from the remote ledger, send notifications and know who is signed in.
 */
@Export
@Version("1.1.0")
package io.ledgerbridge.api.host;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
