/**
 * Health of a connector for operations tools: each check's status with its findings (the tenant, what is wrong and
 * the remedy in the words of the admin pages), and per-company figures for consoles and dashboards.
 */
@Export
@Version("1.0.0")
package io.ledgerbridge.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
