/**
 * Per-company settings and mappings of a connector, and the remote ledger's lists (accounts, items, classes, tax
 * codes, payment methods) offered for mapping drop-downs.
 */
@Export
@Version("1.2.0")
package io.ledgerbridge.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
